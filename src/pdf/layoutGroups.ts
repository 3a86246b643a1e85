/**
 * The "groups" section type: the averages of the groups within the scope, with their changes.
 * The world brief lists its 5 continents, then the 22 regions under their continents; a
 * continental brief lists its regions; a regional brief has no such section.
 */
import { groupName } from '../index/countries.js';
import type { SubgroupRow } from '../model/buildScopeBrief.js';
import { formatScore } from '../present/formatFigures.js';
import { text } from './layoutContext.js';
import { changeCell, placeTableSection, type Cell, type Column, type Row, type TableSpec } from './layoutTable.js';
import type { ScopeLayoutContext } from './scopeLayoutContext.js';
import type { GroupsSection } from './scopeTemplate.js';

/** Group, countries, criminality, change, resilience, change. */
const COLUMNS: readonly Column[] = [
  { x: 0, width: 150, align: 'left' },
  { x: 154, width: 46, align: 'right' },
  { x: 206, width: 56, align: 'right' },
  { x: 266, width: 70, align: 'right' },
  { x: 342, width: 56, align: 'right' },
  { x: 398, width: 70, align: 'right' },
];
const FIRST_EDITION_COLUMNS: readonly Column[] = [
  { x: 0, width: 220, align: 'left' },
  { x: 224, width: 60, align: 'right' },
  { x: 300, width: 80, align: 'right' },
  { x: 388, width: 80, align: 'right' },
];

function groupRow(context: ScopeLayoutContext, group: SubgroupRow): Row {
  const first = context.brief.previousEdition === null;
  const change = (pair: SubgroupRow['criminality']) => (pair.previous === null ? null : pair.value - pair.previous);
  const cells: Cell[] = [
    { text: groupName(group.name), type: group.kind === 'continent' ? 'cellStrong' : 'cell', header: true },
    { text: String(group.size), type: 'cellMuted' },
    { text: formatScore(group.criminality.value), type: 'cellStrong' },
    ...(first ? [] : [changeCell(change(group.criminality), 'worse', context.template.notAvailable)]),
    { text: formatScore(group.resilience.value), type: 'cellStrong' },
    ...(first ? [] : [changeCell(change(group.resilience), 'better', context.template.notAvailable)]),
  ];
  return { kind: 'cells', cells };
}

export function groupsTable(context: ScopeLayoutContext, section: GroupsSection): TableSpec {
  const { brief } = context;
  const first = brief.previousEdition === null;
  const words = section.columns;
  const rows: Row[] = [];
  if (brief.kind === 'world') {
    const continents = brief.subgroups.filter((g) => g.kind === 'continent');
    rows.push({ kind: 'group', text: text(context, section.continents) });
    rows.push(...continents.map((g) => groupRow(context, g)));
    for (const continent of continents) {
      rows.push({ kind: 'group', text: groupName(continent.name) });
      rows.push(...brief.subgroups.filter((g) => g.kind === 'region' && g.continent === continent.name).map((g) => groupRow(context, g)));
    }
  } else {
    rows.push(...brief.subgroups.map((g) => groupRow(context, g)));
  }
  const change = first ? [] : [text(context, words.change)];
  return {
    columns: first ? FIRST_EDITION_COLUMNS : COLUMNS,
    header: [text(context, words.group), text(context, words.countries), text(context, words.criminality), ...change, text(context, words.resilience), ...change],
    rows,
  };
}

export function layoutGroups(context: ScopeLayoutContext, section: GroupsSection, parent: string): void {
  const { brief } = context;
  if (brief.subgroups.length === 0) return;
  const world = brief.kind === 'world';
  // a continent's few regions stay together; the world's 27 rows may split, with the header repeated
  placeTableSection(context.flow, parent, {
    heading: text(context, world ? section.world.heading : section.heading),
    intro: text(context, world ? section.world.intro : section.intro),
    table: groupsTable(context, section),
    whole: !world,
  });
}
