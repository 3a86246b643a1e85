/**
 * The "pillar" section type: criminality (markets, actors) or resilience. A heading and a line
 * on the pillar's score, the legend of the marks, then per component a subheading and its
 * indicator table (one view: bars, figures and changes together).
 */
import type { PillarSection } from './briefTemplate.js';
import { changeSince, text, type LayoutContext } from './layoutContext.js';
import { indicatorTable } from './layoutIndicatorTable.js';
import { placeTable, tableLeadHeight } from './layoutTable.js';
import { firstLinesHeight, placeHeading, placeParagraph, setLines, SECTION_SPACE } from './layoutText.js';
import { formatScore } from '../present/formatFigures.js';
import type { PageFlow } from './pagePlan.js';
import { TYPE } from './typeStyles.js';
import { textWidth } from './wrapText.js';

const LEGEND_GAP = 14;
const SWATCH = 12;

export function layoutPillar(context: LayoutContext, section: PillarSection, parent: string): void {
  const { flow, brief } = context;
  const composite = brief.composites[section.composite];
  const change = changeSince(context, composite.change);
  const figure = change ? `${formatScore(composite.value)} (${change})` : formatScore(composite.value);
  const intro = text(context, section.intro, { figure });
  const tables = section.parts.map((part) => indicatorTable(context, part.component));
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

export type LegendKey = { readonly kind: 'bar' | 'tick' } | { readonly kind: 'marks'; readonly color: 'worse' | 'better' } | { readonly kind: 'none' };
const KEY_WIDTH: Readonly<Record<LegendKey['kind'], number>> = { bar: SWATCH + 4, tick: 8, marks: 0, none: 0 };

/** What the bar, the tick and the marks mean, on as many lines as it takes; only the marks this brief uses. */
function placeLegend(context: LayoutContext, section: PillarSection, parent: string): void {
  const { brief, template } = context;
  const words = template.indicatorTable.legend;
  const components = section.parts.map((part) => part.component);
  const figures = brief.indicators.filter((f) => components.includes(f.indicator.component));
  const items: { key: LegendKey; words: string }[] = [
    { key: { kind: 'bar' }, words: text(context, words.bar) },
    { key: { kind: 'tick' }, words: text(context, words.average) },
  ];
  if (brief.previousEdition !== null) {
    items.push({ key: { kind: 'marks', color: 'worse' }, words: text(context, words.worse) });
    items.push({ key: { kind: 'marks', color: 'better' }, words: text(context, words.better) });
    if (figures.some((f) => f.change === null)) items.push({ key: { kind: 'none' }, words: text(context, words.notAvailable) });
  }
  placeLegendItems(context.flow, items, section.composite, context.flow.node('P', parent));
}

/** Legend items (a key and its words) in rows across the column, bars in the pillar's colour. */
export function placeLegendItems(flow: PageFlow, items: readonly { key: LegendKey; words: string }[], pillar: 'criminality' | 'resilience', node: string): void {
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
