/**
 * The "scopeSummary" section type: page 1 of a regional, continental or world brief. The scope,
 * the edition and its size; a card per pillar (the average, its change, the continent's and the
 * world's averages, the scope's rank among its peers beside the previous one); how its members
 * fall in the quadrants; the headline facts; then the charts in rows.
 */
import { COMPOSITES } from '../index/taxonomy.js';
import type { Quadrant } from '../model/quadrant.js';
import type { MemberRow } from '../model/buildScopeBrief.js';
import { scopeFacts, type MemberMove } from '../model/scopeFacts.js';
import { formatChange, formatScore, ordinal } from '../present/formatFigures.js';
import { capitalise, inSentence } from '../present/formatWords.js';
import { countryInSentence } from '../index/countries.js';
import { changeSince, listed, text } from './layoutContext.js';
import { chartsFor } from './layoutFigures.js';
import { placeBullets, placeCardHead, placeCards, placeCardLines, placeChartRow, placeHeadLine, placeTitle } from './layoutSummary.js';
import { textBlock } from './layoutText.js';
import type { ScopeLayoutContext } from './scopeLayoutContext.js';
import type { ScopeSummarySection } from './scopeTemplate.js';

/** A sentence names at most this many tied countries, then "and N more". */
const MOST_NAMED = 3;

export function layoutScopeSummary(context: ScopeLayoutContext, section: ScopeSummarySection, parent: string): void {
  const { flow, brief, template } = context;
  const kind = template.kinds[brief.kind];
  flow.bookmark(section.outline, 1);
  flow.add({ kind: 'rect', x: 0, y: 0, width: flow.geometry.width, height: 5, color: 'accent' });

  placeHeadLine(flow, parent, text(context, kind.kicker).toUpperCase(), 'kicker', 6);
  placeTitle(flow, parent, text(context, '{nameTitle}'));
  placeHeadLine(flow, parent, text(context, kind.location), 'location', 14);

  placeCards(flow, section.composites, (id, x, width) => layoutCard(context, section, parent, id, x, width));

  const quadrants = textBlock(quadrantSentence(context), 'body', { x: flow.left, y: flow.y, width: flow.width }, flow.node('P', parent));
  flow.add(quadrants.block);
  flow.y += quadrants.height + 4;

  placeBullets(flow, parent, section.headline.heading, headlineSentences(context, section));
  for (const row of section.charts) placeChartRow(context, chartsFor(context, row), parent);
}

/** One pillar's card at (x, flow.y); returns its height. */
function layoutCard(context: ScopeLayoutContext, section: ScopeSummarySection, parent: string, id: 'criminality' | 'resilience', x: number, width: number): number {
  const { flow, brief } = context;
  const figure = brief.composites[id];
  const composite = COMPOSITES.find((c) => c.id === id)!;
  const y = placeCardHead(flow, parent, {
    x,
    width,
    label: composite.name,
    reading: section.reading[composite.higherIs],
    score: formatScore(figure.value),
    change: changeSince(context, figure.change),
  });

  const lines: string[] = [];
  if (brief.kind === 'world') lines.push(text(context, section.against.worldItself));
  else {
    if (figure.continent !== null) lines.push(text(context, section.against.continent, { score: formatScore(figure.continent) }));
    lines.push(text(context, section.against.world, { score: formatScore(figure.world) }));
  }
  const peer = brief.peerRanks?.[id];
  if (peer) {
    const words = section.peerRanks[id];
    let line = text(context, peer.rank === 1 ? words.first : words.other, { rank: ordinal(peer.rank), of: peer.of });
    if (peer.previous !== null && brief.previousEdition !== null) line = text(context, section.peerRanks.previous, { line, previousRank: ordinal(peer.previous) });
    lines.push(line);
  }
  return placeCardLines(flow, parent, { x, y, width }, lines) - flow.y;
}

/** The quadrants in the order a sentence lists them: the most troubling first. */
const QUADRANT_ORDER: readonly Quadrant[] = ['high-criminality-low-resilience', 'high-criminality-high-resilience', 'low-criminality-low-resilience', 'low-criminality-high-resilience'];

/** "South America has 6 countries of high criminality and low resilience, … and 1 country of …. High means 5.50 or more." */
function quadrantSentence(context: ScopeLayoutContext): string {
  const { brief, template } = context;
  const words = template.quadrantCounts;
  const items = QUADRANT_ORDER.flatMap((quadrant) => {
    const count = brief.members.filter((m) => m.quadrant === quadrant).length;
    return count === 0 ? [] : [text(context, count === 1 ? words[quadrant].one : words[quadrant].many, { count })];
  });
  return `${text(context, words.sentence, { list: listed({ template: context.common }, items) })} ${text(context, words.means)}`;
}

function names(context: ScopeLayoutContext, section: ScopeSummarySection, members: readonly MemberRow[]): string {
  const named = members.slice(0, MOST_NAMED).map((m) => countryInSentence(m.country));
  if (members.length > MOST_NAMED) named.push(text(context, section.headline.more, { count: members.length - MOST_NAMED }));
  return listed({ template: context.common }, named);
}

/** The summary's headline sentences, in reading order. */
export function headlineSentences(context: ScopeLayoutContext, section: ScopeSummarySection): string[] {
  const { brief } = context;
  const words = section.headline;
  const facts = scopeFacts(brief);
  const tied = (members: readonly MemberRow[], pattern: { one: string; many: string }, score: (m: MemberRow) => number) => {
    const list = names(context, section, members);
    return text(context, members.length === 1 ? pattern.one : pattern.many, { list, List: capitalise(list), score: formatScore(score(members[0]!)) });
  };
  const pair = (pillar: 'criminality' | 'resilience', most: readonly MemberRow[], least: readonly MemberRow[]) => {
    const score = (m: MemberRow) => m[pillar];
    const pattern = words[pillar];
    return text(context, pattern.sentence, { most: tied(most, pattern.most, score), least: tied(least, pattern.least, score) });
  };
  const sentences = [pair('criminality', facts.mostCriminal, facts.leastCriminal), pair('resilience', facts.mostResilient, facts.leastResilient)];

  if (brief.previousEdition !== null) {
    const move = (moves: readonly MemberMove[]) => ({
      list: names(
        context,
        section,
        moves.map((m) => m.member),
      ),
      change: formatChange(moves[0]!.change),
    });
    const rose = facts.rose.length > 0 ? move(facts.rose) : null;
    const fell = facts.fell.length > 0 ? move(facts.fell) : null;
    const values = {
      ...(rose ? { rose: rose.list, roseChange: rose.change } : {}),
      ...(fell ? { fell: fell.list, fellChange: fell.change } : {}),
    };
    sentences.push(text(context, rose && fell ? words.moves.both : rose ? words.moves.rose : fell ? words.moves.fell : words.moves.none, values));
  }

  const markets = words.markets;
  if (brief.kind === 'world') {
    const items = facts.markets.map((f) => text(context, markets.worldItem, { market: inSentence(f.indicator.name), score: formatScore(f.value) }));
    sentences.push(text(context, markets.world, { list: listed({ template: context.common }, items) }));
  } else if (facts.markets.length === 0) {
    sentences.push(text(context, markets.none));
  } else {
    const items = facts.markets.map((f) => text(context, markets.item, { market: inSentence(f.indicator.name), score: formatScore(f.value), world: formatScore(f.world) }));
    sentences.push(text(context, items.length === 1 ? markets.one : markets.many, { list: listed({ template: context.common }, items) }));
  }
  return sentences;
}
