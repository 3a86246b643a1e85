/**
 * SVG presentation attributes → resolved paint, transform and opacity, for parseChartSvg: only
 * the attributes and values vega writes; anything else is Unsupported, and the chart goes to
 * svg-to-pdfkit instead.
 */

/** [a, b, c, d, e, f] as in SVG and PDF. */
export type Matrix = readonly [number, number, number, number, number, number];

/** The inherited presentation attributes, resolved at each node. */
export interface Paint {
  /** '#rrggbb', or null for none. */
  readonly fill: string | null;
  readonly stroke: string | null;
  readonly strokeWidth: number;
  readonly fillOpacity: number;
  readonly miterLimit: number;
  readonly dash: readonly number[] | null;
  readonly fontFamily: string;
  readonly fontSize: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** Written by vega for the browser and screen readers; nothing to draw. */
const IGNORED = new Set(['class', 'role', 'aria-hidden', 'aria-label', 'aria-roledescription', 'pointer-events', 'xmlns', 'xmlns:xlink', 'version']);

export const INITIAL_PAINT: Paint = {
  fill: '#000000',
  stroke: null,
  strokeWidth: 1,
  fillOpacity: 1,
  miterLimit: 4,
  dash: null,
  fontFamily: 'sans-serif',
  fontSize: 16,
  bold: false,
  italic: false,
  anchor: 'start',
};

/** Thrown for anything outside vega's subset; parseChartSvg turns it into a fallback. */
export class Unsupported extends Error {}

export const fail = (what: string): never => {
  throw new Unsupported(what);
};

export function num(value: string): number {
  const n = Number(value.endsWith('px') ? value.slice(0, -2) : value);
  return Number.isFinite(n) && value.trim() !== '' ? n : fail(`number ${value}`);
}

function color(value: string): string | null {
  if (value === 'none') return null;
  return /^#[0-9a-fA-F]{6}$/.test(value) ? value : fail(`colour ${value}`);
}

/** m × n: n applied first, then m (SVG's nesting order). */
export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** Matrices by transform text: vega repeats the same few translations on every axis and legend. */
const transforms = new Map<string, Matrix>();

/** "translate(10,20) rotate(-90)" → one matrix (cached: the same text, the same matrix). */
function transform(value: string): Matrix {
  let matrix = transforms.get(value);
  if (!matrix) {
    matrix = parseTransform(value);
    if (transforms.size >= 4096) transforms.clear(); // labels' positions differ per country: keep it bounded
    transforms.set(`.${value}`.slice(1), matrix); // a copy: the text is a slice of the whole SVG (see parseChartSvg)
  }
  return matrix;
}

/** "translate(10,20) rotate(-90)" → one matrix; only the functions vega writes. */
function parseTransform(value: string): Matrix {
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  const rest = value.replace(/\s*(translate|rotate|scale)\(([^)]*)\)\s*/g, (_, fn: string, args: string) => {
    const [a = 0, b] = args.split(/[\s,]+/).map(num);
    if (fn === 'translate') m = multiply(m, [1, 0, 0, 1, a, b ?? 0]);
    else if (fn === 'scale') m = multiply(m, [a, 0, 0, b ?? a, 0, 0]);
    else {
      const r = (a * Math.PI) / 180;
      m = multiply(m, [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]);
    }
    return '';
  });
  return rest === '' ? m : fail(`transform ${value}`);
}

/** The attributes of a node: what it inherits updated by its own. */
export function resolveAttributes(attrs: Map<string, string>, inherited: Paint): { paint: Paint; transform: Matrix | undefined; opacity: number; own: Map<string, string> } {
  // Most nodes inherit their paint unchanged: copy it only when a node changes it.
  let changed: { -readonly [K in keyof Paint]: Paint[K] } | undefined;
  const write = () => (changed ??= { ...inherited });
  let matrix: Matrix | undefined;
  let opacity = 1;
  const own = new Map<string, string>();
  for (const [name, value] of attrs) {
    if (IGNORED.has(name)) continue;
    switch (name) {
      case 'fill':
        write().fill = color(value);
        break;
      case 'stroke':
        write().stroke = color(value);
        break;
      case 'stroke-width':
        write().strokeWidth = num(value);
        break;
      case 'fill-opacity':
        write().fillOpacity = Math.max(0, Math.min(1, num(value)));
        break;
      case 'stroke-miterlimit':
        write().miterLimit = num(value);
        break;
      case 'stroke-dasharray':
        write().dash = value === 'none' ? null : value.split(/[\s,]+/).map(num);
        break;
      case 'font-family':
        write().fontFamily = value;
        break;
      case 'font-size':
        write().fontSize = num(value);
        break;
      case 'font-weight':
        write().bold = value === 'bold' ? true : value === 'normal' ? false : fail(`font-weight ${value}`);
        break;
      case 'font-style':
        write().italic = value === 'italic' ? true : value === 'normal' ? false : fail(`font-style ${value}`);
        break;
      case 'text-anchor':
        write().anchor = value === 'start' || value === 'middle' || value === 'end' ? value : fail(`text-anchor ${value}`);
        break;
      case 'transform':
        matrix = transform(value);
        break;
      case 'opacity':
        opacity = Math.max(0, Math.min(1, num(value)));
        break;
      default:
        own.set(name, value);
    }
  }
  const paint = changed ?? inherited;
  if (paint.dash && !paint.dash.every((n) => n > 0)) fail('stroke-dasharray');
  return { paint, transform: matrix, opacity, own };
}
