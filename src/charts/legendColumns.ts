/**
 * Legend labels + the chart's width → how many columns a horizontal legend can have. vega lays a
 * horizontal legend out in one row however long its labels are, and runs past the chart's edge
 * when they are long ("St. Vincent and the Grenadines", "Central & Eastern Europe average").
 */
import { measureText } from '../fonts/fonts.js';

export interface LegendMetrics {
  /** Label size in points, as in config.json. */
  readonly fontSize: number;
  /** Space a symbol and its gap to the label take, in points. */
  readonly symbol: number;
  /** The legend's columnPadding. */
  readonly gap: number;
}

/** The most columns (up to one per label) whose widest row fits `width`. */
export function legendColumns(labels: readonly string[], width: number, metrics: LegendMetrics): number {
  const entries = labels.map((label) => metrics.symbol + measureText(label, metrics.fontSize));
  for (let columns = labels.length; columns > 1; columns--) {
    // vega aligns entries in a grid: each column is as wide as its widest entry.
    const widths = Array.from({ length: columns }, (_, c) => Math.max(...entries.filter((_, i) => i % columns === c)));
    const total = widths.reduce((sum, w) => sum + w, 0) + metrics.gap * (columns - 1);
    if (total <= width) return columns;
  }
  return 1;
}
