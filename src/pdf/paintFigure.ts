/**
 * A chart's SVG → vectors on the page. vega's SVG subset is drawn directly (parseChartSvg,
 * paintChartSvg: ~5× faster); anything else goes through svg-to-pdfkit. Every font the SVG
 * asks for is mapped to the registered Source Sans 3 faces: left alone, svg-to-pdfkit falls
 * back to Helvetica without a word and characters such as the minus sign (U+2212) vanish. Its
 * warnings are passed on, never printed.
 */
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT_FAMILY } from '../fonts/fonts.js';
import type { BriefChart } from './briefCharts.js';
import { FACE_NAMES } from './openBriefDocument.js';
import { drawingOf, parseChartSvg } from './parseChartSvg.js';
import { paintChartSvg } from './paintChartSvg.js';
import type { FigureBlock } from './pagePlan.js';

/** "'Source Sans 3', sans-serif" → ["source sans 3", "sans-serif"]. */
function families(value: string): string[] {
  return value.split(',').map((family) =>
    family
      .trim()
      .replace(/^["']|["']$/g, '')
      .toLowerCase(),
  );
}

export function paintFigure(doc: PDFKit.PDFDocument, block: FigureBlock, chart: BriefChart, warn: (message: string) => void): void {
  const strange = new Set<string>();
  const fontFor = (family: string | undefined, bold: boolean, italic: boolean) => {
    if (family && !families(family).includes(FONT_FAMILY.toLowerCase())) strange.add(family);
    return bold ? FACE_NAMES.bold : italic ? FACE_NAMES.italic : FACE_NAMES.regular;
  };
  const drawing = chart.tree ? drawingOf(chart.tree) : parseChartSvg(chart.svg);
  if (drawing) paintChartSvg(doc, drawing, block, fontFor);
  else paintWithSvgToPdfkit(doc, block, chart, warn, fontFor);
  for (const family of strange) warn(`chart "${chart.id}": font family ${family} is drawn in ${FONT_FAMILY}`);
}

function paintWithSvgToPdfkit(
  doc: PDFKit.PDFDocument,
  block: FigureBlock,
  chart: BriefChart,
  warn: (message: string) => void,
  fontFor: (family: string | undefined, bold: boolean, italic: boolean) => string,
): void {
  doc.save();
  SVGtoPDF(doc as unknown as Parameters<typeof SVGtoPDF>[0], chart.svg, block.x, block.y, {
    width: block.width,
    height: block.height,
    // The chart's width and height are points: one SVG unit is one point at scale 1.
    assumePt: true,
    preserveAspectRatio: 'xMidYMid meet',
    fontCallback: fontFor,
    warningCallback: (message) => warn(`chart "${chart.id}": ${message}`),
    imageCallback: (link) => {
      warn(`chart "${chart.id}": refused to load image ${link.slice(0, 80)}`);
      return '';
    },
    documentCallback: (file) => {
      warn(`chart "${chart.id}": refused to load document ${file.slice(0, 80)}`);
      return '';
    },
  });
  doc.restore();
}
