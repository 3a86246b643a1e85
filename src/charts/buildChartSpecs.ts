/**
 * IndexModel + CountryBrief → the seven chart specs of a brief, in print order, data inlined.
 * Pure: no rendering, so the specs can be inspected and snapshot-tested as JSON.
 */
import type { IndexModel } from '../model/buildIndexModel.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import type { ChartSpec } from './chartSpec.js';
import { buildChangesSpec } from './buildChangesSpec.js';
import { buildComparisonSpec } from './buildComparisonSpec.js';
import { buildIndicatorsSpec } from './buildIndicatorsSpec.js';
import { buildLandscapeSpec } from './buildLandscapeSpec.js';
import { buildPyramidSpec } from './buildPyramidSpec.js';
import { buildTrendSpec } from './buildTrendSpec.js';

/** A4 text width with 56 pt margins is about 483 pt. */
export const DEFAULT_CHART_WIDTH = 480;

/**
 * IndexModel + CountryBrief → pyramid, markets, actors, resilience, changes, landscape,
 * comparison, and the trend when the brief has earlier editions to show.
 */
export function buildChartSpecs(model: IndexModel, brief: CountryBrief, width: number = DEFAULT_CHART_WIDTH): ChartSpec[] {
  return [
    buildPyramidSpec(brief, width),
    buildIndicatorsSpec(brief, 'markets', width),
    buildIndicatorsSpec(brief, 'actors', width),
    buildIndicatorsSpec(brief, 'resilience', width),
    buildChangesSpec(brief, width),
    buildLandscapeSpec(model, brief, width),
    buildComparisonSpec(brief, width),
    ...(brief.history.length > 1 ? [buildTrendSpec(brief, width)] : []),
  ];
}
