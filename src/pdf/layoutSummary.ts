/**
 * The "summary" section type: page 1, a summary a reader can stop after. The country, the
 * edition and where it sits; a card per pillar (score, change, the three ranks beside the
 * previous ones, the move among all countries in words); the quadrant; the headline facts; then
 * the charts in rows (the pyramid beside the comparison, the trend across the column).
 */
import { groupInOf, groupInSentence } from '../index/countries.js';
import { quadrantOf } from '../model/quadrant.js';
import type { Rank } from '../model/buildCountryBrief.js';
import { formatScore, ordinal, rankMove } from '../present/formatFigures.js';
import type { BriefChart } from './briefCharts.js';
import type { SummarySection } from './briefTemplate.js';
import { changeSince, text, type LayoutContext, type SectionContext } from './layoutContext.js';
import { factsLine } from './layoutFacts.js';
import { headlineSentences } from './layoutHeadlines.js';
import { chartsFor, figureSize } from './layoutFigures.js';
import { placeHeading, setLines, textBlock, textHeight } from './layoutText.js';
import type { PageFlow } from './pagePlan.js';
import { TYPE, textTop } from './typeStyles.js';
import { textWidth } from './wrapText.js';

const CARD_GAP = 24;
const CHART_GAP = 16;
const ROW_SPACE = 8;
const BULLET_INDENT = 12;

export function layoutSummary(context: LayoutContext, section: SummarySection, parent: string): void {
  const { flow, brief } = context;
  flow.bookmark(section.outline, 1);
  flow.add({ kind: 'rect', x: 0, y: 0, width: flow.geometry.width, height: 5, color: 'accent' });

  placeHeadLine(flow, parent, text(context, section.kicker).toUpperCase(), 'kicker', 6);
  placeTitle(flow, parent, text(context, '{countryTitle}'));
  const facts = factsLine(context, section, brief.profile?.facts);
  placeHeadLine(flow, parent, text(context, section.location), 'location', facts === null ? 12 : 2);
  if (facts !== null) placeHeadLine(flow, parent, facts, 'cardReading', 14);

  placeCards(flow, section.composites, (id, x, width) => layoutCard(context, section, parent, id, x, width));

  layoutQuadrant(context, section, parent);
  layoutHeadlines(context, section, parent);
  for (const row of section.charts) placeChartRow(context, chartsFor(context, row), parent);
}

/** "31st of 193 countries (32nd in 2023)", "10th of 35 in the Americas (10th in 2023)". */
export function rankLine(context: LayoutContext, section: SummarySection, rank: Rank): string {
  const line = text(context, section.ranks[rank.scope], {
    rank: ordinal(rank.rank),
    of: rank.of,
    groupIn: groupInSentence(rank.group),
    inGroup: groupInOf(rank.group).in,
  });
  if (rank.previous === null || context.brief.previousEdition === null) return line;
  return text(context, section.ranks.previous, { line, previousRank: ordinal(rank.previous) });
}

/** One pillar's card at (x, flow.y); returns its height. */
function layoutCard(context: LayoutContext, section: SummarySection, parent: string, id: 'criminality' | 'resilience', x: number, width: number): number {
  const { flow, brief } = context;
  const figure = brief.composites[id];
  let y = placeCardHead(flow, parent, {
    x,
    width,
    label: figure.composite.name,
    reading: section.reading[figure.composite.higherIs],
    score: formatScore(figure.value),
    change: changeSince(context, figure.change),
  });
  y = placeCardLines(
    flow,
    parent,
    { x, y, width },
    figure.ranks.map((rank) => rankLine(context, section, rank)),
  );
  const move = rankMoveWords(context, section, id);
  if (move !== null) {
    y += 2;
    const line = textBlock(move, 'cardReading', { x, y, width }, flow.node('P', parent));
    flow.add(line.block);
    y += line.height;
  }
  return y - flow.y;
}

/** "Relatively more criminal than in 2023 among the 193 countries." */
function rankMoveWords(context: LayoutContext, section: SummarySection, id: 'criminality' | 'resilience'): string | null {
  const { brief } = context;
  const world = brief.composites[id].ranks.find((rank) => rank.scope === 'world')!;
  const move = rankMove(world);
  if (move === null || brief.previousEdition === null) return null;
  return text(context, section.rankMoves[id][move], { previousRank: ordinal(world.previous!), of: world.of });
}

function layoutQuadrant(context: LayoutContext, section: SummarySection, parent: string): void {
  const { flow, brief, model, template } = context;
  const edition = model.editions.get(brief.edition)!;
  let same = 0;
  for (const scores of edition.scores.countries.values()) {
    if (quadrantOf(scores.hundredths.criminality, scores.hundredths.resilience) === brief.quadrant) same += 1;
  }
  const words = template.quadrants[brief.quadrant];
  let sentence = text(context, section.quadrant, { quadrantTitle: words.title, quadrantMeans: words.means, others: same - 1 });
  if (brief.previousQuadrant !== null) {
    sentence +=
      ' ' +
      (brief.previousQuadrant === brief.quadrant
        ? text(context, section.quadrantSame)
        : text(context, section.quadrantMoved, { previousQuadrant: template.quadrants[brief.previousQuadrant].title.toLowerCase() }));
  }
  const paragraph = textBlock(sentence, 'body', { x: flow.left, y: flow.y, width: flow.width }, flow.node('P', parent));
  flow.add(paragraph.block);
  flow.y += paragraph.height + 4;
}

/** The headline facts as a bulleted list under a small heading. */
function layoutHeadlines(context: LayoutContext, section: SummarySection, parent: string): void {
  placeBullets(context.flow, parent, section.headline.heading, headlineSentences(context, section));
}

/** Cards side by side across the column, each laid out by `card` and returning its height; the flow goes on below the tallest. */
export function placeCards<T>(flow: PageFlow, items: readonly T[], card: (item: T, x: number, width: number) => number): void {
  const width = (flow.width - CARD_GAP * (items.length - 1)) / items.length;
  const heights = items.map((item, i) => card(item, flow.left + i * (width + CARD_GAP), width));
  flow.y += Math.max(...heights) + 10;
}

/** A line of the masthead (kicker, location) across the column, `after` points above the next. */
export function placeHeadLine(flow: PageFlow, parent: string, words: string, type: 'kicker' | 'location' | 'cardReading', after: number): void {
  const { block, height } = textBlock(words, type, { x: flow.left, y: flow.y, width: flow.width }, flow.node('P', parent));
  flow.add(block);
  flow.y += height + after;
}

/** The brief's title, on one line: at the title size, or smaller when it would not fit ("République démocratique du Congo"). */
export function placeTitle(flow: PageFlow, parent: string, title: string): void {
  const type = textWidth(title, TYPE.title) <= flow.width ? 'title' : 'titleLong';
  const { block, height } = textBlock(title, type, { x: flow.left, y: flow.y, width: flow.width }, flow.node('H1', parent));
  flow.add(block);
  flow.y += height;
}

/**
 * The head of a pillar's card at (x, flow.y): a rule, the pillar's name with how to read it, the
 * big score and its change on one baseline. Returns where the card's lines start.
 */
export function placeCardHead(flow: PageFlow, parent: string, card: { x: number; width: number; label: string; reading: string; score: string; change: string }): number {
  const { x, width } = card;
  let y = flow.y;
  flow.add({ kind: 'rule', x, y, width, thickness: 1.5, color: 'strong' });
  y += 7;

  const label = flow.node('P', parent);
  flow.add({ kind: 'text', type: 'cardLabel', lines: setLines([card.label], 'cardLabel', x, y, width), node: label });
  flow.add({ kind: 'text', type: 'cardReading', lines: setLines([card.reading], 'cardReading', x, y + 1.5, width, 'right'), node: label });
  y += TYPE.cardLabel.leading + 1;

  // The score and its change share a baseline.
  const scoreNode = flow.node('P', parent);
  flow.add({ kind: 'text', type: 'bigFigure', lines: setLines([card.score], 'bigFigure', x, y, width), node: scoreNode });
  if (card.change) {
    const baseline = (type: 'bigFigure' | 'figureChange', top: number) => textTop(top, TYPE[type]) + TYPE[type].size;
    const changeTop = y + baseline('bigFigure', y) - baseline('figureChange', y);
    const changeX = x + textWidth(card.score, TYPE.bigFigure) + 8;
    flow.add({ kind: 'text', type: 'figureChange', lines: setLines([card.change], 'figureChange', changeX, changeTop, width), node: scoreNode });
  }
  return y + TYPE.bigFigure.leading + 2;
}

/** A card's lines (ranks, averages) from `y`, a paragraph each; returns where they end. */
export function placeCardLines(flow: PageFlow, parent: string, at: { x: number; y: number; width: number }, lines: readonly string[]): number {
  let { y } = at;
  for (const words of lines) {
    const line = textBlock(words, 'rankLine', { x: at.x, y, width: at.width }, flow.node('P', parent));
    flow.add(line.block);
    y += line.height + 1;
  }
  return y;
}

/** A small heading and its sentences as a bulleted list, the heading kept with them all. */
export function placeBullets(flow: PageFlow, parent: string, heading: string, sentences: readonly string[]): void {
  const measure = flow.width - BULLET_INDENT;
  const height = sentences.reduce((sum, s) => sum + textHeight(s, 'fact', measure) + 2, 0);
  placeHeading(flow, heading, 'h3', 'H2', parent, { keepWith: height, spaceBefore: 6, spaceAfter: 2 });
  for (const sentence of sentences) {
    flow.add({ kind: 'text', type: 'fact', lines: setLines(['•'], 'fact', flow.left + 2, flow.y, BULLET_INDENT), node: null });
    const item = textBlock(sentence, 'fact', { x: flow.left + BULLET_INDENT, y: flow.y, width: measure }, flow.node('P', parent));
    flow.add(item.block);
    flow.y += item.height + 2;
  }
}

/** One chart across the column, or two side by side, each at its own size (scale 1 when it fits). */
export function placeChartRow(context: SectionContext, charts: readonly BriefChart[], parent: string): void {
  const { flow } = context;
  if (charts.length === 0) return;
  const each = (flow.width - CHART_GAP * (charts.length - 1)) / charts.length;
  const sizes = charts.map((chart) => figureSize(flow, chart, each));
  const height = Math.max(...sizes.map((size) => size.height));
  flow.space(ROW_SPACE);
  flow.ensure(height);
  charts.forEach((chart, i) => {
    const size = sizes[i]!;
    const x = flow.left + i * (each + CHART_GAP) + (each - size.width) / 2;
    const bbox = [x, flow.y, x + size.width, flow.y + size.height] as const;
    flow.add({ kind: 'figure', chart: chart.id, x, y: flow.y, ...size, node: flow.node('Figure', parent, { alt: chart.alt, bbox }) });
  });
  flow.y += height;
}
