/**
 * The charts a brief embeds, as the chart stage hands them over: an SVG in points carrying its
 * own title, and the chart's message for alt text.
 */
export type { ChartId, ChartSvg as BriefChart } from '../charts/renderCharts.js';
