/**
 * CountryBrief + component → the markets, actors or resilience chart: one bar per indicator,
 * grouped, with score, change and the component's average (templates/charts/indicators.vl.json).
 */
import type { CountryBrief, IndicatorFigure } from '../model/buildCountryBrief.js';
import type { Component } from '../index/taxonomy.js';
import { formatChange, formatScore } from '../present/formatFigures.js';
import template from '../../templates/charts/indicators.vl.json' with { type: 'json' };
import type { Rows, VegaLiteChartSpec } from './chartSpec.js';
import { fillVegaLite } from './fillTemplate.js';
import { colourOfScore, rampFor } from './palette.js';

/** Above this (hundredths) the average's label sits left of its rule, clear of the change column. */
const LABEL_LEFT_BELOW = 700;

const MEANING: Readonly<Record<Component, string>> = {
  markets: 'higher means more criminality',
  actors: 'higher means more criminality',
  resilience: 'higher means more resilience',
};

/** The indicators of a component as chart lines: a bold heading per group when there are several. */
export function indicatorRows(brief: CountryBrief, component: Component): Rows {
  const figures = brief.indicators.filter((f) => f.indicator.component === component);
  const groups = [...new Set(figures.map((f) => f.indicator.group))];
  const withChange = brief.previousEdition !== null;
  return groups.flatMap((group) => [
    ...(groups.length > 1 ? [{ kind: 'g', key: `g|${group}`, score: null, scoreText: '', changeText: '', colour: null }] : []),
    ...figures
      .filter((f) => f.indicator.group === group)
      .map((f) => ({
        kind: 'i',
        key: `i|${f.indicator.name}`,
        score: f.value / 100,
        scoreText: formatScore(f.value),
        changeText: withChange ? formatChange(f.change) : '',
        colour: colourOfScore(f.value, rampFor(f.indicator.higherIs)),
      })),
  ]);
}

/** Alt text names at most this many tied indicators: it must stay a sentence or two. */
const MOST_NAMED = 3;

function listed(figures: readonly IndicatorFigure[]): string {
  const names = figures.slice(0, MOST_NAMED).map((f) => `${f.indicator.name.toLowerCase()} (${formatScore(f.value)})`);
  if (figures.length > MOST_NAMED) names.push(`${figures.length - MOST_NAMED} more`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
}

function describe(brief: CountryBrief, component: Component): string {
  const composite = brief.composites[component];
  const figures = brief.indicators.filter((f) => f.indicator.component === component);
  const top = Math.max(...figures.map((f) => f.value));
  const highest = figures.filter((f) => f.value === top);
  const change =
    composite.change === null ? '' : `, ${composite.change === 0 ? 'unchanged' : formatChange(composite.change)} since ${brief.previousEdition}`;
  return (
    `${brief.country.name} scores ${formatScore(composite.value)} on ${composite.composite.name.toLowerCase()}${change}. ` +
    `Highest-scoring: ${listed(highest)}.`
  );
}

/** CountryBrief → the spec of the markets, actors or resilience chart. */
export function buildIndicatorsSpec(brief: CountryBrief, component: Component, width: number): VegaLiteChartSpec {
  const composite = brief.composites[component];
  const since = brief.previousEdition === null ? '' : `; change since ${brief.previousEdition}`;
  const title = `${composite.composite.name}, ${brief.edition}`;
  const rows = indicatorRows(brief, component);
  return {
    id: component,
    grammar: 'vega-lite',
    title,
    alt: describe(brief, component),
    spec: fillVegaLite(template, {
      width,
      title,
      subtitle: `Scores from 1 to 10, ${MEANING[component]}${since}. Dashed line: the country's average.`,
      datasets: {
        rows,
        average: [
          {
            value: composite.value / 100,
            text: `Average ${formatScore(composite.value)}`,
            align: composite.value < LABEL_LEFT_BELOW ? 'left' : 'right',
            changeHeading: brief.previousEdition === null ? '' : 'Change',
          },
        ],
      },
      lines: rows.length,
      params: { lineKeys: rows.map((row) => String(row.key)) },
      dropLayers: brief.previousEdition === null ? ['change', 'changeHeading'] : [],
    }),
  };
}
