/**
 * A parsed chart (parseChartSvg) → vectors on the page: what svg-to-pdfkit draws for vega's
 * SVG subset, in the same places with the same fonts, colours, opacities and strokes, without
 * its general machinery (see parseChartSvg for the measured gain). Text is set a line at a
 * time through pdfkit (kerned runs rather than one text matrix per glyph): glyphs may move by
 * a fraction of a point, and the charts' share of a PDF is about half the bytes it was.
 */
import type { ChartDrawing, ChartNode, Paint } from './parseChartSvg.js';
import type { Segment } from './parseSvgPath.js';
import { showText } from './showText.js';

export interface ChartBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Family, weight and style → the name of a registered font. */
export type FontFor = (family: string, bold: boolean, italic: boolean) => string;

type Doc = PDFKit.PDFDocument;

function setStroke(doc: Doc, paint: Paint, opacity: number): boolean {
  if (paint.stroke === null || paint.strokeWidth === 0 || opacity === 0) return false;
  doc.strokeColor(paint.stroke, opacity).lineWidth(paint.strokeWidth).miterLimit(paint.miterLimit);
  // pdfkit 0.20 takes a dash array (its types say a number)
  if (paint.dash) doc.dash([...paint.dash] as unknown as number, { phase: 0 });
  else doc.undash();
  return true;
}

function setFill(doc: Doc, paint: Paint, opacity: number): boolean {
  const alpha = paint.fillOpacity * opacity;
  if (paint.fill === null || alpha === 0) return false;
  doc.fillColor(paint.fill, alpha);
  return true;
}

function trace(doc: Doc, segments: readonly Segment[]): void {
  for (const s of segments) {
    if (s[0] === 'M') doc.moveTo(s[1], s[2]);
    else if (s[0] === 'L') doc.lineTo(s[1], s[2]);
    else if (s[0] === 'C') doc.bezierCurveTo(s[1], s[2], s[3], s[4], s[5], s[6]);
    else doc.closePath();
  }
}

function finish(doc: Doc, fill: boolean, stroke: boolean): void {
  if (fill && stroke) doc.fillAndStroke();
  else if (fill) doc.fill();
  else if (stroke) doc.stroke();
}

function paintText(doc: Doc, node: Extract<ChartNode, { kind: 'text' }>, fontFor: FontFor): void {
  const { paint, opacity } = node;
  const fill = setFill(doc, paint, opacity);
  const stroke = setStroke(doc, paint, opacity);
  if (!fill && !stroke) return;
  doc.font(fontFor(paint.fontFamily, paint.bold, paint.italic)).fontSize(paint.fontSize);
  let [x, y] = [0, 0];
  for (const line of node.lines) {
    x = line.x ?? x;
    y += line.dy;
    if (line.text === '') continue;
    showText(doc, line.text, x, y, { anchor: paint.anchor, baseline: 'alphabetic', fill, stroke });
  }
}

function paintNode(doc: Doc, node: ChartNode, fontFor: FontFor): void {
  if (node.transform) doc.save().transform(...node.transform);
  switch (node.kind) {
    case 'group':
      for (const child of node.children) paintNode(doc, child, fontFor);
      break;
    case 'text':
      paintText(doc, node, fontFor);
      break;
    default: {
      if (node.kind === 'path' && node.segments.length === 0) break;
      const fill = node.kind !== 'line' && setFill(doc, node.paint, node.opacity);
      const stroke = setStroke(doc, node.paint, node.opacity);
      if (!fill && !stroke) break;
      if (node.kind === 'path') trace(doc, node.segments);
      else if (node.kind === 'line') doc.moveTo(node.x1, node.y1).lineTo(node.x2, node.y2);
      else doc.rect(node.x, node.y, node.width, node.height);
      finish(doc, fill, stroke);
    }
  }
  if (node.transform) doc.restore();
}

/** Draws the chart into `box`, its viewBox fitted as xMidYMid meet and clipped to the box. */
export function paintChartSvg(doc: Doc, drawing: ChartDrawing, box: ChartBox, fontFor: FontFor): void {
  const [vx, vy, vw, vh] = drawing.viewBox;
  const scale = Math.min(box.width / vw, box.height / vh);
  const savedFill = (doc as unknown as { _fillColor: unknown })._fillColor;
  doc.save().translate(box.x, box.y);
  doc.rect(0, 0, box.width, box.height).clip();
  doc.transform(scale, 0, 0, scale, (box.width - vw * scale) / 2 - vx * scale, (box.height - vh * scale) / 2 - vy * scale);
  doc.lineJoin('miter').lineCap('butt');
  paintNode(doc, drawing.root, fontFor);
  doc.restore();
  (doc as unknown as { _fillColor: unknown })._fillColor = savedFill;
}
