/**
 * The chart stage of a regional, continental or world brief: IndexModel + ScopeBrief → its
 * charts as standalone SVG, as renderCharts does for a country.
 *
 *   1. build   the specs from templates/charts (pure; buildScopeChartSpecs)
 *   2. render  each headless to SVG with its source line (renderWithSource)
 */
import type { IndexModel } from '../model/buildIndexModel.js';
import type { ScopeBrief } from '../model/buildScopeBrief.js';
import { BuildError } from '../errors.js';
import { DEFAULT_CHART_WIDTH } from './buildChartSpecs.js';
import { buildScopeChartSpecs } from './buildScopeChartSpecs.js';
import { chartWords, scopeChartText } from './chartWords.js';
import { renderWithSource, type ChartOptions, type ChartSvg } from './renderCharts.js';

/** IndexModel + ScopeBrief → every chart, in print order, each with its source line; a failing chart throws a BuildError. */
export async function renderScopeCharts(model: IndexModel, brief: ScopeBrief, options: ChartOptions = {}): Promise<ChartSvg[]> {
  try {
    const specs = buildScopeChartSpecs(model, brief, options.width ?? DEFAULT_CHART_WIDTH);
    return await renderWithSource(specs, scopeChartText(chartWords().source, brief), options);
  } catch (error) {
    throw new BuildError('charts', scopeChartText('{name}', brief), (error as Error).message, { cause: error });
  }
}
