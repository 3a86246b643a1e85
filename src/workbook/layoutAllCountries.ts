/**
 * IndexModel + edition → the all-countries Scores and Deltas tables. Both start alike: ISO3,
 * country, continent, region, the four composites and every indicator of the edition. Scores
 * then has the criminality and resilience ranks (world, continent, region); Deltas, which holds
 * this edition minus the previous one ("n/a", as the briefs print it, where an indicator is new),
 * has each of those ranks in the previous edition beside the rank in this one: never a signed
 * rank change, whose sign ocindex.net printed both ways. The first edition in the data has no
 * Deltas at all (null), rather than a sheet of blanks. One row per country, in English name
 * order. Each table carries the legend of the colours it uses.
 */
import type { Country } from '../index/countries.js';
import { type CompositeId, COMPOSITES, groupLabel, type Indicator, indicatorsOf } from '../index/taxonomy.js';
import { previousEditionOf } from '../model/buildCountryBrief.js';
import { SCOPES, type EditionModel, type IndexModel, type Scope } from '../model/buildIndexModel.js';
import type { EditionPlaceholders } from './editionPlaceholders.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { layoutLegend } from './layoutLegend.js';
import { sortCountries } from './sortCountries.js';
import { cell, fromHundredths, notAvailableCell, toneOfChange, type CellPlan, type ColumnPlan, type HigherIs, type TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';
import { countryName, groupName } from '../index/countries.js';

export const RANKED: readonly CompositeId[] = ['criminality', 'resilience'];

/** One score a column holds, and how to read it from an edition. */
interface Measure {
  readonly header: string;
  readonly higherIs: HigherIs;
  readonly note: string;
  /** The score in hundredths, or undefined when the edition lacks it. */
  readonly read: (edition: EditionModel, iso3: string) => number | undefined;
  /** Not in the previous edition: its change column reads n/a. */
  readonly isNew: boolean;
}

function measuresOf(edition: number, previous: EditionModel | undefined, template: WorkbookTemplate): Measure[] {
  const notes = template.notes;
  const composites = COMPOSITES.map(
    (composite): Measure => ({
      header: composite.name,
      higherIs: composite.higherIs,
      note: fillPlaceholders(notes.compositeHeader, { higherIs: template.higherIs[composite.higherIs], definition: composite.definition }),
      read: (model, iso3) => model.scores.countries.get(iso3)?.hundredths[composite.id],
      isNew: false,
    }),
  );
  const indicators = indicatorsOf(edition).map((indicator: Indicator): Measure => {
    const score = (model: EditionModel, iso3: string) => model.scores.countries.get(iso3)?.scores[indicator.id];
    return {
      header: indicator.name,
      higherIs: indicator.higherIs,
      note: fillPlaceholders(notes.indicatorHeader, {
        group: groupLabel(indicator.group),
        higherIs: template.higherIs[indicator.higherIs],
        definition: indicator.definition,
      }),
      read: (model, iso3) => {
        const value = score(model, iso3);
        return value === undefined ? undefined : Math.round(value * 100);
      },
      isNew: previous !== undefined && !previous.scores.indicatorIds.includes(indicator.id),
    };
  });
  return [...composites, ...indicators];
}

/** A rank column: which composite and which scope (world, continent, region). */
export interface RankMeasure {
  readonly id: CompositeId;
  readonly name: string;
  readonly scope: Scope;
}

/** Criminality then resilience, each world, continent, region. */
export function rankMeasures(): RankMeasure[] {
  return RANKED.flatMap((id) => SCOPES.map((scope) => ({ id, scope, name: COMPOSITES.find((c) => c.id === id)!.name })));
}

/** "Criminality rank in 2023, world": a rank named with its edition, so two side by side cannot be confused. */
export function rankInHeader(template: WorkbookTemplate, composite: string, scope: Scope, edition: number): string {
  const columns = template.allCountries.columns;
  return fillPlaceholders(columns.rankIn, { composite, edition, scope: columns.scopes[scope] });
}

export function identityColumns(template: WorkbookTemplate): ColumnPlan[] {
  const labels = template.allCountries.columns;
  return [labels.iso3, labels.country, labels.continent, labels.region].map((header): ColumnPlan => ({ header, kind: 'text' }));
}

export function identityCells(country: Country): CellPlan[] {
  return [cell(country.iso3), cell(countryName(country)), cell(groupName(country.continent)), cell(groupName(country.region))];
}

export function editionOf(model: IndexModel, edition: number): EditionModel {
  const found = model.editions.get(edition);
  if (!found) throw new Error(`no ${edition} edition in the data`);
  return found;
}

export function layoutAllScores(model: IndexModel, edition: number, template: WorkbookTemplate): TablePlan {
  const current = editionOf(model, edition);
  const measures = measuresOf(edition, undefined, template);
  const ranks = rankMeasures();
  const labels = template.allCountries.columns;
  const columns: ColumnPlan[] = [
    ...identityColumns(template),
    ...measures.map((m): ColumnPlan => ({ header: m.header, kind: 'score', headerNote: m.note, colourScale: m.higherIs })),
    ...ranks.map((r): ColumnPlan => ({ header: fillPlaceholders(labels.rank, { composite: r.name, scope: labels.scopes[r.scope] }), kind: 'integer' })),
  ];
  const rows = sortCountries(current.scores.countries.keys()).map((country) => [
    ...identityCells(country),
    ...measures.map((m) => {
      const value = m.read(current, country.iso3);
      return cell(value === undefined ? null : fromHundredths(value));
    }),
    ...ranks.map((r) => cell(current.ranks[r.id][r.scope].get(country.iso3) ?? null)),
  ]);
  return { columns, rows, frozenColumns: 2, legend: layoutLegend(columns, rows, template) };
}

export function layoutAllDeltas(model: IndexModel, edition: number, template: WorkbookTemplate, shared: EditionPlaceholders): TablePlan | null {
  const previousEdition = previousEditionOf(model, edition);
  if (previousEdition === null) return null;
  const current = editionOf(model, edition);
  const previous = editionOf(model, previousEdition);
  const measures = measuresOf(edition, previous, template);
  const newNote = fillPlaceholders(template.notes.newIndicatorColumn, shared);
  // Each rank in the previous edition, then in this one.
  const rankPairs = rankMeasures().flatMap((r) => [
    { ...r, edition: previousEdition, model: previous },
    { ...r, edition, model: current },
  ]);
  const columns: ColumnPlan[] = [
    ...identityColumns(template),
    ...measures.map((m): ColumnPlan => ({ header: m.header, kind: 'change', headerNote: m.isNew ? `${newNote}\n${m.note}` : m.note })),
    ...rankPairs.map((r): ColumnPlan => ({ header: rankInHeader(template, r.name, r.scope, r.edition), kind: 'integer' })),
  ];
  const rows = sortCountries(current.scores.countries.keys()).map((country) => [
    ...identityCells(country),
    ...measures.map((m): CellPlan => {
      if (m.isNew) return notAvailableCell(template.notAvailable);
      const [now, before] = [m.read(current, country.iso3), m.read(previous, country.iso3)];
      if (now === undefined || before === undefined) return cell(null);
      const change = now - before;
      return cell(fromHundredths(change), { tone: toneOfChange(change, m.higherIs) });
    }),
    ...rankPairs.map((r) => cell(r.model.ranks[r.id][r.scope].get(country.iso3) ?? null)),
  ]);
  return { columns, rows, frozenColumns: 2, legend: layoutLegend(columns, rows, template, { more: [template.legend.ranks], values: shared }) };
}
