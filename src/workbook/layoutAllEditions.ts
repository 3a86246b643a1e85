/**
 * IndexModel + edition → the all-countries Editions table: every edition up to this one side by
 * side (never a later one), one row per country in English name order. For each composite, its
 * value in each edition, oldest first, then its change between each two consecutive editions;
 * then the criminality and resilience ranks (world, continent, region), each in every edition
 * side by side. A rank move is read from the ranks themselves: there is no signed rank change.
 */
import { COMPOSITES, type Composite } from '../index/taxonomy.js';
import type { IndexModel } from '../model/buildIndexModel.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { editionOf, identityCells, identityColumns, rankInHeader, rankMeasures } from './layoutAllCountries.js';
import { layoutLegend } from './layoutLegend.js';
import { sortCountries } from './sortCountries.js';
import { cell, fromHundredths, toneOfChange, type CellPlan, type ColumnPlan, type TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

/** A column and how to fill it for a country. */
interface Column {
  readonly plan: ColumnPlan;
  readonly cellFor: (iso3: string) => CellPlan;
}

/** The editions in the data up to `edition`, oldest first. */
export function editionsUpTo(model: IndexModel, edition: number): number[] {
  return [...model.editions.keys()].filter((year) => year <= edition).sort((a, b) => a - b);
}

export function layoutAllEditions(model: IndexModel, edition: number, template: WorkbookTemplate): TablePlan {
  const current = editionOf(model, edition);
  const years = editionsUpTo(model, edition);
  const steps = years.slice(1).map((to, n) => ({ from: years[n]!, to }));
  const texts = template.allCountries.editions;
  const scoreOf = (composite: Composite, year: number, iso3: string) => editionOf(model, year).scores.countries.get(iso3)?.hundredths[composite.id];

  const compositeColumns = (composite: Composite): Column[] => {
    const note = fillPlaceholders(template.notes.compositeHeader, {
      higherIs: template.higherIs[composite.higherIs],
      definition: composite.definition,
    });
    const values = years.map(
      (year): Column => ({
        plan: { header: fillPlaceholders(texts.score, { composite: composite.name, edition: year }), kind: 'score', headerNote: note, colourScale: composite.higherIs },
        cellFor: (iso3) => {
          const value = scoreOf(composite, year, iso3);
          return cell(value === undefined ? null : fromHundredths(value));
        },
      }),
    );
    const changes = steps.map(
      ({ from, to }): Column => ({
        plan: {
          header: fillPlaceholders(texts.change, { composite: composite.name, from, to }),
          kind: 'change',
          headerNote: fillPlaceholders(template.notes.changeBetween, { from, to }),
        },
        cellFor: (iso3) => {
          const [before, after] = [scoreOf(composite, from, iso3), scoreOf(composite, to, iso3)];
          if (before === undefined || after === undefined) return cell(null);
          return cell(fromHundredths(after - before), { tone: toneOfChange(after - before, composite.higherIs) });
        },
      }),
    );
    return [...values, ...changes];
  };

  const rankColumns = rankMeasures().flatMap((rank) =>
    years.map(
      (year): Column => ({
        plan: { header: rankInHeader(template, rank.name, rank.scope, year), kind: 'integer' },
        cellFor: (iso3) => cell(editionOf(model, year).ranks[rank.id][rank.scope].get(iso3) ?? null),
      }),
    ),
  );

  const measures = [...COMPOSITES.flatMap(compositeColumns), ...rankColumns];
  const columns = [...identityColumns(template), ...measures.map((m) => m.plan)];
  const rows = sortCountries(current.scores.countries.keys()).map((country) => [...identityCells(country), ...measures.map((m) => m.cellFor(country.iso3))]);
  return { columns, rows, frozenColumns: 2, legend: layoutLegend(columns, rows, template, { more: [template.legend.ranks] }) };
}
