/**
 * IndexModel + ScopeBrief → the chart specs of a regional, continental or world brief, in
 * print order, data inlined. Pure, like buildChartSpecs, and with the same ids and sizes, so
 * the PDF places a scope's charts as it places a country's: pyramid and comparison side by
 * side at half the column, the trend and the landscape across it.
 *
 * The pyramid and the trend draw the scope's averages with the country charts' templates; the
 * comparison and the landscape have templates of their own (their groups differ by brief).
 */
import type { IndexModel } from '../model/buildIndexModel.js';
import type { ScopeBrief } from '../model/buildScopeBrief.js';
import { COMPOSITES, type CompositeId } from '../index/taxonomy.js';
import { DEFAULT_CHART_WIDTH, halfWidth } from './buildChartSpecs.js';
import { pyramidSpecOf } from './buildPyramidSpec.js';
import { buildScopeComparisonSpec } from './buildScopeComparisonSpec.js';
import { buildScopeLandscapeSpec } from './buildScopeLandscapeSpec.js';
import { trendSpecOf, type TrendPoint } from './buildTrendSpec.js';
import type { ChartSpec, VegaChartSpec, VegaLiteChartSpec } from './chartSpec.js';
import { chartWords, scopeChartText } from './chartWords.js';

/** ScopeBrief → the pyramid of the scope's average markets, actors and resilience. */
function buildScopePyramidSpec(brief: ScopeBrief, width: number): VegaChartSpec {
  const { criminality, markets, actors, resilience } = brief.composites;
  return pyramidSpecOf(
    {
      markets: markets.value,
      actors: actors.value,
      resilience: resilience.value,
      criminality: criminality.value,
      words: chartWords().scope.pyramid,
      text: (pattern, extra) => scopeChartText(pattern, brief, extra),
    },
    width,
  );
}

/** ScopeBrief → the trend of the scope's four composite averages over the editions. */
function buildScopeTrendSpec(brief: ScopeBrief, width: number): VegaLiteChartSpec {
  const history: TrendPoint[] = brief.history.map((point) => ({
    edition: point.edition,
    values: Object.fromEntries(COMPOSITES.map(({ id }) => [id, point.composites[id]])) as Record<CompositeId, number>,
  }));
  return trendSpecOf(history, chartWords().scope.trend, (pattern, extra) => scopeChartText(pattern, brief, extra), width);
}

/**
 * IndexModel + ScopeBrief → pyramid, comparison, the trend when the brief has earlier editions
 * to show, and the landscape.
 */
export function buildScopeChartSpecs(model: IndexModel, brief: ScopeBrief, width: number = DEFAULT_CHART_WIDTH): ChartSpec[] {
  return [
    buildScopePyramidSpec(brief, halfWidth(width)),
    buildScopeComparisonSpec(brief, halfWidth(width)),
    ...(brief.history.length > 1 ? [buildScopeTrendSpec(brief, width)] : []),
    buildScopeLandscapeSpec(model, brief, width),
  ];
}
