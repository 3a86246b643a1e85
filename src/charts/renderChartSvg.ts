/**
 * ChartSpec → SVG (as a tree of elements, see svgTree.ts), headless.
 *
 * Compiling vega-lite and parsing vega cost far more than drawing, and a chart's structure is
 * the same for every country: only its data sets and top-level params change. So each spec is
 * split into structure and data; the structure is compiled and parsed once, and its View kept:
 * each render pours the data into the View of its structure (rerunView.ts: as into a fresh one).
 *
 * Vega gets a loader that refuses everything (no network, no files: data come inline) and a
 * logger that collects; any warning fails the render, as a silent fallback would print wrong.
 *
 * The numbers vega formats itself (axis labels, a `format` in a template) follow the locale
 * given to the render, set on a View kept for that locale alone: vega's global formatLocale
 * would leak into every later render.
 */
import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { ChartSpec } from './chartSpec.js';
import { SHARED_EXPRESSIONS } from './sharedExpressions.js';
import { type SvgElement, serializeSvg, useSvgTrees } from './svgTree.js';
import { rerunView } from './rerunView.js';
import { useFontMetrics } from './useFontMetrics.js';

export interface RenderedSvg {
  readonly tree: SvgElement;
  /** The standalone SVG text (xmlns, sizes in points), written from the tree when first asked for. */
  readonly svg: string;
  /** Points, at scale 1. */
  readonly width: number;
  readonly height: number;
}

/** How vega writes a number: "5.5" and "1,234" in English, "5,5" and "1 234" in French. */
export interface NumberLocale {
  readonly decimal: string;
  readonly thousands: string;
}

export interface RenderOptions {
  /**
   * The marks of the numbers vega formats, or a BCP 47 tag ('en', 'es', 'fr') to take them
   * from Intl. Without one, vega's own English: "5.5", "1,234".
   */
  readonly locale?: NumberLocale | string;
}

const numberLocales = new Map<string, NumberLocale>();

/** A BCP 47 tag → its decimal mark and thousands separator, as Intl writes 12345.6 (worked out once per tag: Intl is slow to set up). */
export function numberLocaleOf(tag: string): NumberLocale {
  let locale = numberLocales.get(tag);
  if (!locale) {
    const parts = new Intl.NumberFormat(tag).formatToParts(12345.6);
    locale = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      thousands: parts.find((p) => p.type === 'group')?.value ?? '',
    };
    numberLocales.set(tag, locale);
  }
  return locale;
}

/**
 * The locale as vega's View takes it (d3-format's definition). The minus stays d3's default,
 * U+2212, as everywhere in the briefs; currency is never formatted. No time locale: no chart
 * formats a date (editions are labels), so vega keeps its own.
 */
function viewLocale(locale: NumberLocale | string | undefined): vega.Locale | undefined {
  if (locale === undefined) return undefined;
  const { decimal, thousands } = typeof locale === 'string' ? numberLocaleOf(locale) : locale;
  return { number: { decimal, thousands, grouping: [3], currency: ['', ''] } };
}

/** A chart's structure (compile-ready) apart from what changes per country. */
interface SplitSpec {
  readonly key: string;
  readonly structure: () => vega.Spec;
  readonly datasets: ReadonlyMap<string, readonly object[]>;
  readonly signals: ReadonlyMap<string, unknown>;
}

const refuse = (what: string) => Promise.reject(new Error(`charts load nothing (asked for ${what})`));

/** Charts carry their data inline; anything vega tries to fetch is a mistake. */
const REFUSING_LOADER: vega.Loader = {
  load: (uri) => refuse(uri),
  sanitize: (uri) => refuse(uri),
  http: (uri) => refuse(uri),
  file: (name) => refuse(name),
};

/** A logger that keeps warnings and errors so the caller can fail on them. */
function collectingLogger(messages: string[]): vega.LoggerInterface {
  return vega.logger(vega.Warn, undefined, (_method, level, args) => {
    messages.push(`${level} ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')}`);
  });
}

/** ChartSpec → its structure (cache key and compile step) and what each render pours in. */
function splitSpec(chart: ChartSpec): SplitSpec {
  if (chart.grammar === 'vega-lite') {
    const { datasets, params, ...rest } = chart.spec as typeof chart.spec & { params?: { name: string; value?: unknown }[] };
    const signals = new Map((params ?? []).map((p) => [p.name, p.value]));
    const names = (params ?? []).map(({ value: _value, ...p }) => p);
    const key = JSON.stringify(['vega-lite', rest, names]);
    return {
      key,
      datasets: new Map(Object.entries(datasets)),
      signals,
      structure: () => {
        const messages: string[] = [];
        const compiled = compile({ ...rest, ...(params ? { params } : {}) } as typeof chart.spec, {
          logger: collectingLogger(messages),
        }).spec;
        if (messages.length > 0) throw new Error(`vega-lite: ${messages.join('; ')}`);
        return compiled;
      },
    };
  }
  const datasets = new Map<string, readonly object[]>();
  const data = (chart.spec.data ?? []).map((entry) => {
    if (!('values' in entry) || !Array.isArray(entry.values)) return entry;
    const { values, ...named } = entry;
    datasets.set(entry.name, values as object[]);
    return named;
  });
  const structure = { ...chart.spec, data } as vega.Spec;
  return { key: JSON.stringify(['vega', structure]), datasets, signals: new Map(), structure: () => structure };
}

const runtimes = new Map<string, vega.Runtime>();

function runtimeOf(split: SplitSpec): vega.Runtime {
  let runtime = runtimes.get(split.key);
  if (!runtime) {
    runtime = vega.parse(split.structure());
    runtimes.set(split.key, runtime);
  }
  return runtime;
}

/** The root element's size, which includes the padding autosize added. */
function sizeOf(tree: SvgElement): { width: number; height: number } {
  const width = Number(tree.attrs.get('width'));
  const height = Number(tree.attrs.get('height'));
  if (tree.name !== 'svg' || !(width > 0 && height > 0)) throw new Error('vega produced an SVG without a size');
  return { width, height };
}

/** A rendered chart whose text is written once, when first read. */
export function renderedSvg(tree: SvgElement, size: { width: number; height: number }): RenderedSvg {
  let svg: string | undefined;
  return {
    tree,
    get svg() {
      svg ??= serializeSvg(tree);
      return svg;
    },
    ...size,
  };
}

/** Half a point: strokes centred on the edge stick out by half their width. */
const TOLERANCE = 0.5;

/**
 * vega's fit-x sizes the plot but not every guide (a long horizontal legend can run past the
 * edge), and anything past the edge is clipped in print: fail rather than cut.
 */
function checkInside(view: vega.View, size: { width: number; height: number }): void {
  const [dx, dy] = view.origin();
  const { x1, y1, x2, y2 } = (view.scenegraph() as unknown as { root: { bounds: { x1: number; y1: number; x2: number; y2: number } } }).root.bounds;
  const out = Math.max(-(dx + x1), dx + x2 - size.width, -(dy + y1), dy + y2 - size.height);
  if (out > TOLERANCE) {
    throw new Error(`the drawing runs ${out.toFixed(1)} pt past its ${size.width} × ${size.height} pt frame`);
  }
}

/** A View kept for its chart structure and locale, with the messages of its current render. */
interface KeptView {
  readonly key: string;
  readonly view: vega.View;
  readonly messages: string[];
  rendered: boolean;
}

/**
 * One View per chart structure and locale, fed each country's data in turn (rerunView.ts says
 * why that draws as a fresh View). A brief has about ten structures, and a language each.
 */
const views = new Map<string, KeptView>();

/**
 * vega numbers operators from 1, and each keeps the ids of its targets as the keys of a plain
 * object (vega-dataflow's UniqueList). V8 stores an object whose first integer key is below
 * 1,024 as an array as long as that key: the first kept views' ~900 operators held ~5 MB of
 * such arrays in each thread, for the whole run. Operators numbered from 1,025 keep small
 * dictionaries, so throwaway operators take the low numbers before the first View.
 */
let lowIdsTaken = false;

function takeLowOperatorIds(): void {
  if (lowIdsTaken) return;
  lowIdsTaken = true;
  for (let n = 0; n < 1024; n++) new vega.Operator(null);
}

function viewOf(split: SplitSpec, options: RenderOptions): KeptView {
  const key = `${JSON.stringify(options.locale ?? null)} ${split.key}`;
  let kept = views.get(key);
  if (!kept) {
    takeLowOperatorIds();
    const messages: string[] = [];
    const locale = viewLocale(options.locale);
    const view = new vega.View(runtimeOf(split), {
      renderer: 'none',
      loader: REFUSING_LOADER,
      logger: collectingLogger(messages),
      logLevel: vega.Warn,
      // each expression compiled once per process, not once per view (sharedExpressions.ts)
      expr: SHARED_EXPRESSIONS,
      // vega-typings call this option the built formatters; View() takes the definition, as vega's docs say.
      ...(locale ? { locale: locale as unknown as vega.LocaleFormatters } : {}),
    });
    kept = { key, view, messages, rendered: false };
    views.set(key, kept);
  }
  return kept;
}

async function draw(chart: ChartSpec, options: RenderOptions): Promise<RenderedSvg> {
  useFontMetrics();
  useSvgTrees();
  const split = splitSpec(chart);
  const kept = viewOf(split, options);
  const { view, messages } = kept;
  messages.length = 0;
  try {
    if (kept.rendered) rerunView(view);
    // vega marks the objects it ingests; copies keep the spec untouched and renders repeatable.
    for (const [name, rows] of split.datasets)
      view.data(
        name,
        rows.map((row) => ({ ...row })),
      );
    for (const [name, value] of split.signals) view.signal(name, value);
    vega.resetSVGDefIds();
    const tree = (await view.toSVG()) as unknown as SvgElement;
    kept.rendered = true;
    const size = sizeOf(tree);
    checkInside(view, size);
    if (messages.length > 0) throw new Error(messages.join('; '));
    return renderedSvg(tree, size);
  } catch (error) {
    // a View that failed may be half updated: the next render of this structure starts afresh
    views.delete(kept.key);
    view.finalize();
    throw error;
  }
}

/**
 * SVG ids (clip paths, gradients) come from one process-wide counter that each render resets,
 * so renders run one at a time even when callers overlap.
 */
let queue: Promise<unknown> = Promise.resolve();

/** ChartSpec (+ the locale of the numbers vega formats) → the chart's SVG; throws on any vega(-lite) warning. */
export function renderChartSvg(chart: ChartSpec, options: RenderOptions = {}): Promise<RenderedSvg> {
  const run = queue.then(
    () => draw(chart, options),
    () => draw(chart, options),
  );
  queue = run.catch(() => undefined);
  return run.catch((error: unknown) => {
    throw new Error(`chart ${chart.id}: ${(error as Error).message}`, { cause: error });
  });
}
