/**
 * CountryBrief → the trend: the four composites in every edition up to the brief's own
 * (templates/charts/trend.vl.json), each point labelled with its score. Never a later edition:
 * the history stops at the brief's (see buildCountryBrief).
 */
import { COMPOSITES } from '../index/taxonomy.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import { formatScore } from '../present/formatFigures.js';
import template from '../../templates/charts/trend.vl.json' with { type: 'json' };
import type { VegaLiteChartSpec } from './chartSpec.js';
import { CHART_WORDS, chartText } from './chartWords.js';
import { fillVegaLite } from './fillTemplate.js';

/** One point per composite and edition, composites in print order, editions oldest first. */
export function trendRows(brief: CountryBrief) {
  return COMPOSITES.flatMap(({ id, name }) =>
    brief.history.map((point) => ({
      key: name,
      edition: String(point.edition),
      score: point.composites[id].value / 100,
      scoreText: formatScore(point.composites[id].value),
      pillar: id === 'resilience' ? 'resilience' : 'criminality',
    })),
  );
}

function describe(brief: CountryBrief): string {
  const editions = brief.history.map((p) => p.edition);
  const listed = `${editions.slice(0, -1).join(', ')} and ${editions.at(-1)}`;
  const series = (id: 'criminality' | 'resilience') => brief.history.map((p) => `${formatScore(p.composites[id].value)} (${p.edition})`).join(', ');
  return (
    `${brief.country.name} in the ${listed} editions: criminality ${series('criminality')}; ` +
    `resilience ${series('resilience')}.`
  );
}

/** CountryBrief → the spec of the trend chart. */
export function buildTrendSpec(brief: CountryBrief, width: number): VegaLiteChartSpec {
  const editions = brief.history.map((p) => p.edition);
  const title = chartText(CHART_WORDS.trend.title, brief);
  return {
    id: 'trend',
    grammar: 'vega-lite',
    title,
    alt: describe(brief),
    spec: fillVegaLite(template, {
      width,
      title,
      datasets: { points: trendRows(brief) },
      params: { lineKeys: COMPOSITES.map((c) => c.name), editionKeys: editions.map(String) },
    }),
  };
}
