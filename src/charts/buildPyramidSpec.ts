/**
 * CountryBrief → the pyramid: the Index's signature graphic (templates/charts/pyramid.vg.json).
 * A triangle whose base is the criminal markets score and whose height is the criminal actors
 * score, beside a panel whose height is the resilience score. vega, not vega-lite: vega-lite has
 * no mark whose width and height come from two fields around a centre.
 */
import type { CountryBrief } from '../model/buildCountryBrief.js';
import { formatScore } from '../present/formatFigures.js';
import template from '../../templates/charts/pyramid.vg.json' with { type: 'json' };
import type { VegaChartSpec } from './chartSpec.js';
import { CHART_WORDS, chartText } from './chartWords.js';
import { fillVega } from './fillTemplate.js';

/** CountryBrief → the spec of the pyramid chart. */
export function buildPyramidSpec(brief: CountryBrief, width: number): VegaChartSpec {
  const { criminality, markets, actors, resilience } = brief.composites;
  const words = CHART_WORDS.pyramid;
  const title = chartText(words.title, brief);
  const score = (value: number) => ({ score: formatScore(value) });
  return {
    id: 'pyramid',
    grammar: 'vega',
    title,
    alt:
      `The pyramid of ${brief.country.name}: criminal markets ${formatScore(markets.value)} (base) and criminal actors ` +
      `${formatScore(actors.value)} (height) give a criminality score of ${formatScore(criminality.value)}; ` +
      `the resilience panel stands at ${formatScore(resilience.value)}, on a scale of 1 to 10.`,
    spec: fillVega(template, {
      width,
      title,
      datasets: {
        scores: [
          {
            markets: markets.value / 100,
            actors: actors.value / 100,
            resilience: resilience.value / 100,
            marketsText: chartText(words.markets, brief, score(markets.value)),
            actorsText: chartText(words.actors, brief, score(actors.value)),
            resilienceText: chartText(words.resilience, brief, score(resilience.value)),
          },
        ],
      },
    }),
  };
}
