/**
 * IndexModel + edition → the Regions table: the world, then each continent followed by its
 * regions (English name order), with the number of countries and the mean of every composite
 * and indicator. Each column reads one way, so each gets a conditional colour scale, which the
 * legend above the table explains.
 */
import { CONTINENTS, COUNTRIES, groupName } from '../index/countries.js';
import { COMPOSITES, indicatorsOf } from '../index/taxonomy.js';
import type { IndexModel } from '../model/buildIndexModel.js';
import { layoutLegend } from './layoutLegend.js';
import { sortNames } from './sortCountries.js';
import { cell, fromHundredths, type CellPlan, type ColumnPlan, type TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

interface Group {
  readonly scope: 'world' | 'continent' | 'region';
  /** The key of model averages and sizes: "World", "Americas", "South America". */
  readonly name: string;
  readonly continent: string | null;
}

function groupsInOrder(): Group[] {
  const groups: Group[] = [{ scope: 'world', name: 'World', continent: null }];
  for (const continent of CONTINENTS) {
    groups.push({ scope: 'continent', name: continent, continent });
    const regions = new Set(COUNTRIES.filter((c) => c.continent === continent).map((c) => c.region));
    for (const region of sortNames(regions)) groups.push({ scope: 'region', name: region, continent });
  }
  return groups;
}

export function layoutRegions(model: IndexModel, edition: number, template: WorkbookTemplate): TablePlan {
  const current = model.editions.get(edition);
  if (!current) throw new Error(`no ${edition} edition in the data`);
  const labels = template.allCountries.regions;
  const measures = [...COMPOSITES.map((c) => ({ id: c.id, header: c.name, higherIs: c.higherIs })), ...indicatorsOf(edition).map((i) => ({ id: i.id, header: i.name, higherIs: i.higherIs }))];
  const columns: ColumnPlan[] = [
    { header: labels.scope, kind: 'text' },
    { header: labels.name, kind: 'text' },
    { header: labels.continent, kind: 'text' },
    { header: labels.countries, kind: 'integer' },
    ...measures.map((m): ColumnPlan => ({ header: m.header, kind: 'score', colourScale: m.higherIs })),
  ];
  const rows = groupsInOrder()
    .filter((group) => current.averages.has(group.name))
    .map((group): CellPlan[] => {
      const averages = current.averages.get(group.name)!;
      const name = group.scope === 'world' ? labels.scopes.world : groupName(group.name);
      return [
        cell(labels.scopes[group.scope]),
        cell(name),
        cell(group.continent === null ? null : groupName(group.continent)),
        cell(current.sizes.get(group.name) ?? null),
        ...measures.map((m) => {
          const value = averages[m.id];
          return cell(value === undefined ? null : fromHundredths(value));
        }),
      ];
    });
  return { columns, rows, frozenColumns: 2, legend: layoutLegend(columns, rows, template) };
}
