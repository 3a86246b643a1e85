/**
 * The "glossary" section type: what each composite and indicator measures, in GI-TOC's words,
 * once at the end of the brief rather than beside every table. Terms sit beside their
 * definitions, grouped by component in page order.
 */
import { COMPOSITES, indicatorsOf, type Component } from '../index/taxonomy.js';
import type { GlossarySection } from './briefTemplate.js';
import { text, type SectionContext } from './layoutContext.js';
import { firstLinesHeight, placeHeading, placeParagraph, textBlock, textHeight, SECTION_SPACE } from './layoutText.js';

const TERM_WIDTH = 140;
const TERM_GAP = 12;
const ITEM_GAP = 3;
const COMPONENTS: readonly Component[] = ['markets', 'actors', 'resilience'];

export function layoutGlossary(context: SectionContext, section: GlossarySection, parent: string): void {
  const { flow, brief } = context;
  const intro = text(context, section.intro);
  const measure = flow.width - TERM_WIDTH - TERM_GAP;
  const height = (term: string, definition: string, strong = false) => Math.max(textHeight(term, strong ? 'term' : 'glossaryTerm', TERM_WIDTH), textHeight(definition, 'definition', measure));
  const criminality = COMPOSITES.find((c) => c.id === 'criminality')!;
  const items = [
    { term: criminality.name, definition: criminality.definition, strong: true },
    ...COMPONENTS.flatMap((component) => {
      const composite = COMPOSITES.find((c) => c.id === component)!;
      return [
        { term: composite.name, definition: composite.definition, strong: true },
        ...indicatorsOf(brief.edition)
          .filter((indicator) => indicator.component === component)
          .map((indicator) => ({ term: indicator.name, definition: indicator.definition, strong: false })),
      ];
    }),
  ];
  placeHeading(flow, text(context, section.heading), 'h2', 'H2', parent, {
    keepWith: firstLinesHeight(intro, 'intro', flow.width) + 12 + height(items[0]!.term, items[0]!.definition, true),
    spaceBefore: SECTION_SPACE,
    spaceAfter: 6,
    outline: 1,
    rule: true,
  });
  placeParagraph(flow, intro, 'intro', flow.node('P', parent));
  flow.space(6);
  for (const item of items) {
    flow.space(item.strong ? 6 : ITEM_GAP);
    flow.ensure(height(item.term, item.definition, item.strong));
    const term = textBlock(item.term, item.strong ? 'term' : 'glossaryTerm', { x: flow.left, y: flow.y, width: TERM_WIDTH }, flow.node('H3', parent));
    const body = textBlock(item.definition, 'definition', { x: flow.left + TERM_WIDTH + TERM_GAP, y: flow.y, width: measure }, flow.node('P', parent));
    flow.add(term.block);
    flow.add(body.block);
    flow.y += Math.max(term.height, body.height);
  }
}
