/**
 * The title block: country, edition, continent and region, the facts of the country page's
 * profile box; a card per pillar (score, change, the three rank lines with the previous ranks,
 * the move among all countries in words); the quadrant in words.
 */
import { quadrantOf } from '../model/quadrant.js';
import { formatRankLine, formatScore, ordinal, rankMove } from '../present/formatFigures.js';
import type { TitleSection } from './briefTemplate.js';
import { changeSince, text, type LayoutContext } from './layoutContext.js';
import { factsLine } from './layoutFacts.js';
import { setLines, textBlock, textHeight } from './layoutText.js';
import { TYPE, textTop } from './typeStyles.js';
import { textWidth } from './wrapText.js';

const CARD_GAP = 24;

export function layoutTitle(context: LayoutContext, section: TitleSection, parent: string): void {
  const { flow } = context;
  flow.bookmark(section.outline, 1);
  flow.add({ kind: 'rect', x: 0, y: 0, width: flow.geometry.width, height: 5, color: 'accent' });

  const put = (words: string, type: 'kicker' | 'title' | 'location' | 'cardReading', tag: 'P' | 'H1', after: number) => {
    const { block, height } = textBlock(words, type, { x: flow.left, y: flow.y, width: flow.width }, flow.node(tag, parent));
    flow.add(block);
    flow.y += height + after;
  };
  put(text(context, section.kicker).toUpperCase(), 'kicker', 'P', 8);
  put(context.brief.country.name, 'title', 'H1', 2);
  const facts = factsLine(context, section, context.brief.profile?.facts);
  put(text(context, section.location), 'location', 'P', facts === null ? 24 : 4);
  if (facts !== null) put(facts, 'cardReading', 'P', 20);

  const width = (flow.width - CARD_GAP * (section.composites.length - 1)) / section.composites.length;
  const heights = section.composites.map((id, i) => layoutCard(context, section, parent, id, flow.left + i * (width + CARD_GAP), width));
  flow.y += Math.max(...heights) + 22;

  layoutQuadrant(context, section, parent);
  flow.space(8);
}

/** One pillar's card at (x, flow.y); returns its height. */
function layoutCard(context: LayoutContext, section: TitleSection, parent: string, id: 'criminality' | 'resilience', x: number, width: number): number {
  const { flow, brief } = context;
  const figure = brief.composites[id];
  let y = flow.y;
  flow.add({ kind: 'rule', x, y, width, thickness: 1.5, color: 'strong' });
  y += 8;

  const label = flow.node('P', parent);
  flow.add({ kind: 'text', type: 'cardLabel', lines: setLines([figure.composite.name], 'cardLabel', x, y, width), node: label });
  const reading = section.reading[figure.composite.higherIs];
  flow.add({ kind: 'text', type: 'cardReading', lines: setLines([reading], 'cardReading', x, y + 1.5, width, 'right'), node: label });
  y += TYPE.cardLabel.leading + 2;

  // The score and its change share a baseline.
  const score = formatScore(figure.value);
  const scoreNode = flow.node('P', parent);
  flow.add({ kind: 'text', type: 'bigFigure', lines: setLines([score], 'bigFigure', x, y, width), node: scoreNode });
  const baseline = (type: 'bigFigure' | 'figureChange', top: number) => textTop(top, TYPE[type]) + TYPE[type].size;
  const changeTop = y + baseline('bigFigure', y) - baseline('figureChange', y);
  const changeX = x + textWidth(score, TYPE.bigFigure) + 8;
  flow.add({ kind: 'text', type: 'figureChange', lines: setLines([changeSince(context, figure.change)], 'figureChange', changeX, changeTop, width), node: scoreNode });
  y += TYPE.bigFigure.leading + 4;

  for (const rank of figure.ranks) {
    const line = textBlock(formatRankLine(rank, brief.previousEdition), 'rankLine', { x, y, width }, flow.node('P', parent));
    flow.add(line.block);
    y += line.height + 2;
  }
  const move = rankMoveWords(context, section, id);
  if (move !== null) {
    y += 2;
    const line = textBlock(move, 'cardReading', { x, y, width }, flow.node('P', parent));
    flow.add(line.block);
    y += line.height;
  }
  if (id === 'criminality') {
    const components = text(context, section.components, { markets: formatScore(brief.composites.markets.value), actors: formatScore(brief.composites.actors.value) });
    y += 4;
    const line = textBlock(components, 'cardReading', { x, y, width }, flow.node('P', parent));
    flow.add(line.block);
    y += line.height;
  }
  return y - flow.y;
}

/** "Relatively more criminal than in 2023: up from 32nd among the 193 countries." */
function rankMoveWords(context: LayoutContext, section: TitleSection, id: 'criminality' | 'resilience'): string | null {
  const { brief } = context;
  const world = brief.composites[id].ranks.find((rank) => rank.scope === 'world')!;
  const move = rankMove(world);
  if (move === null || brief.previousEdition === null) return null;
  return text(context, section.rankMoves[id][move], { previousRank: ordinal(world.previous!), of: world.of });
}

function layoutQuadrant(context: LayoutContext, section: TitleSection, parent: string): void {
  const { flow, brief, model, template } = context;
  const edition = model.editions.get(brief.edition)!;
  let same = 0;
  for (const scores of edition.scores.countries.values()) {
    if (quadrantOf(scores.hundredths.criminality, scores.hundredths.resilience) === brief.quadrant) same += 1;
  }
  const words = template.quadrants[brief.quadrant];
  let sentence = text(context, section.quadrant, { quadrantMeans: words.means, others: same - 1 });
  if (brief.previousQuadrant !== null) {
    sentence +=
      ' ' +
      (brief.previousQuadrant === brief.quadrant
        ? text(context, section.quadrantSame)
        : text(context, section.quadrantMoved, { previousQuadrant: template.quadrants[brief.previousQuadrant].title.toLowerCase() }));
  }
  const title = `${section.quadrantLabel}: ${words.title}`;
  flow.ensure(8 + textHeight(title, 'h3', flow.width) + 2 + textHeight(sentence, 'body', flow.width));
  flow.add({ kind: 'rule', x: flow.left, y: flow.y, width: flow.width, thickness: 0.5, color: 'rule' });
  flow.y += 8;
  const heading = textBlock(title, 'h3', { x: flow.left, y: flow.y, width: flow.width }, flow.node('H2', parent));
  flow.add(heading.block);
  flow.y += heading.height + 2;
  const paragraph = textBlock(sentence, 'body', { x: flow.left, y: flow.y, width: flow.width }, flow.node('P', parent));
  flow.add(paragraph.block);
  flow.y += paragraph.height;
}
