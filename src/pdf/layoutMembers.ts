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
import { TYPE } from './typeStyles.js';
import { textWidth } from './wrapText.js';
import type { MembersSection } from './scopeTemplate.js';

/** The space between two columns. */
const GAP = 5;
/** The first column (country) never narrower than this; it takes what the others leave. */
const MIN_NAME = 90;

/**
 * Columns as wide as their widest cell, or their header's longest word (headers wrap between
 * words), so the figures of every language ("113th (120th)", "élevée / faible") stay on one
 * line; the first column takes the rest. Figures align right, words left.
 */
function fitColumns(header: readonly string[], rows: readonly Row[], width: number): Column[] {
  const widest = header.map((words, i) => {
    const cells = rows.flatMap((row) => (row.kind === 'cells' && row.cells[i] ? [textWidth(row.cells[i]!.text, TYPE[row.cells[i]!.type])] : []));
    const longestWord = Math.max(0, ...words.split(/\s+/).map((word) => textWidth(word, TYPE.tableHead)));
    return Math.ceil(Math.max(longestWord, ...cells)) + 1;
  });
  const words = (i: number) => i === 0 || rows.every((row) => row.kind !== 'cells' || !/\d/.test(row.cells[i]?.text ?? ''));
  const rest = widest.slice(1).reduce((sum, w) => sum + w + GAP, 0);
  const first = Math.max(MIN_NAME, width - rest);
  const columns: Column[] = [];
  let x = 0;
  widest.forEach((w, i) => {
    const columnWidth = i === 0 ? first : w;
    columns.push({ x, width: columnWidth, align: words(i) ? 'left' : 'right' });
    x += columnWidth + GAP;
  });
  return columns;
}

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

/** The members' tables: all of them in one, or (the world) its top and bottom, sharing columns fitted to them all. */
function membersTables(context: ScopeLayoutContext, section: MembersSection, parts: readonly (readonly MemberRow[])[], world: boolean): TableSpec[] {
  const words = section.columns;
  const header = (
    world
      ? [words.country, words.region, words.criminality, words.rankAmongAll, words.resilience, words.rankAmongAll, words.quadrant]
      : [words.country, words.criminality, words.rankInScope, words.rankAmongAll, words.resilience, words.rankInScope, words.rankAmongAll, words.quadrant]
  ).map((h) => text(context, h));
  const rows = parts.map((members) => members.map((member) => memberRow(context, member, world)));
  const columns = fitColumns(header, rows.flat(), context.flow.width);
  return rows.map((partRows) => ({ columns, header, rows: partRows }));
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
  const tables = membersTables(
    context,
    section,
    parts.map((part) => part.members),
    world,
  );
  placeHeading(flow, heading, 'h2', 'H2', parent, {
    keepWith: firstLinesHeight(intro, 'intro', flow.width) + 8 + tableLeadHeight(tables[0]!),
    spaceBefore: SECTION_SPACE,
    spaceAfter: 6,
    outline: 1,
    rule: true,
  });
  placeParagraph(flow, intro, 'intro', flow.node('P', parent));
  parts.forEach((part, i) => {
    if (part.heading !== null) placeHeading(flow, part.heading, 'h3', 'H3', parent, { keepWith: tableLeadHeight(tables[i]!), spaceBefore: 10, spaceAfter: 2, outline: 2 });
    else flow.space(8);
    placeTable(flow, parent, tables[i]!);
  });
}
