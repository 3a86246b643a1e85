/**
 * IndexModel + edition → the all-countries Scores and Deltas tables, which share one shape:
 * ISO3, country, continent, region, the four composites, every indicator of the edition, then
 * the criminality and resilience ranks (world, continent, region). One row per country, in
 * English name order. Deltas hold this edition minus the previous one, blank (not zero) where
 * an indicator is new or there is no previous edition.
 */
import type { Country } from '../index/countries.js';
import { COMPOSITES, indicatorsOf, type CompositeId, type Indicator } from '../index/taxonomy.js';
import { previousEditionOf } from '../model/buildCountryBrief.js';
import { SCOPES, type EditionModel, type IndexModel, type Scope } from '../model/buildIndexModel.js';
import type { EditionPlaceholders } from './editionPlaceholders.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { sortCountries } from './sortCountries.js';
import { cell, fromHundredths, toneOfChange, type CellPlan, type ColumnPlan, type HigherIs, type TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

const RANKED: readonly CompositeId[] = ['criminality', 'resilience'];

/** One measure a column holds, and how to read it from an edition. */
interface Measure {
  readonly header: string;
  readonly kind: 'score' | 'rank';
  readonly higherIs: HigherIs;
  readonly note: string;
  /** The score (hundredths) or rank, or undefined when the edition lacks it. */
  readonly read: (edition: EditionModel, iso3: string) => number | undefined;
  /** Not in the previous edition: its change column stays blank. */
  readonly isNew: boolean;
}

function measuresOf(edition: number, previous: EditionModel | undefined, template: WorkbookTemplate): Measure[] {
  const notes = template.notes;
  const composites = COMPOSITES.map((composite): Measure => ({
    header: composite.name,
    kind: 'score',
    higherIs: composite.higherIs,
    note: fillPlaceholders(notes.compositeHeader, { higherIs: template.higherIs[composite.higherIs], definition: composite.definition }),
    read: (model, iso3) => model.scores.countries.get(iso3)?.hundredths[composite.id],
    isNew: false,
  }));
  const indicators = indicatorsOf(edition).map((indicator: Indicator): Measure => {
    const score = (model: EditionModel, iso3: string) => model.scores.countries.get(iso3)?.scores[indicator.id];
    return {
      header: indicator.name,
      kind: 'score',
      higherIs: indicator.higherIs,
      note: fillPlaceholders(notes.indicatorHeader, {
        group: indicator.group,
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
  const columns = template.allCountries.columns;
  const ranks = RANKED.flatMap((id) =>
    SCOPES.map((scope: Scope): Measure => {
      const composite = COMPOSITES.find((c) => c.id === id)!;
      return {
        header: fillPlaceholders(columns.rank, { composite: composite.name, scope: columns.scopes[scope] }),
        kind: 'rank',
        higherIs: composite.higherIs,
        note: '',
        read: (model, iso3) => model.ranks[id][scope].get(iso3),
        isNew: false,
      };
    }),
  );
  return [...composites, ...indicators, ...ranks];
}

function identityColumns(template: WorkbookTemplate): ColumnPlan[] {
  const labels = template.allCountries.columns;
  return [labels.iso3, labels.country, labels.continent, labels.region].map((header): ColumnPlan => ({ header, kind: 'text' }));
}

function identityCells(country: Country): CellPlan[] {
  return [cell(country.iso3), cell(country.name), cell(country.continent), cell(country.region)];
}

function editionOf(model: IndexModel, edition: number): EditionModel {
  const found = model.editions.get(edition);
  if (!found) throw new Error(`no ${edition} edition in the data`);
  return found;
}

export function layoutAllScores(model: IndexModel, edition: number, template: WorkbookTemplate): TablePlan {
  const current = editionOf(model, edition);
  const measures = measuresOf(edition, undefined, template);
  const columns: ColumnPlan[] = [
    ...identityColumns(template),
    ...measures.map((m): ColumnPlan => ({
      header: m.header,
      kind: m.kind === 'rank' ? 'integer' : 'score',
      ...(m.note ? { headerNote: m.note } : {}),
      ...(m.kind === 'score' ? { colourScale: m.higherIs } : {}),
    })),
  ];
  const rows = sortCountries(current.scores.countries.keys()).map((country) => [
    ...identityCells(country),
    ...measures.map((m) => {
      const value = m.read(current, country.iso3);
      return cell(value === undefined ? null : m.kind === 'rank' ? value : fromHundredths(value));
    }),
  ]);
  return { columns, rows, frozenColumns: 2 };
}

export function layoutAllDeltas(model: IndexModel, edition: number, template: WorkbookTemplate, shared: EditionPlaceholders): TablePlan {
  const current = editionOf(model, edition);
  const previousEdition = previousEditionOf(model, edition);
  const previous = previousEdition === null ? undefined : editionOf(model, previousEdition);
  const measures = measuresOf(edition, previous, template);
  const blankWhy = (m: Measure) =>
    previous === undefined
      ? fillPlaceholders(template.notes.noPreviousEdition, shared)
      : m.isNew
        ? fillPlaceholders(template.notes.newIndicatorColumn, shared)
        : '';
  const columns: ColumnPlan[] = [
    ...identityColumns(template),
    ...measures.map((m): ColumnPlan => {
      const note = [blankWhy(m), m.note].filter((line) => line !== '').join('\n');
      return { header: m.header, kind: m.kind === 'rank' ? 'rankChange' : 'change', ...(note ? { headerNote: note } : {}) };
    }),
  ];
  const rows = sortCountries(current.scores.countries.keys()).map((country) => [
    ...identityCells(country),
    ...measures.map((m): CellPlan => {
      const now = m.read(current, country.iso3);
      const before = previous === undefined ? undefined : m.read(previous, country.iso3);
      if (now === undefined || before === undefined) return cell(null);
      // A rank change is previous − current: climbing from 32nd to 26th is +6.
      const change = m.kind === 'rank' ? before - now : now - before;
      return cell(m.kind === 'rank' ? change : fromHundredths(change), { tone: toneOfChange(change, m.higherIs) });
    }),
  ]);
  return { columns, rows, frozenColumns: 2 };
}
