import { expect } from 'vitest';
import type { ChartSvg } from '../../src/charts/renderCharts.js';
import { labelCrossings } from './labelCrossings.js';
import { checkWellFormed } from './readSvg.js';

/** The smallest text a chart may print, in points. */
const SMALLEST = 8;

/**
 * What every English chart of a brief must be in print: well-formed, with a short alt text, no
 * label vega cut, no hyphen for a minus and no "−0.00", no label crossed by a mark, no text
 * under 8 pt, and the source line last. `texts` are the chart's text elements, in order.
 */
export function expectPrintableChart(chart: ChartSvg, texts: readonly string[], edition: number): void {
  checkWellFormed(chart.svg);
  // Alt text is a sentence or two about this chart.
  expect(chart.alt.length, chart.id).toBeLessThanOrEqual(400);
  // vega marks a label it had to cut with an ellipsis.
  expect(chart.svg, chart.id).not.toMatch(/…|&#8230;|&hellip;/);
  expect(
    texts.filter((t) => /-\d|−0\.00\b/.test(t)),
    chart.id,
  ).toEqual([]);
  // No label is crossed by a rule, a line or another mark.
  expect(labelCrossings(chart.svg), chart.id).toEqual([]);
  const sizes = [...chart.svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1]));
  expect(Math.min(...sizes), chart.id).toBeGreaterThanOrEqual(SMALLEST);
  expect(texts.at(-1), chart.id).toBe(`Source: Global Organized Crime Index ${edition}, GI-TOC (ocindex.net)`);
}
