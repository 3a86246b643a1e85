/**
 * CountryBrief → the pyramid: the Index's signature graphic (templates/charts/pyramid.vg.json).
 * A triangle whose base is the criminal markets score and whose height is the criminal actors
 * score, beside a panel whose height is the resilience score. vega, not vega-lite: vega-lite has
 * no mark whose width and height come from two fields around a centre.
 *
 * A regional, continental or world brief draws its averages the same way (pyramidSpecOf).
 */
import type { CountryBrief } from '../model/buildCountryBrief.js';
import { formatScore } from '../present/formatFigures.js';
import template from '../../templates/charts/pyramid.vg.json' with { type: 'json' };
import type { VegaChartSpec } from './chartSpec.js';
import { chartWords, chartText, type ChartWords, type FillWords } from './chartWords.js';
import { fillVega } from './fillTemplate.js';

/** What a pyramid draws, whoever's scores they are. */
export interface PyramidInput {
  /** Hundredths. */
  readonly markets: number;
  readonly actors: number;
  readonly resilience: number;
  /** Criminality, which the alt text names. */
  readonly criminality: number;
  /** The title, the three labels' patterns (each with {score}) and the alt text's. */
  readonly words: ChartWords['pyramid'];
  /** A pattern filled with the brief's values and `extra` ones. */
  readonly text: FillWords;
}

/** Scores and words → the spec of a pyramid chart. */
export function pyramidSpecOf(input: PyramidInput, width: number): VegaChartSpec {
  const { markets, actors, resilience, criminality, words, text } = input;
  const title = text(words.title);
  const score = (value: number) => ({ score: formatScore(value) });
  const figures = {
    markets: formatScore(markets),
    actors: formatScore(actors),
    criminality: formatScore(criminality),
    resilience: formatScore(resilience),
  };
  return {
    id: 'pyramid',
    grammar: 'vega',
    title,
    alt: text(words.alt, figures),
    spec: fillVega(template, {
      width,
      title,
      datasets: {
        scores: [
          {
            markets: markets / 100,
            actors: actors / 100,
            resilience: resilience / 100,
            marketsText: text(words.markets, score(markets)),
            actorsText: text(words.actors, score(actors)),
            resilienceText: text(words.resilience, score(resilience)),
          },
        ],
      },
    }),
  };
}

/** CountryBrief → the spec of the pyramid chart. */
export function buildPyramidSpec(brief: CountryBrief, width: number): VegaChartSpec {
  const { criminality, markets, actors, resilience } = brief.composites;
  return pyramidSpecOf(
    {
      markets: markets.value,
      actors: actors.value,
      resilience: resilience.value,
      criminality: criminality.value,
      words: chartWords().pyramid,
      text: (pattern, extra) => chartText(pattern, brief, extra),
    },
    width,
  );
}
