/**
 * A chart's SVG → the labels a line or another mark runs through, read from the geometry vega
 * drew: every text's box (measured with the embedded font, as it prints) against every stroked
 * segment and filled shape. A mark drawn under a label that has a halo (the same text drawn
 * just before it in the background colour, stroked wide) is hidden by the halo; any other mark
 * over or under a label's box crosses it.
 */
import { measureText } from '../../src/fonts/fonts.js';
import { parseChartSvg, type ChartNode, type Matrix } from '../../src/pdf/parseChartSvg.js';
import { multiply } from '../../src/pdf/resolveSvgAttributes.js';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface Label {
  text: string;
  box: Box;
  order: number;
  halo: boolean;
}
interface Mark {
  what: string;
  order: number;
  /** Stroked segments, or the box of a filled shape. */
  segments: [number, number, number, number][];
  box: Box | null;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
const isWhite = (colour: string | null) => colour !== null && /^#f{6}$/i.test(colour);

function segmentHitsBox([ax, ay, bx, by]: [number, number, number, number], b: Box): boolean {
  // Liang–Barsky clipping: does any part of the segment lie inside the box?
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  for (const [p, q] of [
    [-dx, ax - b.x1],
    [dx, b.x2 - ax],
    [-dy, ay - b.y1],
    [dy, b.y2 - ay],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function collect(svg: string): { labels: Label[]; marks: Mark[]; halos: Label[] } {
  const drawing = parseChartSvg(svg);
  if (!drawing) throw new Error('the chart is outside the SVG subset the PDF draws');
  const labels: Label[] = [];
  const halos: Label[] = [];
  const marks: Mark[] = [];
  let order = 0;
  const walk = (node: ChartNode, parent: Matrix) => {
    const m = node.transform ? multiply(parent, node.transform) : parent;
    order += 1;
    if (node.kind === 'group') {
      for (const child of node.children) walk(child, m);
      return;
    }
    if (node.kind === 'text') {
      if (Math.abs(m[1]) > 1e-6 || Math.abs(m[2]) > 1e-6) return; // rotated (an axis title): left alone
      const { paint } = node;
      let [x, y] = [0, 0];
      for (const line of node.lines) {
        x = line.x ?? x;
        y += line.dy;
        if (!line.text) continue;
        const width = measureText(line.text, paint.fontSize, paint.bold ? 'bold' : paint.italic ? 'italic' : 'regular');
        const left = x - (paint.anchor === 'end' ? width : paint.anchor === 'middle' ? width / 2 : 0);
        // The glyphs' extent: caps above the baseline, descenders below; half a point in hand.
        const [x1, y1] = apply(m, left + 0.5, y - 0.68 * paint.fontSize + 0.5);
        const [x2, y2] = apply(m, left + width - 0.5, y + 0.18 * paint.fontSize - 0.5);
        const label = { text: line.text, box: { x1, y1, x2, y2 }, order, halo: false };
        (isWhite(paint.fill) ? halos : labels).push(label);
      }
      return;
    }
    const fill = node.kind !== 'line' && node.paint.fill !== null && !isWhite(node.paint.fill) && node.paint.fillOpacity > 0 && node.opacity > 0;
    const stroke = node.paint.stroke !== null && !isWhite(node.paint.stroke) && node.paint.strokeWidth > 0;
    if (!fill && !stroke) return;
    const points: [number, number][][] = [];
    if (node.kind === 'line') points.push([apply(m, node.x1, node.y1), apply(m, node.x2, node.y2)]);
    else if (node.kind === 'rect') {
      const { x, y, width: w, height: h } = node;
      points.push([apply(m, x, y), apply(m, x + w, y), apply(m, x + w, y + h), apply(m, x, y + h), apply(m, x, y)]);
    } else {
      let current: [number, number][] = [];
      let start: [number, number] = [0, 0];
      for (const s of node.segments) {
        if (s[0] === 'M') {
          if (current.length > 1) points.push(current);
          start = apply(m, s[1], s[2]);
          current = [start];
        } else if (s[0] === 'L') current.push(apply(m, s[1], s[2]));
        else if (s[0] === 'C') current.push(apply(m, s[1], s[2]), apply(m, s[3], s[4]), apply(m, s[5], s[6]));
        else current.push(start);
      }
      if (current.length > 1) points.push(current);
    }
    const segments = points.flatMap((run) => run.slice(1).map((p, i): [number, number, number, number] => [run[i]![0], run[i]![1], p[0], p[1]]));
    const all = points.flat();
    const box = fill ? { x1: Math.min(...all.map((p) => p[0])), y1: Math.min(...all.map((p) => p[1])), x2: Math.max(...all.map((p) => p[0])), y2: Math.max(...all.map((p) => p[1])) } : null;
    marks.push({ what: node.kind, order, segments: stroke ? segments : [], box });
  };
  walk(drawing.root, IDENTITY);
  return { labels, marks, halos };
}

/** "6.62 crossed by a path" for every label a mark runs through; empty when none is. */
export function labelCrossings(svg: string): string[] {
  const { labels, marks, halos } = collect(svg);
  const found: string[] = [];
  for (const label of labels) {
    const halo = halos.filter((h) => h.text === label.text && h.order < label.order && overlaps(h.box, label.box)).at(-1);
    for (const mark of marks) {
      // Under the halo: hidden by it.
      if (halo && mark.order < halo.order) continue;
      const hit = (mark.box !== null && overlaps(mark.box, label.box)) || mark.segments.some((s) => segmentHitsBox(s, label.box));
      if (hit) found.push(`"${label.text}" crossed by a ${mark.what}`);
    }
  }
  return found;
}
