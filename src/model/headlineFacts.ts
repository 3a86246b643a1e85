/**
 * CountryBrief → the facts a summary page leads with, chosen from the data: the most severe
 * criminal markets and the most influential criminal actors, the strongest and weakest
 * resilience indicators, and the largest changes for the worse and for the better since the
 * previous edition. Ties are kept together (two markets at 9.00 are both "most severe"); the
 * words are the template's business.
 */
import type { Component } from '../index/taxonomy.js';
import type { CountryBrief, IndicatorFigure } from './buildCountryBrief.js';

export interface HeadlineFacts {
  /** The highest-scoring criminal markets (all tied at the top). */
  readonly markets: readonly IndicatorFigure[];
  /** The highest-scoring criminal actor types. */
  readonly actors: readonly IndicatorFigure[];
  readonly strongestResilience: readonly IndicatorFigure[];
  readonly weakestResilience: readonly IndicatorFigure[];
  /** The largest change for the worse (a rise in markets or actors, a fall in resilience); empty when none. */
  readonly worse: readonly IndicatorFigure[];
  /** The largest change for the better; empty when none. */
  readonly better: readonly IndicatorFigure[];
}

const of = (brief: CountryBrief, component: Component) => brief.indicators.filter((f) => f.indicator.component === component);

/** The items that tie at the top of `score`, in the order given (figures: page order). */
export function extreme<T>(items: readonly T[], score: (item: T) => number): T[] {
  if (items.length === 0) return [];
  const top = Math.max(...items.map(score));
  return items.filter((item) => score(item) === top);
}

/** How much worse a change made things: positive when worse, whatever the indicator's direction. */
export function worsening(figure: IndicatorFigure): number {
  const change = figure.change ?? 0;
  return figure.indicator.higherIs === 'worse' ? change : -change;
}

export function headlineFacts(brief: CountryBrief): HeadlineFacts {
  const resilience = of(brief, 'resilience');
  const changed = brief.indicators.filter((f) => f.change !== null && f.change !== 0);
  return {
    markets: extreme(of(brief, 'markets'), (f) => f.value),
    actors: extreme(of(brief, 'actors'), (f) => f.value),
    strongestResilience: extreme(resilience, (f) => f.value),
    weakestResilience: extreme(resilience, (f) => -f.value),
    worse: extreme(
      changed.filter((f) => worsening(f) > 0),
      worsening,
    ),
    better: extreme(
      changed.filter((f) => worsening(f) < 0),
      (f) => -worsening(f),
    ),
  };
}
