/**
 * IndexModel + CountryBrief → the chart specs of a brief, in print order, data inlined.
 * Pure: no rendering, so the specs can be inspected and snapshot-tested as JSON.
 *
 * The pyramid and the comparison share a row of the summary page (half the column each); the
 * trend and the landscape take the whole column. Each indicator's figures are drawn by the PDF
 * itself, as a table with bars (src/pdf/layoutIndicatorTable.ts), not as a chart.
 */
import type { IndexModel } from '../model/buildIndexModel.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import type { ChartSpec } from './chartSpec.js';
import { buildComparisonSpec } from './buildComparisonSpec.js';
import { buildLandscapeSpec } from './buildLandscapeSpec.js';
import { buildPyramidSpec } from './buildPyramidSpec.js';
import { buildTrendSpec } from './buildTrendSpec.js';

/** The width of the text column (src/pdf/pageGeometry.ts): what a chart is drawn at by default. */
export const DEFAULT_CHART_WIDTH = 468;
/** The gap between two charts side by side. */
export const CHART_GAP = 16;

/** Half the column, less half the gap. */
export function halfWidth(width: number): number {
  return (width - CHART_GAP) / 2;
}

/**
 * IndexModel + CountryBrief → pyramid, comparison, the trend when the brief has earlier
 * editions to show, and the landscape.
 */
export function buildChartSpecs(model: IndexModel, brief: CountryBrief, width: number = DEFAULT_CHART_WIDTH): ChartSpec[] {
  return [
    buildPyramidSpec(brief, halfWidth(width)),
    buildComparisonSpec(brief, halfWidth(width)),
    ...(brief.history.length > 1 ? [buildTrendSpec(brief, width)] : []),
    buildLandscapeSpec(model, brief, width),
  ];
}
