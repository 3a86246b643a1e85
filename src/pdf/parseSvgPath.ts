/**
 * SVG path data → absolute move / line / cubic / close segments, for paintChartSvg.
 *
 * Arcs become cubic Béziers exactly as svg-to-pdfkit makes them (one per 60° at its default
 * precision), so a chart drawn either way has the same outline. Sub-paths of zero length are
 * dropped, as svg-to-pdfkit drops them. Commands vega does not write (S, Q, T) return undefined.
 */

export type Segment = readonly ['M', number, number] | readonly ['L', number, number] | readonly ['C', number, number, number, number, number, number] | readonly ['Z'];

const ARITY: Readonly<Record<string, number>> = { M: 2, L: 2, H: 1, V: 1, C: 6, A: 7, Z: 0 };
const TOKEN = /([MmLlHhVvCcAaZz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)|([\s,]+)|(.)/g;

/** svg-to-pdfkit's arc conversion (its SvgShape.A, precision 3). */
function arc(out: Segment[], x0: number, y0: number, [rx, ry, angle, large, sweep, x, y]: number[]): void {
  if (Math.abs(rx!) < 1e-10 || Math.abs(ry!) < 1e-10) return void out.push(['L', x!, y!]);
  const fi = angle! * (Math.PI / 180);
  let rX = Math.abs(rx!);
  let rY = Math.abs(ry!);
  const fa = large ? 1 : 0;
  const fs = sweep ? 1 : 0;
  const x1 = (Math.cos(fi) * (x0 - x!)) / 2 + (Math.sin(fi) * (y0 - y!)) / 2;
  const y1 = (Math.cos(fi) * (y0 - y!)) / 2 - (Math.sin(fi) * (x0 - x!)) / 2;
  const lambda = (x1 * x1) / (rX * rX) + (y1 * y1) / (rY * rY);
  if (lambda > 1) {
    rX *= Math.sqrt(lambda);
    rY *= Math.sqrt(lambda);
  }
  const r = Math.sqrt(Math.max(0, rX * rX * rY * rY - rX * rX * y1 * y1 - rY * rY * x1 * x1) / (rX * rX * y1 * y1 + rY * rY * x1 * x1));
  const x2 = ((fa === fs ? -1 : 1) * r * rX * y1) / rY;
  const y2 = ((fa === fs ? 1 : -1) * r * rY * x1) / rX;
  const cx = Math.cos(fi) * x2 - Math.sin(fi) * y2 + (x0 + x!) / 2;
  const cy = Math.sin(fi) * x2 + Math.cos(fi) * y2 + (y0 + y!) / 2;
  const th1 = Math.atan2((y1 - y2) / rY, (x1 - x2) / rX);
  let th2 = Math.atan2((-y1 - y2) / rY, (-x1 - x2) / rX);
  if (fs === 0 && th2 - th1 > 0) th2 -= 2 * Math.PI;
  else if (fs === 1 && th2 - th1 < 0) th2 += 2 * Math.PI;
  const segments = Math.ceil(Math.abs(th2 - th1) / (Math.PI / 3));
  const [cos, sin] = [Math.cos(fi), Math.sin(fi)];
  for (let i = 0; i < segments; i++) {
    const th3 = th1 + (i * (th2 - th1)) / segments;
    const th4 = th1 + ((i + 1) * (th2 - th1)) / segments;
    const t = (4 / 3) * Math.tan((th4 - th3) / 4);
    const px = (a: number, b: number) => cx + cos * rX * a - sin * rY * b;
    const py = (a: number, b: number) => cy + sin * rX * a + cos * rY * b;
    const [c3, s3, c4, s4] = [Math.cos(th3), Math.sin(th3), Math.cos(th4), Math.sin(th4)];
    out.push(['C', px(c3 - t * s3, s3 + t * c3), py(c3 - t * s3, s3 + t * c3), px(c4 + t * s4, s4 - t * c4), py(c4 + t * s4, s4 - t * c4), px(c4, s4), py(c4, s4)]);
  }
}

/** Drops sub-paths that never leave their starting point (svg-to-pdfkit skips those). */
function dropEmpty(segments: Segment[]): Segment[] {
  const kept: Segment[] = [];
  let start = 0;
  const flush = (end: number) => {
    const [first] = segments.slice(start, end);
    const moves = segments.slice(start, end).some((s) => s[0] !== 'Z' && (s[s.length - 2] !== first?.[1] || s[s.length - 1] !== first?.[2]));
    const curves = segments.slice(start, end).some((s) => s[0] === 'C');
    if (moves || curves) kept.push(...segments.slice(start, end));
  };
  segments.forEach((s, i) => {
    if (s[0] === 'M' && i > start) {
      flush(i);
      start = i;
    }
  });
  flush(segments.length);
  return kept;
}

/** Path data → absolute segments; undefined for commands outside what vega writes. */
export function parseSvgPath(d: string): Segment[] | undefined {
  const out: Segment[] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let command = '';
  let args: number[] = [];
  const run = (): boolean => {
    const upper = command.toUpperCase();
    const relative = command !== upper;
    const [dx, dy] = relative ? [x, y] : [0, 0];
    switch (upper) {
      case 'M':
        [x, y] = [args[0]! + dx, args[1]! + dy];
        [startX, startY] = [x, y];
        out.push(['M', x, y]);
        command = relative ? 'l' : 'L'; // further pairs are line-tos
        return true;
      case 'L':
        [x, y] = [args[0]! + dx, args[1]! + dy];
        break;
      case 'H':
        x = args[0]! + dx;
        break;
      case 'V':
        y = args[0]! + dy;
        break;
      case 'C': {
        const [a, b, c, e, f, g] = args as [number, number, number, number, number, number];
        out.push(['C', a + dx, b + dy, c + dx, e + dy, f + dx, g + dy]);
        [x, y] = [f + dx, g + dy];
        return true;
      }
      case 'A':
        arc(out, x, y, [...args.slice(0, 5), args[5]! + dx, args[6]! + dy]);
        [x, y] = [args[5]! + dx, args[6]! + dy];
        return true;
      case 'Z':
        out.push(['Z']);
        [x, y] = [startX, startY];
        return true;
      default:
        return false;
    }
    out.push(['L', x, y]);
    return true;
  };
  for (const [, letter, number, , stray] of d.matchAll(TOKEN)) {
    if (stray) return undefined;
    if (letter) {
      if (command && args.length > 0) return undefined;
      command = letter;
      args = [];
      if (ARITY[letter.toUpperCase()] === undefined) return undefined;
      if (letter === 'Z' || letter === 'z') run();
    } else if (number) {
      if (!command || command.toUpperCase() === 'Z') return undefined;
      args.push(Number(number));
      if (args.length === ARITY[command.toUpperCase()]) {
        if (!run()) return undefined;
        args = [];
      }
    }
  }
  return args.length === 0 ? dropEmpty(out) : undefined;
}
