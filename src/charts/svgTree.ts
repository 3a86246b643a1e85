/**
 * A chart's SVG as a tree of elements, and that tree → the SVG text.
 *
 * vega's headless SVG renderer builds one long string (escaping every attribute with four
 * regular expressions), and the PDF then scanned the string back into elements. Here vega's
 * renderer is given a builder with the same four calls (open, attr, text, close) that keeps
 * the elements instead, so the PDF reads the tree as it is; the text is written only when a
 * chart file (--format svg) or svg-to-pdfkit needs it, by vega's own `markup` from the very
 * calls vega made. Tree and text are the same chart: the tests check that the text reads back
 * into the tree.
 */
import * as vega from 'vega';

/** An SVG element: attribute values and text as vega writes them, unescaped. */
export interface SvgElement {
  readonly name: string;
  readonly attrs: Map<string, string>;
  readonly children: (SvgElement | string)[];
}

/** vega-scenegraph's `markup` interface, as its SVG renderer calls it. */
interface Markup {
  open(tag: string, ...sets: (Record<string, unknown> | null | undefined)[]): Markup;
  attr(name: string, value: unknown): Markup;
  text(text: unknown): Markup;
  close(): Markup;
}

/**
 * A markup that builds elements. It keeps what vega's string markup would write: an attribute
 * without a value is left out, a later value of an attribute replaces the earlier one where it
 * stood, texts in a row join, and text after a child element is dropped (vega's markup drops
 * it too, though vega never writes any).
 */
function treeMarkup(): Markup & { root(): SvgElement } {
  const top: SvgElement = { name: '', attrs: new Map(), children: [] };
  const stack: SvgElement[] = [top];
  const hasChild: boolean[] = [false];
  const m = {
    open(tag: string, ...sets: (Record<string, unknown> | null | undefined)[]) {
      const element: SvgElement = { name: tag, attrs: new Map(), children: [] };
      stack[stack.length - 1]!.children.push(element);
      hasChild[hasChild.length - 1] = true;
      stack.push(element);
      hasChild.push(false);
      for (const set of sets) if (set) for (const key in set) m.attr(key, set[key]);
      return m;
    },
    attr(name: string, value: unknown) {
      if (value !== null && value !== undefined) stack[stack.length - 1]!.attrs.set(name, `${value}`);
      return m;
    },
    text(text: unknown) {
      const at = stack.length - 1;
      const value = `${text}`;
      if (hasChild[at] || value === '') return m;
      const children = stack[at]!.children;
      const last = children.length - 1;
      if (last >= 0 && typeof children[last] === 'string') children[last] += value;
      else children.push(value);
      return m;
    },
    close() {
      stack.pop();
      hasChild.pop();
      return m;
    },
    root: () => top.children[0] as SvgElement,
  };
  return m;
}

/** vega-scenegraph's module constants for the root element (not exported). */
const METADATA = { xmlns: 'http://www.w3.org/2000/svg', 'xmlns:xlink': 'http://www.w3.org/1999/xlink', version: '1.1' };
const ROOT_ATTRIBUTES = { fill: 'none', 'stroke-miterlimit': 4 };

/** What SVGStringRenderer (vega-scenegraph 5.3) keeps and calls; its typings do not say. */
interface StringRendererInternals {
  _width: number;
  _height: number;
  _scale: number;
  _origin: [number, number];
  _bgcolor: string | null;
  _text: unknown;
  mark(m: Markup, scene: unknown): void;
  defs(m: Markup): void;
}

const SVGStringRenderer = (vega as unknown as { SVGStringRenderer: new (...args: unknown[]) => object }).SVGStringRenderer;

/** vega-scenegraph 5.3's SVGStringRenderer._render, line for line, with the tree builder. */
class TreeRenderer extends SVGStringRenderer {
  _render(this: TreeRenderer & StringRendererInternals, scene: unknown) {
    const m = treeMarkup();
    m.open('svg', METADATA, { class: 'marks', width: this._width * this._scale, height: this._height * this._scale, viewBox: `0 0 ${this._width} ${this._height}` });
    const background = this._bgcolor;
    if (background && background !== 'transparent' && background !== 'none') m.open('rect', { width: this._width, height: this._height, fill: background }).close();
    m.open('g', ROOT_ATTRIBUTES, { transform: `translate(${this._origin})` });
    this.mark(m, scene);
    m.close();
    this.defs(m);
    m.close();
    this._text = m.root();
    return this;
  }
}

type RenderModule = { headless: unknown };
const renderModule = (vega as unknown as { renderModule(name: string, module?: RenderModule): RenderModule }).renderModule;

/**
 * Makes View.toSVG() return the tree (an SvgElement, whatever its typings say) rather than
 * text: vega looks its headless SVG renderer up in this registry. Every render of this process
 * goes through renderChartSvg, which expects the tree.
 */
export function useSvgTrees(): void {
  const svg = renderModule('svg');
  if (svg.headless !== TreeRenderer) renderModule('svg', { ...svg, headless: TreeRenderer });
}

const markup = (vega as unknown as { markup(): Markup & { toString(): string } }).markup;

/** The tree → the SVG text, written by vega's own markup: what vega's toSVG() writes. */
export function serializeSvg(tree: SvgElement): string {
  const m = markup();
  const write = (element: SvgElement) => {
    m.open(element.name, Object.fromEntries(element.attrs));
    for (const child of element.children) {
      if (typeof child === 'string') m.text(child);
      else write(child);
    }
    m.close();
  };
  write(tree);
  return m.toString();
}
