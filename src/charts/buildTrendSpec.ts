/**
 * CountryBrief → the trend: the four composites in every edition up to the brief's own
 * (templates/charts/trend.vl.json), each point labelled with its score. Never a later edition:
 * the history stops at the brief's (see buildCountryBrief).
 *
 * A regional, continental or world brief draws its averages' history the same way (trendSpecOf).
 */
import { COMPOSITES, type CompositeId } from '../index/taxonomy.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import type { Placeholders } from '../present/fillText.js';
import { formatScore } from '../present/formatFigures.js';
import template from '../../templates/charts/trend.vl.json' with { type: 'json' };
import type { VegaLiteChartSpec } from './chartSpec.js';
import { chartWords, chartText, listOf, seriesOf, type ChartWords, type FillWords } from './chartWords.js';
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

/** The trend's words: its title, its alt text and how the alt text gives one point. */
export type TrendWords = ChartWords['trend'];

/**
 * History → the alt text's figures: "2021, 2023 and 2025" as {editions}, and each pillar's
 * series, "6.35 (2021), 6.40 (2023), …", as {criminality} and {resilience}.
 */
function trendFigures(history: readonly TrendPoint[], words: TrendWords, text: FillWords): Placeholders {
  const series = (id: 'criminality' | 'resilience') => seriesOf(history.map((p) => text(words.altPoint, { score: formatScore(p.values[id]), edition: p.edition })));
  return { editions: listOf(history.map((p) => p.edition)), criminality: series('criminality'), resilience: series('resilience') };
}

/** History, words and their filler → the spec of a trend chart. */
export function trendSpecOf(history: readonly TrendPoint[], words: TrendWords, text: FillWords, width: number): VegaLiteChartSpec {
  const title = text(words.title);
  return {
    id: 'trend',
    grammar: 'vega-lite',
    title,
    alt: text(words.alt, trendFigures(history, words, text)),
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
  return trendSpecOf(countryHistory(brief), chartWords().trend, (pattern, extra) => chartText(pattern, brief, extra), width);
}
