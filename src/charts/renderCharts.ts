/**
 * The chart stage: IndexModel + CountryBrief → the brief's charts as standalone SVG.
 *
 *   1. build   the specs from templates/charts (pure; buildChartSpecs)
 *   2. render  each headless to SVG, one at a time (renderChartSvg: compiled once per
 *              structure, any vega warning is an error)
 *
 * Writing files is the output stage's business: this returns strings.
 */
import type { IndexModel } from '../model/buildIndexModel.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import { BuildError } from '../errors.js';
import { buildChartSpecs, DEFAULT_CHART_WIDTH } from './buildChartSpecs.js';
import type { ChartId, ChartSpec } from './chartSpec.js';
import { addSourceLine } from './addSourceLine.js';
import { chartWords, chartText } from './chartWords.js';
import { renderChartSvg, renderedSvg, type RenderOptions } from './renderChartSvg.js';
import type { SvgElement } from './svgTree.js';

export type { ChartId } from './chartSpec.js';

export interface ChartSvg {
  id: ChartId;
  title: string;
  /** One or two sentences saying the chart's message, for PDF alt text. */
  alt: string;
  /** A standalone SVG document (xmlns, no external references), drawn in points at scale 1. */
  readonly svg: string;
  /** The same SVG as elements (what the PDF draws), when the chart stage drew it. */
  readonly tree?: SvgElement;
  /** Points. */
  width: number;
  height: number;
}

/** How a brief's charts are drawn: their width (the text column's by default) and the locale of the numbers vega formats. */
export interface ChartOptions extends RenderOptions {
  readonly width?: number;
}

/** Chart specs + the source line → each chart drawn, in the order given, with the line under it. */
export async function renderWithSource(specs: readonly ChartSpec[], source: string, options: RenderOptions = {}): Promise<ChartSvg[]> {
  const charts: ChartSvg[] = [];
  for (const spec of specs) {
    const drawn = await renderChartSvg(spec, options);
    const { tree, height } = addSourceLine(drawn.tree, drawn, source);
    // its text written only when a chart file or svg-to-pdfkit reads it
    charts.push(Object.assign(renderedSvg(tree, { width: drawn.width, height }), { id: spec.id, title: spec.title, alt: spec.alt }));
  }
  return charts;
}

/** IndexModel + CountryBrief → every chart, in print order, each with its source line; a failing chart throws a BuildError. */
export async function renderCharts(model: IndexModel, brief: CountryBrief, options: ChartOptions = {}): Promise<ChartSvg[]> {
  try {
    const specs = buildChartSpecs(model, brief, options.width ?? DEFAULT_CHART_WIDTH);
    return await renderWithSource(specs, chartText(chartWords().source, brief), options);
  } catch (error) {
    throw new BuildError('charts', brief.country.name, (error as Error).message, { cause: error });
  }
}
