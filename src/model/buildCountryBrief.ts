/**
 * IndexModel + country + edition → CountryBrief: everything a brief or a workbook prints for
 * one country, computed: composites with changes and ranks, indicators with changes and
 * averages, the quadrant, and the country's profile when there is one.
 *
 * All figures are in hundredths (integers) so that printing never rounds again.
 */
import { countryByIso3, type Country } from '../index/countries.js';
import { COMPOSITES, indicatorsOf, type Composite, type CompositeId, type Indicator } from '../index/taxonomy.js';
import { profileKey } from '../load/loadData.js';
import type { ProfileFile } from '../load/schemas.js';
import { SCOPES, scopeName, type IndexModel, type Scope } from './buildIndexModel.js';
import { quadrantOf, type Quadrant } from './quadrant.js';

export interface Averages {
  readonly region: number;
  readonly continent: number;
  readonly world: number;
}

export interface RankPoint {
  readonly scope: Scope;
  /** "World", "Americas", "South America". */
  readonly group: string;
  /** 1 is the highest score: the most criminal, or the most resilient. */
  readonly rank: number;
  readonly of: number;
}

/**
 * A rank and the rank of the previous edition. There is deliberately no signed "change":
 * ocindex.net printed previous − current until 2023 and current − previous from 2025, so a bare
 * signed number is misread either way. Print both ranks and the move in words (present/).
 */
export interface Rank extends RankPoint {
  /** In the previous edition; null when there is none. */
  readonly previous: number | null;
}

/** One edition of a country's history: what the brief's trend shows. */
export interface EditionPoint {
  readonly edition: number;
  readonly composites: Readonly<Record<CompositeId, { readonly value: number; readonly ranks: readonly RankPoint[] }>>;
  /** Indicator id → hundredths; an indicator the edition did not score is absent, never 0. */
  readonly indicators: Readonly<Record<string, number>>;
  readonly quadrant: Quadrant;
}

export interface Figure {
  /** Hundredths: 640 is 6.40. */
  readonly value: number;
  readonly previous: number | null;
  /** value − previous; null when there is no previous value (a new indicator: "n/a"). */
  readonly change: number | null;
  readonly averages: Averages;
}

export interface CompositeFigure extends Figure {
  readonly composite: Composite;
  readonly ranks: readonly Rank[];
}

export interface IndicatorFigure extends Figure {
  readonly indicator: Indicator;
}

export interface CountryBrief {
  readonly country: Country;
  readonly edition: number;
  readonly previousEdition: number | null;
  readonly composites: Readonly<Record<CompositeId, CompositeFigure>>;
  /** In taxonomy (page) order. */
  readonly indicators: readonly IndicatorFigure[];
  readonly quadrant: Quadrant;
  readonly previousQuadrant: Quadrant | null;
  /** Every edition up to and including this one, oldest first; never a later edition. */
  readonly history: readonly EditionPoint[];
  /** GI-TOC's page for this country and edition; an earlier edition's is never used as current. */
  readonly profile: ProfileFile | undefined;
  /** Without a profile of its own: the latest earlier edition that has one, for a pointer to that brief. */
  readonly earlierProfileEdition: number | null;
}

function rankPoints(model: IndexModel, edition: number, id: CompositeId, iso3: string): RankPoint[] {
  const scored = model.editions.get(edition)!;
  return SCOPES.map((scope) => {
    const group = scopeName(scope, iso3);
    return { scope, group, rank: scored.ranks[id][scope].get(iso3)!, of: scored.sizes.get(group)! };
  });
}

/** The country in every edition up to `edition`, oldest first. */
function historyOf(model: IndexModel, iso3: string, edition: number): EditionPoint[] {
  return [...model.editions]
    .filter(([year, scored]) => year <= edition && scored.scores.countries.has(iso3))
    .sort(([a], [b]) => a - b)
    .map(([year, scored]) => {
      const row = scored.scores.countries.get(iso3)!;
      const composites = {} as Record<CompositeId, { value: number; ranks: RankPoint[] }>;
      for (const { id } of COMPOSITES) composites[id] = { value: row.hundredths[id], ranks: rankPoints(model, year, id, iso3) };
      const indicators = Object.fromEntries(scored.scores.indicatorIds.map((id) => [id, row.scores[id]! * 100]));
      return { edition: year, composites, indicators, quadrant: quadrantOf(row.hundredths.criminality, row.hundredths.resilience) };
    });
}

/** The edition before `edition` in the data, if any. */
export function previousEditionOf(model: IndexModel, edition: number): number | null {
  const earlier = [...model.editions.keys()].filter((e) => e < edition);
  return earlier.length > 0 ? Math.max(...earlier) : null;
}

export function buildCountryBrief(model: IndexModel, iso3: string, edition: number): CountryBrief {
  const country = countryByIso3(iso3);
  const current = model.editions.get(edition);
  if (!current) throw new Error(`no ${edition} edition in the data`);
  const previousEdition = previousEditionOf(model, edition);
  const previous = previousEdition === null ? undefined : model.editions.get(previousEdition);
  const now = current.scores.countries.get(iso3);
  if (!now) throw new Error(`${country.name} is not in the ${edition} edition`);
  const before = previous?.scores.countries.get(iso3);

  const averagesOf = (id: string): Averages => {
    const of = (scope: Scope) => current.averages.get(scopeName(scope, iso3))![id]!;
    return { region: of('region'), continent: of('continent'), world: of('world') };
  };
  const figure = (value: number, previousValue: number | null, id: string): Figure => ({
    value,
    previous: previousValue,
    change: previousValue === null ? null : value - previousValue,
    averages: averagesOf(id),
  });

  const composites = {} as Record<CompositeId, CompositeFigure>;
  for (const composite of COMPOSITES) {
    const ranks = rankPoints(model, edition, composite.id, iso3).map((point): Rank => ({ ...point, previous: previous?.ranks[composite.id][point.scope].get(iso3) ?? null }));
    composites[composite.id] = {
      composite,
      ranks,
      ...figure(now.hundredths[composite.id], before?.hundredths[composite.id] ?? null, composite.id),
    };
  }

  const indicators = indicatorsOf(edition).map((indicator): IndicatorFigure => {
    const score = now.scores[indicator.id]! * 100;
    const earlier = before?.scores[indicator.id];
    return { indicator, ...figure(score, earlier === undefined ? null : earlier * 100, indicator.id) };
  });

  const profile = model.data.profiles.get(profileKey(edition, iso3));
  return {
    country,
    edition,
    previousEdition,
    composites,
    indicators,
    quadrant: quadrantOf(now.hundredths.criminality, now.hundredths.resilience),
    previousQuadrant: before ? quadrantOf(before.hundredths.criminality, before.hundredths.resilience) : null,
    history: historyOf(model, iso3, edition),
    profile,
    earlierProfileEdition: profile ? null : ([...model.editions.keys()].filter((e) => e < edition && model.data.profiles.has(profileKey(e, iso3))).sort((a, b) => b - a)[0] ?? null),
  };
}
