/**
 * The value that passes from spec building to rendering: one chart of one brief, as a
 * complete vega-lite (or vega) spec with its data inlined, plus the words that go with it.
 */
import type { Spec as VegaSpec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';

export const CHART_IDS = ['pyramid', 'comparison', 'trend', 'landscape'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** One data set of a chart: plain rows, every figure already formatted where it is printed. */
export type Rows = readonly Readonly<Record<string, string | number | boolean | null>>[];

interface ChartSpecBase {
  readonly id: ChartId;
  /** Printed above the chart (it is also drawn in the SVG). */
  readonly title: string;
  /** One or two sentences saying the chart's message, for PDF alt text. */
  readonly alt: string;
}

/**
 * vega-lite: data come as top-level `datasets` keyed by the name the template's
 * `"data": {"name": ...}` placeholders use; per-country words come as top-level params.
 */
export interface VegaLiteChartSpec extends ChartSpecBase {
  readonly grammar: 'vega-lite';
  readonly spec: TopLevelSpec & { readonly datasets: Readonly<Record<string, Rows>> };
}

/** vega, where vega-lite cannot draw the chart: data as `values` of the named data sets. */
export interface VegaChartSpec extends ChartSpecBase {
  readonly grammar: 'vega';
  readonly spec: VegaSpec;
}

export type ChartSpec = VegaLiteChartSpec | VegaChartSpec;
