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

export interface Rank {
  readonly scope: Scope;
  /** "World", "Americas", "South America". */
  readonly group: string;
  readonly rank: number;
  readonly of: number;
  /** In the previous edition; null when there is none. */
  readonly previous: number | null;
  /** previous − current: a fall from 26th to 32nd is −6. */
  readonly change: number | null;
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
  readonly profile: ProfileFile | undefined;
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
    const ranks = SCOPES.map((scope): Rank => {
      const group = scopeName(scope, iso3);
      const rank = current.ranks[composite.id][scope].get(iso3)!;
      const previousRank = previous?.ranks[composite.id][scope].get(iso3) ?? null;
      return {
        scope, group, rank,
        of: current.sizes.get(group)!,
        previous: previousRank,
        change: previousRank === null ? null : previousRank - rank,
      };
    });
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

  return {
    country,
    edition,
    previousEdition,
    composites,
    indicators,
    quadrant: quadrantOf(now.hundredths.criminality, now.hundredths.resilience),
    previousQuadrant: before ? quadrantOf(before.hundredths.criminality, before.hundredths.resilience) : null,
    profile: model.data.profiles.get(profileKey(edition, iso3)),
  };
}
