/**
 * IndexData → IndexModel: every edition scored exactly, ranked (world, continent, region) and
 * averaged (regional, continental, global), once, so a brief per country is a lookup.
 */
import { countryByIso3 } from '../index/countries.js';
import type { CompositeId } from '../index/taxonomy.js';
import type { IndexData } from '../load/loadData.js';
import { fromScore, mean, toHundredths, type Fraction } from './fraction.js';
import { rankCountries } from './rankCountries.js';
import { COMPOSITE_IDS, scoreEdition, type EditionScores } from './scoreEdition.js';

export type Scope = 'world' | 'continent' | 'region';
export const SCOPES: readonly Scope[] = ['world', 'continent', 'region'];

/** The group a country belongs to in a scope: "World", "Americas", "South America". */
export function scopeName(scope: Scope, iso3: string): string {
  const country = countryByIso3(iso3);
  return scope === 'world' ? 'World' : scope === 'continent' ? country.continent : country.region;
}

export interface EditionModel {
  readonly scores: EditionScores;
  /** ranks[composite][scope] → iso3 → rank within the country's group of that scope. */
  readonly ranks: Readonly<Record<CompositeId, Readonly<Record<Scope, ReadonlyMap<string, number>>>>>;
  /** Group sizes by scope and group name ("Americas" → 35). */
  readonly sizes: ReadonlyMap<string, number>;
  /** averages.get(group name) → composite or indicator id → hundredths. */
  readonly averages: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

export interface IndexModel {
  readonly data: IndexData;
  /** Oldest first. */
  readonly editions: ReadonlyMap<number, EditionModel>;
  /** Problems worth a line in the run summary: composites that disagree with the published ones. */
  readonly warnings: readonly string[];
}

function groupsOf(scores: EditionScores, scope: Scope): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const iso3 of scores.countries.keys()) {
    const name = scopeName(scope, iso3);
    groups.set(name, [...(groups.get(name) ?? []), iso3]);
  }
  return groups;
}

function modelEdition(scores: EditionScores): EditionModel {
  const groups = new Map(SCOPES.map((scope) => [scope, groupsOf(scores, scope)]));
  const ranks = {} as Record<CompositeId, Record<Scope, Map<string, number>>>;
  for (const id of COMPOSITE_IDS) {
    ranks[id] = {} as Record<Scope, Map<string, number>>;
    for (const scope of SCOPES) {
      const all = new Map<string, number>();
      for (const members of groups.get(scope)!.values()) {
        const values = new Map(members.map((iso3) => [iso3, scores.countries.get(iso3)!.site[id]]));
        for (const [iso3, rank] of rankCountries(values)) all.set(iso3, rank);
      }
      ranks[id][scope] = all;
    }
  }
  const sizes = new Map<string, number>();
  const averages = new Map<string, Record<string, number>>();
  for (const scopeGroups of groups.values()) {
    for (const [name, members] of scopeGroups) {
      sizes.set(name, members.length);
      const rows = members.map((iso3) => scores.countries.get(iso3)!);
      const average: Record<string, number> = {};
      for (const id of COMPOSITE_IDS) average[id] = toHundredths(mean(rows.map((r) => r.exact[id])));
      for (const id of scores.indicatorIds) {
        average[id] = toHundredths(mean(rows.map((r): Fraction => fromScore(r.scores[id]!))));
      }
      averages.set(name, average);
    }
  }
  return { scores, ranks, sizes, averages };
}

export function buildIndexModel(data: IndexData): IndexModel {
  const editions = new Map<number, EditionModel>();
  const warnings: string[] = [];
  for (const file of data.editions) {
    const scores = scoreEdition(file);
    warnings.push(...scores.disagreements.map((d) => `composite differs from the published value: ${d}`));
    editions.set(file.edition, modelEdition(scores));
  }
  return { data, editions, warnings };
}
