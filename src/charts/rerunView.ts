/**
 * Readies a vega View that has rendered one country's chart to render the next as a fresh View
 * would, to the last digit.
 *
 * A View per chart costs more than the chart's own dataflow (building its operators, a first
 * full pulse through them), so renderChartSvg keeps one View per chart structure and pours each
 * country's data into it. Fed new data, vega updates only what changed, and two of the things it
 * leaves alone differ from a fresh View's first run:
 *
 * - **The view's size.** vega sizes the view to its content ("autosize") on the first run only,
 *   or after `resize()`. A legend of four rows after one of two would run past the frame.
 * - **Legend entries.** vega lays a legend's entries out in a grid when the entry group is
 *   encoded, not when an entry's label changes: after "Peru, South America, Americas, World",
 *   "Andorra, Western Europe, Europe, World" would keep Peru's column widths. So the grid is laid
 *   out again on every run. Laid out again over entries that stand where the last layout put
 *   them, the grid would measure each entry as its bounds minus its position, off in the 16th
 *   digit from a fresh View's bounds (which start at 0, 0). So each entry goes back to 0, 0 and
 *   is bounded again first, as in a fresh View.
 *
 * These reach into vega's dataflow (operators, their parameters, subflows), which vega does not
 * document; test/charts/rerunView.test.ts checks renders after other countries against
 * fresh ones, and fails if a vega update changes what is kept.
 */
import * as vega from 'vega';

interface SceneItem {
  x?: number;
  y?: number;
  items?: SceneMark[];
}

interface SceneMark {
  readonly role?: string;
  readonly items: SceneItem[];
}

/** A dataflow operator, with the parameters of its last run. */
interface Operator {
  readonly _argval?: { readonly mark?: SceneMark };
}

/** A View's dataflow: its operators, and the subflows vega made for groups (one per group item). */
interface Context {
  readonly nodes: Readonly<Record<string, Operator>> | null;
  readonly subcontext?: readonly Context[];
}

type OperatorClass = abstract new (...args: never[]) => unknown;

const { viewlayout: ViewLayout, bound: Bound } = (vega as unknown as { transforms: { viewlayout: OperatorClass; bound: OperatorClass } }).transforms;

function operatorsOf(context: Context, into: Operator[] = []): Operator[] {
  into.push(...Object.values(context.nodes ?? {}));
  for (const sub of context.subcontext ?? []) operatorsOf(sub, into);
  return into;
}

/** Call before pouring the next country's data into a View that has rendered: the run after is a fresh View's. */
export function rerunView(view: vega.View): void {
  const dataflow = view as unknown as { _runtime: Context; touch(op: Operator): void };
  view.resize();
  const operators = operatorsOf(dataflow._runtime);
  const entryMarks = new Set<SceneMark>();
  for (const op of operators) {
    const mark = op._argval?.mark;
    if (!(op instanceof ViewLayout) || mark?.role !== 'legend-entry') continue;
    dataflow.touch(op);
    for (const group of mark.items) {
      for (const entries of group.items ?? []) {
        entryMarks.add(entries);
        for (const entry of entries.items) {
          entry.x = 0;
          entry.y = 0;
        }
      }
    }
  }
  for (const op of operators) {
    const mark = op._argval?.mark;
    if (op instanceof Bound && mark && entryMarks.has(mark)) dataflow.touch(op);
  }
}
