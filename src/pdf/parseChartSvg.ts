/**
 * A chart's SVG → a small drawing tree, for paintChartSvg.
 *
 * vega's SVG renderer writes a narrow subset of SVG: groups, paths, lines, rects and text with
 * presentation attributes, translations and the odd rotation; no CSS, defs, clipping or group
 * opacity. Drawing that subset directly takes a brief's seven charts from ~80 ms in
 * svg-to-pdfkit's general machinery (a DOM-like tree, some 30 closures per element, a text
 * matrix per glyph) to ~16 ms, and the whole PDF from ~143 to ~60 ms (measured, one thread).
 * Anything outside the subset returns undefined, and the caller falls back to svg-to-pdfkit.
 *
 * Why draw the SVG rather than vega's scenegraph: the SVG is what the chart files (--format
 * svg) and the PDF share, so both show the very same chart; drawing from the scenegraph would
 * be a second renderer of vega's marks (symbols, arcs, clipped and truncated text) to keep in
 * step with its SVG renderer, and would move the PDF's coordinates from the SVG's rounded
 * numbers to vega's raw ones. The chart stage hands over the SVG's elements as vega made them
 * (drawingOf; svgTree.ts), so nothing is written out and scanned back; SVG text, from a file
 * or a test, goes through the scanner below (parseChartSvg).
 */
import type { SvgElement } from '../charts/svgTree.js';
import { parseSvgPath, type Segment } from './parseSvgPath.js';
import { fail, INITIAL_PAINT, num, resolveAttributes, Unsupported, type Matrix, type Paint } from './resolveSvgAttributes.js';

export type { Matrix, Paint } from './resolveSvgAttributes.js';

export interface TextLine {
  /** A new x (restarting the line), or undefined to continue where the last line's x was. */
  readonly x: number | undefined;
  readonly dy: number;
  readonly text: string;
}

interface Common {
  readonly transform: Matrix | undefined;
  readonly opacity: number;
  readonly paint: Paint;
}

export type ChartNode =
  | (Common & { readonly kind: 'group'; readonly children: ChartNode[] })
  | (Common & { readonly kind: 'path'; readonly segments: readonly Segment[] })
  | (Common & { readonly kind: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number })
  | (Common & { readonly kind: 'rect'; readonly x: number; readonly y: number; readonly width: number; readonly height: number })
  | (Common & { readonly kind: 'text'; readonly lines: TextLine[] });

export interface ChartDrawing {
  readonly viewBox: readonly [number, number, number, number];
  readonly root: ChartNode;
}

/** Path data by text: a landscape's 193 points share one circle; axes and legends repeat. */
const pathCache = new Map<string, readonly Segment[]>();

function pathSegments(d: string): readonly Segment[] {
  let segments = pathCache.get(d);
  if (!segments) {
    segments = parseSvgPath(d) ?? fail(`path data ${d.slice(0, 40)}`);
    if (pathCache.size >= 4096) pathCache.clear(); // bars differ per country: keep it bounded
    // Read from SVG text, `d` is a slice of it and, as a Map key, would keep all of it alive: a
    // worker held ~760 charts' SVG (18 MB) this way. A copy of its own holds only itself.
    pathCache.set(`.${d}`.slice(1), segments);
  }
  return segments;
}

function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name]!;
  });
}

type Element = SvgElement;

/** Regular expressions' \s, for the scanner below. */
const SPACE = /\s/;
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(String.fromCharCode(code)));
/** [\w:-]: letters, digits, underscore, colon and hyphen. */
const isNameChar = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 58) || code === 95 || code === 45;
const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/**
 * SVG text → elements; only what vega writes (no comments, CDATA, declarations): a tag is
 * `<`, an optional `/`, a name, attributes `name="value"` each after white space, optional
 * white space, an optional `/` and `>`; anything else after a `<` is refused.
 *
 * A scanner rather than regular expressions: a brief's eight charts hold some 1,200 elements,
 * and matching them with a pattern (then their attributes with another) made an array and
 * strings per token, which was a third of reading a chart.
 */
function elements(svg: string): Element {
  const root: Element = { name: '', attrs: new Map(), children: [] };
  const stack: Element[] = [root];
  const end = svg.length;
  let at = 0;
  while (at < end) {
    const parent = stack[stack.length - 1]!;
    const open = svg.indexOf('<', at);
    if (open !== at) {
      const stop = open === -1 ? end : open;
      parent.children.push(unescapeXml(svg.slice(at, stop)));
      at = stop;
      continue;
    }
    let i = at + 1;
    const closing = svg.charCodeAt(i) === 47; // '/'
    if (closing) i++;
    const nameStart = i;
    if (!isLetter(svg.charCodeAt(i))) fail('markup');
    while (isNameChar(svg.charCodeAt(i))) i++;
    const name = svg.slice(nameStart, i);
    const attrs = new Map<string, string>();
    for (;;) {
      let j = i;
      while (isSpace(svg.charCodeAt(j))) j++;
      if (j === i || !isNameChar(svg.charCodeAt(j))) {
        i = j;
        break;
      }
      const keyStart = j;
      while (isNameChar(svg.charCodeAt(j))) j++;
      if (svg.charCodeAt(j) !== 61 || svg.charCodeAt(j + 1) !== 34) fail('markup'); // '="'
      const valueEnd = svg.indexOf('"', j + 2);
      if (valueEnd === -1) fail('markup');
      attrs.set(svg.slice(keyStart, j), unescapeXml(svg.slice(j + 2, valueEnd)));
      i = valueEnd + 1;
    }
    const selfClosing = svg.charCodeAt(i) === 47;
    if (selfClosing) i++;
    if (svg.charCodeAt(i) !== 62) fail('markup'); // '>'
    at = i + 1;
    if (closing) {
      if (stack.pop()!.name !== name || stack.length === 0) fail(`</${name}>`);
    } else {
      const element: Element = { name, attrs, children: [] };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  const top = root.children.filter((c) => typeof c !== 'string' || c.trim() !== '');
  return stack.length === 1 && top.length === 1 && typeof top[0] !== 'string' && top[0]!.name === 'svg' ? top[0]! : fail('document');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function textLines(element: Element): TextLine[] {
  if (element.children.every((c) => typeof c === 'string')) return [{ x: undefined, dy: 0, text: collapse(element.children.join('')) }];
  return element.children.flatMap((child): TextLine[] => {
    if (typeof child === 'string') return child.trim() === '' ? [] : fail('text beside tspans');
    if (child.name !== 'tspan' || !child.children.every((c) => typeof c === 'string')) fail(`<${child.name}> in text`);
    for (const name of child.attrs.keys()) if (name !== 'x' && name !== 'dy') fail(`tspan ${name}`);
    const x = child.attrs.get('x');
    return [{ x: x === undefined ? undefined : num(x), dy: num(child.attrs.get('dy') ?? '0'), text: collapse(child.children.join('')) }];
  });
}

function node(element: Element, inherited: Paint): ChartNode | undefined {
  const { paint, transform, opacity, own } = resolveAttributes(element.attrs, inherited);
  const display = own.get('display');
  own.delete('display');
  if (display !== undefined && display !== 'none' && display !== 'inline') fail(`display ${display}`);
  const common = { transform, opacity, paint };
  const take = (name: string, initial?: number) => {
    const value = own.get(name);
    own.delete(name);
    return value === undefined ? (initial ?? fail(`${element.name} without ${name}`)) : num(value);
  };
  let result: ChartNode;
  switch (element.name) {
    case 'g': {
      if (opacity !== 1) fail('group opacity');
      const children: ChartNode[] = [];
      for (const child of element.children) {
        if (typeof child === 'string') {
          if (child.trim() !== '') fail('text in a group');
          continue;
        }
        const made = node(child, paint);
        if (made) children.push(made);
      }
      result = { kind: 'group', children, ...common };
      break;
    }
    case 'path':
      result = { kind: 'path', segments: pathSegments(own.get('d') ?? ''), ...common };
      own.delete('d');
      break;
    case 'line':
      result = { kind: 'line', x1: take('x1', 0), y1: take('y1', 0), x2: take('x2', 0), y2: take('y2', 0), ...common };
      break;
    case 'rect':
      result = { kind: 'rect', x: take('x', 0), y: take('y', 0), width: take('width'), height: take('height'), ...common };
      break;
    case 'text':
      result = { kind: 'text', lines: textLines(element), ...common };
      break;
    default:
      return fail(`<${element.name}>`);
  }
  if (own.size > 0) fail(`${element.name} ${[...own.keys()].join(' ')}`);
  return display === 'none' ? undefined : result;
}

/** SVG text → drawing tree, or undefined when the SVG uses anything beyond vega's subset. */
export function parseChartSvg(svg: string): ChartDrawing | undefined {
  return unlessUnsupported(() => chartDrawing(elements(svg)));
}

/** The chart stage's SVG elements (svgTree.ts) → drawing tree, or undefined as parseChartSvg. */
export function drawingOf(root: SvgElement): ChartDrawing | undefined {
  return unlessUnsupported(() => chartDrawing(root));
}

function unlessUnsupported(draw: () => ChartDrawing | undefined): ChartDrawing | undefined {
  try {
    return draw();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function chartDrawing(root: Element): ChartDrawing | undefined {
  if (root.name !== 'svg') fail('document');
  const attrs = new Map(root.attrs);
  const viewBox = (attrs.get('viewBox') ?? fail('viewBox'))
    .trim()
    .split(/[\s,]+/)
    .map(num);
  for (const name of ['width', 'height', 'viewBox']) attrs.delete(name);
  if (viewBox.length !== 4 || !(viewBox[2]! > 0 && viewBox[3]! > 0)) fail('viewBox');
  const group = node({ name: 'g', attrs, children: root.children }, INITIAL_PAINT);
  return group ? { viewBox: viewBox as unknown as ChartDrawing['viewBox'], root: group } : undefined;
}
