/**
 * The "pillar" section type: criminality (markets, actors) or resilience. A heading and a line
 * on the pillar's score, the legend of the marks, then per component a subheading and its
 * indicator table (one view: bars, figures and changes together).
 */
import type { PillarSection } from './briefTemplate.js';
import type { Component } from '../index/taxonomy.js';
import { changeSince, text, type LayoutContext, type SectionContext } from './layoutContext.js';
import { countryIndicatorTable } from './layoutIndicatorTable.js';
import { placeTable, tableLeadHeight, type TableSpec } from './layoutTable.js';
import { firstLinesHeight, placeHeading, placeParagraph, setLines, SECTION_SPACE } from './layoutText.js';
import { formatScore } from '../present/formatFigures.js';
import type { PageFlow } from './pagePlan.js';
import { TYPE } from './typeStyles.js';
import { textWidth } from './wrapText.js';

const LEGEND_GAP = 14;
const SWATCH = 12;

export function layoutPillar(context: LayoutContext, section: PillarSection, parent: string): void {
  const tick = text(context, context.template.indicatorTable.legend.average);
  layoutPillarSection(context, section, parent, (component) => countryIndicatorTable(context, component), tick);
}

/** What a pillar section needs of a country's or a scope's layout context. */
type PillarContext = Parameters<typeof pillarLegend>[0] &
  Parameters<typeof changeSince>[0] & {
    readonly flow: PageFlow;
    readonly brief: { readonly composites: Readonly<Record<'criminality' | 'resilience', { readonly value: number; readonly change: number | null }>> };
    readonly template: { readonly indicatorTable: { readonly legend: Parameters<typeof pillarLegend>[1] } };
  };

/**
 * A pillar section of a country's or a scope's brief, from its template section: each
 * component's indicator table as `table` builds it, and the legend's tick named `tick` (none:
 * the tables have no tick).
 */
export function layoutPillarSection(
  context: PillarContext,
  section: Pick<PillarSection, 'composite' | 'heading' | 'intro' | 'parts'>,
  parent: string,
  table: (component: Component) => TableSpec,
  tick: string | undefined,
): void {
  const composite = context.brief.composites[section.composite];
  placePillar(context.flow, parent, {
    pillar: section.composite,
    heading: text(context, section.heading),
    intro: text(context, section.intro, { figure: figureWithChange(composite.value, changeSince(context, composite.change)) }),
    parts: section.parts.map((part) => ({ heading: text(context, part.heading), table: table(part.component) })),
    legend: pillarLegend(
      context,
      context.template.indicatorTable.legend,
      tick,
      section.parts.map((part) => part.component),
    ),
  });
}

/** "6.62 (+0.22 since 2023)", or the score alone without a change. */
function figureWithChange(value: number, change: string): string {
  return change ? `${formatScore(value)} (${change})` : formatScore(value);
}

/**
 * The legend of a pillar section: the bar, the tick when there is one, and only the marks the
 * section shows: none in a first edition, "n/a" only when one of its indicators is new.
 */
function pillarLegend(
  context: Pick<SectionContext, 'values'> & {
    readonly brief: { readonly previousEdition: number | null; readonly indicators: readonly { indicator: { component: Component }; change: number | null }[] };
  },
  words: { readonly bar: string; readonly worse: string; readonly better: string; readonly notAvailable: string },
  tick: string | undefined,
  components: readonly Component[],
): PillarLegend {
  const { brief } = context;
  const legend = { bar: text(context, words.bar), ...(tick === undefined ? {} : { tick }) };
  if (brief.previousEdition === null) return legend;
  const anyNew = brief.indicators.some((f) => components.includes(f.indicator.component) && f.change === null);
  return {
    ...legend,
    worse: text(context, words.worse),
    better: text(context, words.better),
    ...(anyNew ? { notAvailable: text(context, words.notAvailable) } : {}),
  };
}

/** What a pillar section's legend says; without `tick`, `worse`… the brief shows no such mark. */
interface PillarLegend {
  readonly bar: string;
  readonly tick?: string;
  readonly worse?: string;
  readonly better?: string;
  readonly notAvailable?: string;
}

/**
 * A pillar section, as country and scope briefs set it: a heading kept with the intro, the
 * legend and the first table's head; the legend of the marks; then per component a subheading
 * and its indicator table.
 */
function placePillar(
  flow: PageFlow,
  parent: string,
  section: { pillar: 'criminality' | 'resilience'; heading: string; intro: string; parts: readonly { heading: string; table: TableSpec }[]; legend: PillarLegend },
): void {
  const first = section.parts[0]!.table;
  placeHeading(flow, section.heading, 'h2', 'H2', parent, {
    keepWith: firstLinesHeight(section.intro, 'intro', flow.width) + TYPE.mark.leading + 40 + tableLeadHeight(first),
    spaceBefore: SECTION_SPACE,
    spaceAfter: 6,
    outline: 1,
    rule: true,
  });
  placeParagraph(flow, section.intro, 'intro', flow.node('P', parent));
  const { legend } = section;
  const items: { key: LegendKey; words: string }[] = [
    { key: { kind: 'bar' }, words: legend.bar },
    ...(legend.tick === undefined ? [] : [{ key: { kind: 'tick' } as const, words: legend.tick }]),
    ...(legend.worse === undefined ? [] : [{ key: { kind: 'marks', color: 'worse' } as const, words: legend.worse }]),
    ...(legend.better === undefined ? [] : [{ key: { kind: 'marks', color: 'better' } as const, words: legend.better }]),
    ...(legend.notAvailable === undefined ? [] : [{ key: { kind: 'none' } as const, words: legend.notAvailable }]),
  ];
  placeLegendItems(flow, items, section.pillar, flow.node('P', parent));
  for (const part of section.parts) {
    placeHeading(flow, part.heading, 'h3', 'H3', parent, { keepWith: tableLeadHeight(part.table), spaceBefore: 12, spaceAfter: 2, outline: 2 });
    placeTable(flow, parent, part.table);
  }
}

type LegendKey = { readonly kind: 'bar' | 'tick' } | { readonly kind: 'marks'; readonly color: 'worse' | 'better' } | { readonly kind: 'none' };
const KEY_WIDTH: Readonly<Record<LegendKey['kind'], number>> = { bar: SWATCH + 4, tick: 8, marks: 0, none: 0 };

/** Legend items (a key and its words) in rows across the column, bars in the pillar's colour. */
function placeLegendItems(flow: PageFlow, items: readonly { key: LegendKey; words: string }[], pillar: 'criminality' | 'resilience', node: string): void {
  const marks = textWidth('\u25B2\u25BC', TYPE.mark) + 3;
  const leading = TYPE.cardReading.leading;
  flow.space(6);
  let x = flow.left;
  for (const item of items) {
    const keyWidth = item.key.kind === 'marks' ? marks : KEY_WIDTH[item.key.kind];
    const width = keyWidth + textWidth(item.words, TYPE.cardReading);
    if (x > flow.left && x + width > flow.left + flow.width) {
      x = flow.left;
      flow.y += leading;
    }
    const middle = flow.y + leading / 2;
    if (item.key.kind === 'bar') flow.add({ kind: 'rect', x, y: middle - 3.5, width: SWATCH, height: 7, color: pillar });
    if (item.key.kind === 'tick') flow.add({ kind: 'rect', x: x + 2, y: middle - 6, width: 1.5, height: 12, color: 'average' });
    if (item.key.kind === 'marks') {
      flow.add({ kind: 'text', type: 'mark', lines: setLines(['\u25B2\u25BC'], 'mark', x, middle - TYPE.mark.leading / 2, marks), node: null, color: item.key.color });
    }
    flow.add({ kind: 'text', type: 'cardReading', lines: setLines([item.words], 'cardReading', x + keyWidth, flow.y, flow.width), node });
    x += width + LEGEND_GAP;
  }
  flow.y += leading + 2;
}
