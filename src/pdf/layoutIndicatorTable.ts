/**
 * One component's indicators → one view: per indicator its name, its score, a bar on the 1–10
 * scale with an average's tick, that average, and its change with a direction mark coloured by
 * what the change means. The figures are the cells' text (a tagged table, so a screen reader gets
 * every one); bars, ticks and marks are decoration beside them, so the eye meets each figure
 * once. Components with several groups get a band per group.
 *
 * A country's table sets each score against its region's average; a region's or continent's
 * against the world's; the world's has no average to set against (no tick, no column).
 */
import { COMPOSITES, groupLabel, type Component, type Indicator } from '../index/taxonomy.js';
import { formatScore } from '../present/formatFigures.js';
import { text, type LayoutContext } from './layoutContext.js';
import { changeCell, type Column, type Row, type TableSpec } from './layoutTable.js';
import type { ScopeLayoutContext } from './scopeLayoutContext.js';
import { TYPE } from './typeStyles.js';
import { textWidth } from './wrapText.js';

/** Indicator, score, bar, average, change: offsets within the 468 pt column. */
const COLUMNS: readonly Column[] = [
  { x: 0, width: 150, align: 'left' },
  { x: 154, width: 30, align: 'right' },
  { x: 194, width: 150, align: 'left' },
  { x: 352, width: 50, align: 'right' },
  { x: 406, width: 62, align: 'right' },
];
/** Without the average (the world) or without the change (a first edition): a longer bar. */
const FOUR_COLUMNS: readonly Column[] = [
  { x: 0, width: 150, align: 'left' },
  { x: 154, width: 30, align: 'right' },
  { x: 194, width: 206, align: 'left' },
  { x: 408, width: 60, align: 'right' },
];
/** Neither: the world in the first edition. */
const THREE_COLUMNS: readonly Column[] = [
  { x: 0, width: 150, align: 'left' },
  { x: 154, width: 30, align: 'right' },
  { x: 194, width: 274, align: 'left' },
];
const BAR_COLUMN = 2;

/** One line's figures, hundredths: the score, the average it is set against, the change. */
export interface IndicatorLine {
  readonly value: number;
  /** null: no average column and no tick. */
  readonly average: number | null;
  readonly change: number | null;
}

export interface IndicatorTableInput {
  readonly component: Component;
  /** The component's mean, the first row. */
  readonly mean: IndicatorLine;
  readonly meanName: string;
  /** The component's indicators, in page order. */
  readonly indicators: readonly (IndicatorLine & { readonly indicator: Indicator })[];
  /** Column heads; without `average` or `change`, no such column. */
  readonly header: { readonly indicator: string; readonly score: string; readonly average?: string; readonly change?: string };
  readonly notAvailable: string;
}

function row(input: IndicatorTableInput, name: string, line: IndicatorLine, higherIs: 'worse' | 'better', strong: boolean): Row {
  const type = strong ? ('cellStrong' as const) : ('cell' as const);
  const pillar = input.component === 'resilience' ? 'resilience' : 'criminality';
  const average = input.header.average === undefined ? null : line.average;
  return {
    kind: 'cells',
    cells: [
      { text: name, type, header: true },
      { text: formatScore(line.value), type },
      { text: '', type, graphic: { kind: 'bar', score: line.value / 100, average: average === null ? null : average / 100, color: pillar } },
      ...(average === null ? [] : [{ text: formatScore(average), type: 'cellMuted' as const }]),
      ...(input.header.change === undefined ? [] : [changeCell(line.change, higherIs, input.notAvailable, strong)]),
    ],
  };
}

/** The component's mean first, then its indicators by group. */
export function indicatorTable(input: IndicatorTableInput): TableSpec {
  const composite = COMPOSITES.find((c) => c.id === input.component)!;
  const rows: Row[] = [row(input, input.meanName, input.mean, composite.higherIs, true)];
  const groups = [...new Set(input.indicators.map((line) => line.indicator.group))];
  for (const group of groups) {
    // A component of one group (criminal actors) needs no group band.
    if (groups.length > 1) rows.push({ kind: 'group', text: groupLabel(group) });
    for (const line of input.indicators.filter((l) => l.indicator.group === group)) rows.push(row(input, line.indicator.name, line, line.indicator.higherIs, false));
  }
  const { header } = input;
  const extras = [header.average, header.change].filter((h) => h !== undefined);
  const columns = widenScore(extras.length === 2 ? COLUMNS : extras.length === 1 ? FOUR_COLUMNS : THREE_COLUMNS, header.score);
  return { columns, header: [header.indicator, header.score, '', ...extras], rows, scaleColumn: BAR_COLUMN };
}

/**
 * The score's column as wide as its head's longest word ("Amérique", a scope's name) so no word
 * is cut; the bar beside it gives up the width.
 */
function widenScore(columns: readonly Column[], heading: string): Column[] {
  const need = Math.ceil(Math.max(...heading.split(/\s+/).map((word) => textWidth(word, TYPE.tableHead)))) + 1;
  const extra = Math.max(0, need - columns[1]!.width);
  if (extra === 0) return [...columns];
  return columns.map((column, i) => (i === 1 ? { ...column, width: column.width + extra } : i === BAR_COLUMN ? { ...column, x: column.x + extra, width: column.width - extra } : column));
}

/** A country's table: scores against the region's averages. */
export function countryIndicatorTable(context: LayoutContext, component: Component): TableSpec {
  const { brief, template } = context;
  const words = template.indicatorTable;
  const line = (figure: { value: number; change: number | null; averages: { region: number } }) => ({ value: figure.value, average: figure.averages.region, change: figure.change });
  const composite = brief.composites[component];
  return indicatorTable({
    component,
    mean: line(composite),
    meanName: text(context, words.mean, { composite: composite.composite.name }),
    indicators: brief.indicators.filter((f) => f.indicator.component === component).map((f) => ({ indicator: f.indicator, ...line(f) })),
    header: {
      indicator: text(context, words.indicator),
      score: text(context, words.score),
      average: text(context, words.average),
      ...(brief.previousEdition === null ? {} : { change: text(context, words.change) }),
    },
    notAvailable: template.notAvailable,
  });
}

/** A region's or continent's table: averages against the world's; the world's alone. */
export function scopeIndicatorTable(context: ScopeLayoutContext, component: Component): TableSpec {
  const { brief, template } = context;
  const words = template.indicatorTable;
  const world = brief.kind === 'world';
  const line = (figure: { value: number; change: number | null; world: number }) => ({ value: figure.value, average: world ? null : figure.world, change: figure.change });
  return indicatorTable({
    component,
    mean: line(brief.composites[component]),
    meanName: text(context, words.mean, { composite: COMPOSITES.find((c) => c.id === component)!.name }),
    indicators: brief.indicators.filter((f) => f.indicator.component === component).map((f) => ({ indicator: f.indicator, ...line(f) })),
    header: {
      indicator: text(context, words.indicator),
      score: text(context, words.average),
      ...(world ? {} : { average: text(context, words.world) }),
      ...(brief.previousEdition === null ? {} : { change: text(context, words.change) }),
    },
    notAvailable: template.notAvailable,
  });
}
