/**
 * The "scopePillar" section type: criminality (markets, actors) or resilience for a region, a
 * continent or the world. Per component a table of the scope's indicator averages, each with a
 * bar on the 1–10 scale and the world's average as a tick, the world's average as a figure, and
 * the change since the previous edition. The world brief's bars are the world's own averages:
 * no tick and no world column.
 */
import { COMPOSITES, groupLabel, type Component } from '../index/taxonomy.js';
import type { ScopeFigure } from '../model/buildScopeBrief.js';
import { formatChange, formatScore } from '../present/formatFigures.js';
import { text } from './layoutContext.js';
import { placeLegendItems, type LegendKey } from './layoutPillar.js';
import { placeTable, tableLeadHeight, type Cell, type Column, type Row, type TableSpec } from './layoutTable.js';
import { firstLinesHeight, placeHeading, placeParagraph, SECTION_SPACE } from './layoutText.js';
import { scopeChangeSince, type ScopeLayoutContext } from './scopeLayoutContext.js';
import type { ScopePillarSection } from './scopeTemplate.js';
import { TYPE } from './typeStyles.js';
import { textWidth } from './wrapText.js';

/** Indicator, average, bar, world, change (the country tables' layout). */
const COLUMNS: readonly Column[] = [
  { x: 0, width: 150, align: 'left' },
  { x: 154, width: 30, align: 'right' },
  { x: 194, width: 150, align: 'left' },
  { x: 352, width: 50, align: 'right' },
  { x: 406, width: 62, align: 'right' },
];
/** Without a world column (the world brief) or without a change column (a first edition). */
const FOUR_COLUMNS: readonly Column[] = [
  { x: 0, width: 150, align: 'left' },
  { x: 154, width: 30, align: 'right' },
  { x: 194, width: 206, align: 'left' },
  { x: 408, width: 60, align: 'right' },
];
/** The world brief of a first edition: indicator, average, bar. */
const THREE_COLUMNS: readonly Column[] = [
  { x: 0, width: 150, align: 'left' },
  { x: 154, width: 30, align: 'right' },
  { x: 194, width: 274, align: 'left' },
];
const BAR_COLUMN = 2;

function changeCell(context: ScopeLayoutContext, change: number | null, higherIs: 'worse' | 'better', strong: boolean): Cell {
  const type = strong ? ('cellStrong' as const) : ('cell' as const);
  if (change === null) return { text: context.template.notAvailable, type: 'cellMuted' };
  if (change === 0) return { text: formatChange(0), type };
  const worse = change > 0 === (higherIs === 'worse');
  return { text: formatChange(change), type, graphic: { kind: 'direction', up: change > 0, color: worse ? 'worse' : 'better' } };
}

function row(context: ScopeLayoutContext, name: string, figure: ScopeFigure, higherIs: 'worse' | 'better', pillar: 'criminality' | 'resilience', strong: boolean): Row {
  const { brief } = context;
  const world = brief.kind === 'world';
  const type = strong ? ('cellStrong' as const) : ('cell' as const);
  return {
    kind: 'cells',
    cells: [
      { text: name, type, header: true },
      { text: formatScore(figure.value), type },
      { text: '', type, graphic: { kind: 'bar', score: figure.value / 100, average: world ? null : figure.world / 100, color: pillar } },
      ...(world ? [] : [{ text: formatScore(figure.world), type: 'cellMuted' as const }]),
      ...(brief.previousEdition === null ? [] : [changeCell(context, figure.change, higherIs, strong)]),
    ],
  };
}

/** A component → its table: the component's mean first, then its indicators by group, in page order. */
export function scopeIndicatorTable(context: ScopeLayoutContext, component: Component): TableSpec {
  const { brief, template } = context;
  const words = template.indicatorTable;
  const composite = COMPOSITES.find((c) => c.id === component)!;
  const pillar = component === 'resilience' ? 'resilience' : 'criminality';
  const rows: Row[] = [row(context, text(context, words.mean, { composite: composite.name }), brief.composites[component], composite.higherIs, pillar, true)];
  const figures = brief.indicators.filter((figure) => figure.indicator.component === component);
  const groups = [...new Set(figures.map((figure) => figure.indicator.group))];
  for (const group of groups) {
    if (groups.length > 1) rows.push({ kind: 'group', text: groupLabel(group) });
    for (const figure of figures.filter((f) => f.indicator.group === group)) {
      rows.push(row(context, figure.indicator.name, figure, figure.indicator.higherIs, pillar, false));
    }
  }
  const world = brief.kind === 'world';
  const first = brief.previousEdition === null;
  const header = [text(context, words.indicator), text(context, words.average), '', ...(world ? [] : [text(context, words.world)]), ...(first ? [] : [text(context, words.change)])];
  const columns = widenAverage(world && first ? THREE_COLUMNS : world || first ? FOUR_COLUMNS : COLUMNS, header[1]!);
  return { columns, header, rows, scaleColumn: BAR_COLUMN };
}

/**
 * The average's column, headed by the scope's name, as wide as the name's longest word ("Amérique")
 * so no word is cut; the bar beside it gives up the width.
 */
function widenAverage(columns: readonly Column[], heading: string): Column[] {
  const need = Math.ceil(Math.max(...heading.split(/\s+/).map((word) => textWidth(word, TYPE.tableHead)))) + 1;
  const extra = Math.max(0, need - columns[1]!.width);
  if (extra === 0) return [...columns];
  return columns.map((column, i) => (i === 1 ? { ...column, width: column.width + extra } : i === BAR_COLUMN ? { ...column, x: column.x + extra, width: column.width - extra } : column));
}

export function layoutScopePillar(context: ScopeLayoutContext, section: ScopePillarSection, parent: string): void {
  const { flow, brief } = context;
  const composite = brief.composites[section.composite];
  const change = scopeChangeSince(context, composite.change);
  const figure = change ? `${formatScore(composite.value)} (${change})` : formatScore(composite.value);
  const intro = text(context, section.intro, { figure });
  const tables = section.parts.map((part) => scopeIndicatorTable(context, part.component));
  placeHeading(flow, text(context, section.heading), 'h2', 'H2', parent, {
    keepWith: firstLinesHeight(intro, 'intro', flow.width) + TYPE.mark.leading + 40 + tableLeadHeight(tables[0]!),
    spaceBefore: SECTION_SPACE,
    spaceAfter: 6,
    outline: 1,
    rule: true,
  });
  placeParagraph(flow, intro, 'intro', flow.node('P', parent));
  placeLegend(context, section, parent);
  section.parts.forEach((part, i) => {
    placeHeading(flow, text(context, part.heading), 'h3', 'H3', parent, { keepWith: tableLeadHeight(tables[i]!), spaceBefore: 12, spaceAfter: 2, outline: 2 });
    placeTable(flow, parent, tables[i]!);
  });
}

function placeLegend(context: ScopeLayoutContext, section: ScopePillarSection, parent: string): void {
  const { brief, template } = context;
  const words = template.indicatorTable.legend;
  const components = section.parts.map((part) => part.component);
  const items: { key: LegendKey; words: string }[] = [{ key: { kind: 'bar' }, words: text(context, words.bar) }];
  if (brief.kind !== 'world') items.push({ key: { kind: 'tick' }, words: text(context, words.world) });
  if (brief.previousEdition !== null) {
    items.push({ key: { kind: 'marks', color: 'worse' }, words: text(context, words.worse) });
    items.push({ key: { kind: 'marks', color: 'better' }, words: text(context, words.better) });
    const newIndicator = brief.indicators.some((f) => components.includes(f.indicator.component) && f.change === null);
    if (newIndicator) items.push({ key: { kind: 'none' }, words: text(context, words.notAvailable) });
  }
  placeLegendItems(context.flow, items, section.composite, context.flow.node('P', parent));
}
