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
import { fillVega } from './fillTemplate.js';
import { colourOfScore } from './palette.js';

/** CountryBrief → the spec of the pyramid chart. */
export function buildPyramidSpec(brief: CountryBrief, width: number): VegaChartSpec {
  const { criminality, markets, actors, resilience } = brief.composites;
  const title = `Criminality and resilience, ${brief.edition}`;
  return {
    id: 'pyramid',
    grammar: 'vega',
    title,
    alt:
      `The pyramid of ${brief.country.name}: criminal markets ${formatScore(markets.value)} (base) and criminal actors ` +
      `${formatScore(actors.value)} (height) give a criminality score of ${formatScore(criminality.value)}; ` +
      `the resilience panel stands at ${formatScore(resilience.value)}.`,
    spec: fillVega(template, {
      width,
      title,
      subtitle:
        "The pyramid's base is the criminal markets score and its height the criminal actors score; the panel's height " +
        'is the resilience score. Scores from 1 to 10.',
      datasets: {
        scores: [
          {
            markets: markets.value / 100,
            actors: actors.value / 100,
            resilience: resilience.value / 100,
            marketsText: `Criminal markets ${formatScore(markets.value)}`,
            actorsText: `Criminal actors ${formatScore(actors.value)}`,
            resilienceText: `Resilience ${formatScore(resilience.value)}`,
            criminalityText: `Criminality ${formatScore(criminality.value)}`,
            criminalityNote: 'mean of markets and actors',
            pyramidColour: colourOfScore(criminality.value, 'criminality'),
            panelColour: colourOfScore(resilience.value, 'resilience'),
          },
        ],
      },
    }),
  };
}
