/**
 * The "about" section type: what the scores mean and how composites, changes and ranks are
 * computed, the source and the date of the data, as terms beside their explanations; then how
 * to cite the data.
 */
import type { AboutSection } from './briefTemplate.js';
import { text, type SectionContext } from './layoutContext.js';
import { placeHeading, textBlock, textHeight, SECTION_SPACE } from './layoutText.js';
import type { TypeName } from './typeStyles.js';

const TERM_WIDTH = 104;
const TERM_GAP = 14;
const ITEM_GAP = 9;
const CITATION_SPACE = 16;
const KEEP_WITH_CITATION = 3;

export function layoutAbout(context: SectionContext, section: AboutSection, parent: string): void {
  const { flow, brief } = context;
  const first = brief.previousEdition === null;
  const undated = context.values.published === undefined;
  const items = section.items.map((item) => ({
    term: item.term,
    text: text(context, (first && item.textFirstEdition) || (brief.profile !== undefined && item.textWithProfile) || (undated && item.textUndated) || item.text),
  }));
  // a translated brief says who translated it, and that GI-TOC publishes in English
  if (section.translation) items.push({ term: section.translation.term, text: text(context, section.translation.text) });
  const textWidth = flow.width - TERM_WIDTH - TERM_GAP;
  const height = (item: { term: string; text: string }, type: TypeName) => Math.max(textHeight(item.term, 'term', TERM_WIDTH), textHeight(item.text, type, textWidth));

  const citation = { term: section.citationLabel, text: text(context, section.citation) };
  // The heading keeps its first item; the rest flows, item by item, so no page is left half empty.
  placeHeading(flow, text(context, section.heading), 'h2', 'H2', parent, {
    keepWith: items[0] ? height(items[0], 'small') : 0,
    spaceBefore: SECTION_SPACE,
    spaceAfter: 8,
    outline: 1,
    rule: true,
  });
  const place = (item: { term: string; text: string }, type: TypeName) => {
    flow.ensure(height(item, type));
    const term = textBlock(item.term, 'term', { x: flow.left, y: flow.y, width: TERM_WIDTH }, flow.node('H3', parent));
    const body = textBlock(item.text, type, { x: flow.left + TERM_WIDTH + TERM_GAP, y: flow.y, width: textWidth }, flow.node('P', parent));
    flow.add(term.block);
    flow.add(body.block);
    flow.y += Math.max(term.height, body.height);
  };
  // The citation never ends the brief alone on a page: the last KEEP_WITH_CITATION items go with it.
  const tail = items.slice(-KEEP_WITH_CITATION).reduce((sum, item) => sum + height(item, 'small') + ITEM_GAP, 0);
  const citationHeight = CITATION_SPACE + 10 + height(citation, 'term');
  items.forEach((item, i) => {
    if (i > 0) flow.space(ITEM_GAP);
    if (i === Math.max(1, items.length - KEEP_WITH_CITATION)) flow.ensure(tail + citationHeight);
    place(item, 'small');
  });

  flow.space(CITATION_SPACE);
  flow.ensure(10 + height(citation, 'term'));
  flow.add({ kind: 'rule', x: flow.left, y: flow.y, width: flow.width, thickness: 0.75, color: 'strong' });
  flow.y += 10;
  place(citation, 'term');
}
