/**
 * CountryBrief → the trend: the four composites in every edition up to the brief's own
 * (templates/charts/trend.vl.json), each point labelled with its score. Never a later edition:
 * the history stops at the brief's (see buildCountryBrief).
 *
 * A regional, continental or world brief draws its averages' history the same way (trendSpecOf).
 */
import { COMPOSITES, type CompositeId } from '../index/taxonomy.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import { formatScore } from '../present/formatFigures.js';
import template from '../../templates/charts/trend.vl.json' with { type: 'json' };
import type { VegaLiteChartSpec } from './chartSpec.js';
import { CHART_WORDS, chartText } from './chartWords.js';
import { fillVegaLite } from './fillTemplate.js';

/** One edition of whatever the trend follows: the four composites, hundredths. */
export interface TrendPoint {
  readonly edition: number;
  readonly values: Readonly<Record<CompositeId, number>>;
}

/** One point per composite and edition, composites in print order, editions oldest first. */
export function trendPoints(history: readonly TrendPoint[]) {
  return COMPOSITES.flatMap(({ id, name }) =>
    history.map((point) => ({
      key: name,
      edition: String(point.edition),
      score: point.values[id] / 100,
      scoreText: formatScore(point.values[id]),
      pillar: id === 'resilience' ? 'resilience' : 'criminality',
    })),
  );
}

/** A country's history as trend points. */
function countryHistory(brief: CountryBrief): TrendPoint[] {
  return brief.history.map((point) => ({
    edition: point.edition,
    values: Object.fromEntries(COMPOSITES.map(({ id }) => [id, point.composites[id].value])) as Record<CompositeId, number>,
  }));
}

/** One point per composite and edition of the country, composites in print order, editions oldest first. */
export function trendRows(brief: CountryBrief) {
  return trendPoints(countryHistory(brief));
}

/** "Peru in the 2021, 2023 and 2025 editions: criminality 6.35 (2021), …; resilience …". */
export function describeTrend(subject: string, history: readonly TrendPoint[]): string {
  const editions = history.map((p) => p.edition);
  const listed = `${editions.slice(0, -1).join(', ')} and ${editions.at(-1)}`;
  const series = (id: 'criminality' | 'resilience') => history.map((p) => `${formatScore(p.values[id])} (${p.edition})`).join(', ');
  return `${subject} in the ${listed} editions: criminality ${series('criminality')}; resilience ${series('resilience')}.`;
}

/** History, title and alt text → the spec of a trend chart. */
export function trendSpecOf(history: readonly TrendPoint[], title: string, alt: string, width: number): VegaLiteChartSpec {
  return {
    id: 'trend',
    grammar: 'vega-lite',
    title,
    alt,
    spec: fillVegaLite(template, {
      width,
      title,
      datasets: { points: trendPoints(history) },
      params: { lineKeys: COMPOSITES.map((c) => c.name), editionKeys: history.map((p) => String(p.edition)) },
    }),
  };
}

/** CountryBrief → the spec of the trend chart. */
export function buildTrendSpec(brief: CountryBrief, width: number): VegaLiteChartSpec {
  const history = countryHistory(brief);
  return trendSpecOf(history, chartText(CHART_WORDS.trend.title, brief), describeTrend(brief.country.name, history), width);
}
