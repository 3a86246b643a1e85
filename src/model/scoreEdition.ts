/**
 * One edition's rows → exact composites for every country, compared with the published ones.
 *
 * Criminal markets, criminal actors and resilience are means of their indicators; criminality
 * is the mean of the two *unrounded* criminality means (averaging the rounded ones is wrong for
 * 57 of 193 countries in 2023).
 */
import { indicatorsOf, type CompositeId, type Component } from '../index/taxonomy.js';
import type { EditionFile } from '../load/schemas.js';
import { add, divide, fromScore, mean, toHundredths, type Fraction } from './fraction.js';

export const COMPOSITE_IDS: readonly CompositeId[] = ['criminality', 'markets', 'actors', 'resilience'];

export interface CountryScores {
  readonly iso3: string;
  /** Unrounded, exact. */
  readonly exact: Readonly<Record<CompositeId, Fraction>>;
  /** Rounded half up to hundredths: what the Index publishes (×100, as integers). */
  readonly hundredths: Readonly<Record<CompositeId, number>>;
  /** As the source published them, ×100. */
  readonly published: Readonly<Record<CompositeId, number>>;
  /**
   * The doubles ocindex.net computes and orders countries by: for ranking only, never for
   * printing (see rankCountries.ts).
   */
  readonly site: Readonly<Record<CompositeId, number>>;
  /** Indicator scores by id, in halves exactly representable as numbers. */
  readonly scores: Readonly<Record<string, number>>;
}

export interface EditionScores {
  readonly edition: number;
  readonly indicatorIds: readonly string[];
  readonly countries: ReadonlyMap<string, CountryScores>;
  /** Composites whose recomputed value differs from the published one. */
  readonly disagreements: readonly string[];
}

export function scoreEdition(file: EditionFile): EditionScores {
  const indicators = indicatorsOf(file.edition);
  const countries = new Map<string, CountryScores>();
  const disagreements: string[] = [];
  for (const row of file.countries) {
    const scoresOf = (component: Component) => indicators.filter((i) => i.component === component).map((i) => row.scores[i.id]!);
    const componentMean = (component: Component) => mean(scoresOf(component).map(fromScore));
    // Sums of halves are exact in binary; only the divisions round, in the site's order.
    const siteMean = (component: Component) => {
      const values = scoresOf(component);
      return values.reduce((sum, v) => sum + v, 0) / values.length;
    };
    const site: Record<CompositeId, number> = {
      criminality: (siteMean('markets') + siteMean('actors')) / 2,
      markets: siteMean('markets'),
      actors: siteMean('actors'),
      resilience: siteMean('resilience'),
    };
    const markets = componentMean('markets');
    const actors = componentMean('actors');
    const exact: Record<CompositeId, Fraction> = {
      criminality: divide(add(markets, actors), 2),
      markets,
      actors,
      resilience: componentMean('resilience'),
    };
    const hundredths = {} as Record<CompositeId, number>;
    const published = {} as Record<CompositeId, number>;
    for (const id of COMPOSITE_IDS) {
      hundredths[id] = toHundredths(exact[id]);
      published[id] = Math.round(row.published[id] * 100);
      if (hundredths[id] !== published[id]) {
        disagreements.push(`${file.edition} ${row.iso3} ${id}: published ${(published[id] / 100).toFixed(2)}, computed ${(hundredths[id] / 100).toFixed(2)}`);
      }
    }
    countries.set(row.iso3, { iso3: row.iso3, exact, hundredths, published, site, scores: row.scores as Record<string, number> });
  }
  return { edition: file.edition, indicatorIds: indicators.map((i) => i.id), countries, disagreements };
}
