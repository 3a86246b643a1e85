/**
 * The "narrative" section type: the country profile's paragraphs, each under its pillar and
 * group heading (taxonomy order; a paragraph keeps its place within its group), unplaced ones
 * first under a general heading; the group's name stands above its paragraphs, which run the
 * full column. The analysis belongs to its edition: without a profile of the brief's own
 * edition, one sentence points to the brief of the latest edition that has one, and a country
 * with no profile at all has no such section.
 */
import { groupLabel, MARKET_GROUPS, RESILIENCE_GROUPS, type Group, type Pillar } from '../index/taxonomy.js';
import type { Paragraph } from '../load/schemas.js';
import type { NarrativeSection } from './briefTemplate.js';
import { countryOutputPaths } from '../outputPaths.js';
import { currentLang } from '../present/locale.js';
import { text, type LayoutContext } from './layoutContext.js';
import { firstLinesHeight, placeHeading, placeParagraph, SECTION_SPACE } from './layoutText.js';
import { TYPE } from './typeStyles.js';

const GROUP_ORDER: readonly Group[] = [...MARKET_GROUPS, 'Criminal actors', ...RESILIENCE_GROUPS];
const PARAGRAPH_GAP = 4;

interface Part {
  readonly pillar: Pillar | null;
  readonly group: Group | null;
  readonly paragraphs: readonly Paragraph[];
}

/** Paragraphs → parts in reading order: unplaced, then each pillar's ungrouped and grouped ones. */
export function narrativeParts(paragraphs: readonly Paragraph[]): Part[] {
  const parts: Part[] = [];
  const push = (pillar: Pillar | null, group: Group | null, of: Paragraph[]) => {
    if (of.length > 0) parts.push({ pillar, group, paragraphs: of });
  };
  push(
    null,
    null,
    paragraphs.filter((p) => p.pillar === null),
  );
  for (const pillar of ['criminality', 'resilience'] as const) {
    const mine = paragraphs.filter((p) => p.pillar === pillar);
    push(
      pillar,
      null,
      mine.filter((p) => p.group === null),
    );
    for (const group of GROUP_ORDER)
      push(
        pillar,
        group,
        mine.filter((p) => p.group === group),
      );
  }
  return parts;
}

export function layoutNarrative(context: LayoutContext, section: NarrativeSection, parent: string): void {
  const { flow, brief } = context;
  const profile = brief.profile;
  const earlier = brief.earlierProfileEdition;
  if (!profile && earlier === null) return;
  const intro = profile
    ? text(context, section.intro)
    : text(context, section.earlier, { earlierEdition: earlier!, earlierFile: countryOutputPaths(brief.country.iso3, earlier!, 'pdf', context.flow.geometry.paper, false, currentLang())[0]! });
  placeHeading(flow, text(context, section.heading), 'h2', 'H2', parent, {
    keepWith: firstLinesHeight(intro, 'intro', flow.width),
    spaceBefore: SECTION_SPACE,
    spaceAfter: 8,
    outline: 1,
    rule: true,
  });
  placeParagraph(flow, intro, profile ? 'intro' : 'body', flow.node('P', parent));
  if (!profile) return;

  let pillar: Pillar | null | undefined;
  for (const part of narrativeParts(profile.paragraphs)) {
    const lead = firstLinesHeight(part.paragraphs[0]!.text, 'narrative', flow.width);
    const groupHead = part.group === null ? 0 : TYPE.h4.leading + 2;
    if (part.pillar !== pillar) {
      pillar = part.pillar;
      const title = pillar === null ? section.general : section.pillars[pillar];
      placeHeading(flow, title, 'h3', 'H3', parent, { keepWith: GROUP_GAP + groupHead + lead, spaceBefore: 16, spaceAfter: 0, outline: 2 });
    }
    flow.space(GROUP_GAP);
    // The group's name stands above its paragraphs, which run the full column.
    if (part.group !== null) placeHeading(flow, groupLabel(part.group), 'h4', 'H4', parent, { keepWith: lead, spaceBefore: 0, spaceAfter: 2 });
    placeGroup(flow, part.paragraphs, parent);
  }
}

const GROUP_GAP = 8;

function placeGroup(flow: LayoutContext['flow'], paragraphs: readonly Paragraph[], parent: string): void {
  paragraphs.forEach((paragraph, i) => {
    if (i > 0) flow.space(PARAGRAPH_GAP);
    // GI-TOC's words, as published: English, whatever the brief's language (screen readers switch voice)
    placeParagraph(flow, paragraph.text, 'narrative', flow.node('P', parent, currentLang() === 'en' ? {} : { lang: 'en' }));
  });
}
