/**
 * A rendered chart + its source line → the chart with the line drawn under it, left-aligned,
 * the SVG grown to hold it. vega-lite has no footer, and a line drawn by the PDF alone would
 * be missing from the standalone SVG files: every chart names its source wherever it goes.
 */
import shared from '../../templates/charts/config.json' with { type: 'json' };
import { PALETTE } from './palette.js';
import { CHART_FONT } from './fillTemplate.js';
import { wrapText } from '../fonts/wrapText.js';
import type { SvgElement } from './svgTree.js';

const SIZE = shared.config.text.fontSize;
/** The gap above the line and the line's own height, in points. */
const GAP = 4;
const LINE = SIZE + 3;

/** The line under the chart, on as many lines as the chart's width takes (a half-width chart in French needs two). */
export function addSourceLine(tree: SvgElement, size: { width: number; height: number }, text: string): { tree: SvgElement; height: number } {
  const lines = wrapText(text, size.width - 4, SIZE);
  const height = size.height + GAP + LINE * lines.length;
  if (tree.name !== 'svg') throw new Error('not an SVG document');
  const attrs = new Map(tree.attrs);
  attrs.set('height', String(height));
  const viewBox = /^0 0 ([\d.]+) [\d.]+$/.exec(attrs.get('viewBox') ?? '');
  if (viewBox) attrs.set('viewBox', `0 0 ${viewBox[1]} ${height}`);
  const background = element('rect', { y: size.height, width: size.width, height: height - size.height, fill: PALETTE.ink.background });
  const drawn = lines.map((line, i) =>
    // Positioned as vega positions text, so the PDF's fast path draws it (parseChartSvg).
    element('text', { 'text-anchor': 'start', transform: `translate(2,${size.height + GAP + SIZE + i * LINE})`, 'font-family': CHART_FONT, 'font-size': `${SIZE}px`, fill: PALETTE.ink.muted }, line),
  );
  return { tree: { name: 'svg', attrs, children: [...tree.children, background, ...drawn] }, height };
}

function element(name: string, attrs: Record<string, string | number>, text?: string): SvgElement {
  return { name, attrs: new Map(Object.entries(attrs).map(([key, value]) => [key, String(value)])), children: text ? [text] : [] };
}
