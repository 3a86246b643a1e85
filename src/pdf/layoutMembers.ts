/**
 * The "members" section type: the scope's countries ranked by criminality, each with its
 * criminality and resilience, its ranks within the scope and among all countries beside the
 * previous edition's, and its quadrant. The world brief lists the top and the bottom of the 193
 * instead, with each country's region.
 */
import { countryName, groupName } from '../index/countries.js';
import type { MemberRow, ScopeRank } from '../model/buildScopeBrief.js';
import { formatScore, ordinal } from '../present/formatFigures.js';
import { text } from './layoutContext.js';
import { placeTable, tableLeadHeight, type Cell, type Column, type Row, type TableSpec } from './layoutTable.js';
import { firstLinesHeight, placeHeading, placeParagraph, SECTION_SPACE } from './layoutText.js';
import type { ScopeLayoutContext } from './scopeLayoutContext.js';
import type { MembersSection } from './scopeTemplate.js';

/** Country, criminality, its two ranks, resilience, its two ranks, quadrant. */
const SCOPE_COLUMNS: readonly Column[] = [
  { x: 0, width: 100, align: 'left' },
  { x: 102, width: 40, align: 'right' },
  { x: 144, width: 56, align: 'right' },
  { x: 202, width: 56, align: 'right' },
  { x: 264, width: 40, align: 'right' },
  { x: 306, width: 56, align: 'right' },
  { x: 364, width: 56, align: 'right' },
  { x: 426, width: 42, align: 'left' },
];
/** Country, region, criminality, rank, resilience, rank, quadrant. */
const WORLD_COLUMNS: readonly Column[] = [
  { x: 0, width: 108, align: 'left' },
  { x: 112, width: 92, align: 'left' },
  { x: 208, width: 40, align: 'right' },
  { x: 252, width: 56, align: 'right' },
  { x: 316, width: 40, align: 'right' },
  { x: 360, width: 56, align: 'right' },
  { x: 424, width: 44, align: 'left' },
];

/** "6th (6th)": the rank and, in brackets, the previous edition's. */
function rankText(context: ScopeLayoutContext, rank: ScopeRank): string {
  return rank.previous === null || context.brief.previousEdition === null ? ordinal(rank.rank) : `${ordinal(rank.rank)} (${ordinal(rank.previous)})`;
}

function memberRow(context: ScopeLayoutContext, member: MemberRow, world: boolean): Row {
  const cell = (words: string, extra: Partial<Cell> = {}): Cell => ({ text: words, type: 'cell', ...extra });
  const { criminality, resilience } = member.ranks;
  const quadrant = cell(context.template.quadrantShort[member.quadrant], { type: 'cellMuted' });
  const cells = world
    ? [
        cell(countryName(member.country), { header: true }),
        cell(groupName(member.country.region), { type: 'cellMuted' }),
        cell(formatScore(member.criminality), { type: 'cellStrong' }),
        cell(rankText(context, criminality.world)),
        cell(formatScore(member.resilience), { type: 'cellStrong' }),
        cell(rankText(context, resilience.world)),
        quadrant,
      ]
    : [
        cell(countryName(member.country), { header: true }),
        cell(formatScore(member.criminality), { type: 'cellStrong' }),
        cell(rankText(context, criminality.scope)),
        cell(rankText(context, criminality.world)),
        cell(formatScore(member.resilience), { type: 'cellStrong' }),
        cell(rankText(context, resilience.scope)),
        cell(rankText(context, resilience.world)),
        quadrant,
      ];
  return { kind: 'cells', cells };
}

/** The members' table: all of them, or (`world`) the given slice of the 193. */
export function membersTable(context: ScopeLayoutContext, section: MembersSection, members: readonly MemberRow[], world: boolean): TableSpec {
  const words = section.columns;
  const header = world
    ? [words.country, words.region, words.criminality, words.rankAmongAll, words.resilience, words.rankAmongAll, words.quadrant]
    : [words.country, words.criminality, words.rankInScope, words.rankAmongAll, words.resilience, words.rankInScope, words.rankAmongAll, words.quadrant];
  return {
    columns: world ? WORLD_COLUMNS : SCOPE_COLUMNS,
    header: header.map((h) => text(context, h)),
    rows: members.map((member) => memberRow(context, member, world)),
  };
}

export function layoutMembers(context: ScopeLayoutContext, section: MembersSection, parent: string): void {
  const { flow, brief } = context;
  const first = brief.previousEdition === null;
  const world = brief.kind === 'world';
  const count = section.world.count;
  const heading = text(context, world ? section.world.heading : section.heading);
  const intro = text(context, world ? (first ? section.world.introFirstEdition : section.world.intro) : first ? section.introFirstEdition : section.intro, { count });
  const parts = world
    ? [
        { heading: text(context, section.world.top, { count }), members: brief.members.slice(0, count) },
        { heading: text(context, section.world.bottom, { count }), members: brief.members.slice(-count) },
      ]
    : [{ heading: null, members: brief.members }];
  const tables = parts.map((part) => membersTable(context, section, part.members, world));
  placeHeading(flow, heading, 'h2', 'H2', parent, {
    keepWith: firstLinesHeight(intro, 'intro', flow.width) + 8 + tableLeadHeight(tables[0]!),
    spaceBefore: SECTION_SPACE, spaceAfter: 6, outline: 1, rule: true,
  });
  placeParagraph(flow, intro, 'intro', flow.node('P', parent));
  parts.forEach((part, i) => {
    if (part.heading !== null) placeHeading(flow, part.heading, 'h3', 'H3', parent, { keepWith: tableLeadHeight(tables[i]!), spaceBefore: 10, spaceAfter: 2, outline: 2 });
    else flow.space(8);
    placeTable(flow, parent, tables[i]!);
  });
}
