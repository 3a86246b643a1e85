/**
 * One component's indicators → one view: per indicator its name, its score, a bar on the 1–10
 * scale with the regional average's tick, the regional average, and its change with a direction
 * mark coloured by what the change means. The figures are the cells' text (a tagged table, so a
 * screen reader gets every one); bars, ticks and marks are decoration beside them, so the eye
 * meets each figure once. Components with several groups get a band per group.
 */
import { groupLabel, type Component } from '../index/taxonomy.js';
import type { Figure } from '../model/buildCountryBrief.js';
import { formatChange, formatScore } from '../present/formatFigures.js';
import { text, type LayoutContext } from './layoutContext.js';
import type { Cell, Column, Row, TableSpec } from './layoutTable.js';

/** Indicator, score, bar, average, change: offsets within the 468 pt column. */
const COLUMNS: readonly Column[] = [
  { x: 0, width: 150, align: 'left' },
  { x: 154, width: 30, align: 'right' },
  { x: 194, width: 150, align: 'left' },
  { x: 352, width: 50, align: 'right' },
  { x: 406, width: 62, align: 'right' },
];
/** A first edition has no changes: no change column, a longer bar. */
const FIRST_EDITION_COLUMNS: readonly Column[] = [
  { x: 0, width: 150, align: 'left' },
  { x: 154, width: 30, align: 'right' },
  { x: 194, width: 206, align: 'left' },
  { x: 408, width: 60, align: 'right' },
];
const BAR_COLUMN = 2;

/** The change cell: the figure (or n/a), and a mark saying which way it went and what that means. */
function changeCell(context: LayoutContext, figure: Figure, higherIs: 'worse' | 'better', strong: boolean): Cell {
  const { template } = context;
  const type = strong ? ('cellStrong' as const) : ('cell' as const);
  if (figure.change === null) return { text: template.notAvailable, type: 'cellMuted' };
  if (figure.change === 0) return { text: formatChange(0), type };
  const worse = figure.change > 0 === (higherIs === 'worse');
  return { text: formatChange(figure.change), type, graphic: { kind: 'direction', up: figure.change > 0, color: worse ? 'worse' : 'better' } };
}

function row(context: LayoutContext, name: string, figure: Figure, higherIs: 'worse' | 'better', pillar: 'criminality' | 'resilience', strong: boolean): Row {
  const type = strong ? ('cellStrong' as const) : ('cell' as const);
  return {
    kind: 'cells',
    cells: [
      { text: name, type, header: true },
      { text: formatScore(figure.value), type },
      { text: '', type, graphic: { kind: 'bar', score: figure.value / 100, average: figure.averages.region / 100, color: pillar } },
      { text: formatScore(figure.averages.region), type: 'cellMuted' },
      ...(context.brief.previousEdition === null ? [] : [changeCell(context, figure, higherIs, strong)]),
    ],
  };
}

/** A component → its table: the component's mean first, then its indicators by group, in page order. */
export function indicatorTable(context: LayoutContext, component: Component): TableSpec {
  const { brief, template } = context;
  const words = template.indicatorTable;
  const composite = brief.composites[component];
  const pillar = component === 'resilience' ? 'resilience' : 'criminality';
  const rows: Row[] = [row(context, text(context, words.mean, { composite: composite.composite.name }), composite, composite.composite.higherIs, pillar, true)];
  const figures = brief.indicators.filter((figure) => figure.indicator.component === component);
  const groups = [...new Set(figures.map((figure) => figure.indicator.group))];
  for (const group of groups) {
    // A component of one group (criminal actors) needs no group band.
    if (groups.length > 1) rows.push({ kind: 'group', text: groupLabel(group) });
    for (const figure of figures.filter((f) => f.indicator.group === group)) {
      rows.push(row(context, figure.indicator.name, figure, figure.indicator.higherIs, pillar, false));
    }
  }
  const first = brief.previousEdition === null;
  const header = [text(context, words.indicator), text(context, words.score), '', text(context, words.average), ...(first ? [] : [text(context, words.change)])];
  return { columns: first ? FIRST_EDITION_COLUMNS : COLUMNS, header, rows, scaleColumn: BAR_COLUMN };
}
