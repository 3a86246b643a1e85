/**
 * A rendered chart + its source line → the chart with the line drawn under it, left-aligned,
 * the SVG grown to hold it. vega-lite has no footer, and a line drawn by the PDF alone would
 * be missing from the standalone SVG files: every chart names its source wherever it goes.
 */
import shared from '../../templates/charts/config.json' with { type: 'json' };
import { PALETTE } from './palette.js';
import { CHART_FONT } from './fillTemplate.js';
import { wrapText } from '../fonts/wrapText.js';

const SIZE = shared.config.text.fontSize;
/** The gap above the line and the line's own height, in points. */
const GAP = 4;
const LINE = SIZE + 3;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The line under the chart, on as many lines as the chart's width takes (a half-width chart in French needs two). */
export function addSourceLine(svg: string, size: { width: number; height: number }, text: string): { svg: string; height: number } {
  const lines = wrapText(text, size.width - 4, SIZE);
  const height = size.height + GAP + LINE * lines.length;
  const root = /^<svg [^>]*>/.exec(svg)?.[0];
  if (!root) throw new Error('not an SVG document');
  const grown = root.replace(/ height="[\d.]+"/, ` height="${height}"`).replace(/ viewBox="0 0 ([\d.]+) [\d.]+"/, ` viewBox="0 0 $1 ${height}"`);
  const background = `<rect y="${size.height}" width="${size.width}" height="${height - size.height}" fill="${PALETTE.ink.background}"/>`;
  const drawn = lines
    .map(
      (line, i) =>
        // Positioned as vega positions text, so the PDF's fast path draws it (parseChartSvg).
        `<text text-anchor="start" transform="translate(2,${size.height + GAP + SIZE + i * LINE})" font-family="${CHART_FONT}" font-size="${SIZE}px" ` +
        `fill="${PALETTE.ink.muted}">${escapeXml(line)}</text>`,
    )
    .join('');
  const body = svg.slice(root.length, svg.lastIndexOf('</svg>'));
  return { svg: `${grown}${body}${background}${drawn}</svg>`, height };
}
