/**
 * ScopeBrief → the Members table: one row per member country in the brief's order (the most
 * criminal first), with its quadrant, its criminality and its ranks, then its resilience and its
 * ranks. Each rank stands beside the previous edition's (never a signed rank change),
 * within the scope and among all countries; the world's own workbook has the latter only, as
 * the two are the same there. A continent's and the world's members carry their region (and
 * continent), so a reader can filter them. Scores are shaded by a colour scale per column.
 */
import { COMPOSITES } from '../index/taxonomy.js';
// the quadrants are named as the briefs name them, in the output's language
import { briefTemplateFor } from '../pdf/briefTemplate.js';
import { scopeMembers, WORLD, type MemberRow, type ScopeBrief, type ScopeRank } from '../model/buildScopeBrief.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { layoutLegend } from './layoutLegend.js';
import { worldGroup, type ScopePlaceholders } from './scopePlaceholders.js';
import { cell, fromHundredths, type CellPlan, type ColumnPlan, type TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';
import { countryName, groupName } from '../index/countries.js';

/** A column and how to fill it for a member. */
interface Column {
  readonly plan: ColumnPlan;
  readonly cellFor: (member: MemberRow) => CellPlan;
}

const RANKED = ['criminality', 'resilience'] as const;

export function layoutScopeMembers(brief: ScopeBrief, template: WorkbookTemplate, names: ScopePlaceholders): TablePlan {
  const labels = template.scope.members;
  const compared = brief.previousEdition !== null;
  const text = (header: string, read: (member: MemberRow) => string): Column => ({ plan: { header, kind: 'text' }, cellFor: (m) => cell(read(m)) });

  // ISO3 and country first, as on the all-countries sheets; the legend's words then sit in the
  // country column, which is wide anyway.
  const identity: Column[] = [
    text(labels.iso3, (m) => m.country.iso3),
    text(labels.country, (m) => countryName(m.country)),
    ...(brief.kind === 'world' ? [text(labels.continent, (m) => groupName(m.country.continent))] : []),
    ...(brief.kind !== 'region' ? [text(labels.region, (m) => groupName(m.country.region))] : []),
  ];

  // Within the scope (not for the world, where it is the rank among all), then among all countries.
  const groups = [
    ...(brief.kind !== 'world' ? [{ group: names.group, of: brief.members.length, pick: 'scope' as const }] : []),
    { group: worldGroup(template), of: scopeMembers('world', WORLD).length, pick: 'world' as const },
  ];
  const pillar = (id: (typeof RANKED)[number]): Column[] => {
    const composite = COMPOSITES.find((c) => c.id === id)!;
    const rankOf = (pick: 'scope' | 'world', m: MemberRow): ScopeRank => m.ranks[id][pick];
    return [
      {
        plan: { header: fillPlaceholders(labels.score, { composite: composite.name, edition: brief.edition }), kind: 'score', colourScale: composite.higherIs },
        cellFor: (m) => cell(fromHundredths(m[id])),
      },
      ...groups.flatMap(({ group, of, pick }): Column[] => [
        {
          plan: { header: fillPlaceholders(labels.rank, { ...names, composite: composite.name, group, of }), kind: 'integer' },
          cellFor: (m) => cell(rankOf(pick, m).rank),
        },
        ...(compared
          ? [
              {
                plan: { header: fillPlaceholders(labels.previousRank, { ...names, composite: composite.name, group }), kind: 'integer' as const },
                cellFor: (m: MemberRow) => cell(rankOf(pick, m).previous),
              },
            ]
          : []),
      ]),
    ];
  };

  // Beside the names rather than last: text right after a column of right-aligned ranks runs into them.
  const quadrant = text(fillPlaceholders(labels.quadrant, names), (m) => briefTemplateFor().quadrants[m.quadrant].title);
  const all = [...identity, quadrant, ...RANKED.flatMap(pillar)];
  const columns = all.map((c) => c.plan);
  const rows = brief.members.map((member) => all.map((c) => c.cellFor(member)));
  return { columns, rows, frozenColumns: 2, legend: layoutLegend(columns, rows, template, { more: [template.legend.ranks] }) };
}
