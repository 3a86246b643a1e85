/**
 * A chart template (templates/charts/*.vl.json or *.vg.json) + this chart's words, size and
 * data → a complete spec: palette references resolved, the shared config and the embedded font
 * applied, data inlined under the names the template's placeholders use.
 */
import type { Spec as VegaSpec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import shared from '../../templates/charts/config.json' with { type: 'json' };
import { FONT_FAMILY } from '../fonts/fonts.js';
import { wrapText } from '../fonts/wrapText.js';
import type { Rows } from './chartSpec.js';
import { PALETTE } from './palette.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const PALETTE_REF = '$palette.';

/** "$palette.ink.text" → "#1a1a1a"; any other value is copied as it is. */
export function resolvePaletteRefs(value: unknown): Json {
  if (typeof value === 'string' && value.startsWith(PALETTE_REF)) {
    const path = value.slice(PALETTE_REF.length).split('.');
    let found: unknown = PALETTE;
    for (const step of path) found = (found as Record<string, unknown> | undefined)?.[step];
    if (found === undefined) throw new Error(`templates/charts: no colour ${value} in palette.json`);
    return found as Json;
  }
  if (Array.isArray(value)) return value.map(resolvePaletteRefs);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolvePaletteRefs(v)]));
  }
  return value as Json;
}

/**
 * The family as SVG must name it: quoted, because "Source Sans 3" unquoted is not a valid CSS
 * family name (an identifier cannot start with a digit) and browsers would fall back to serif.
 */
export const CHART_FONT = `'${FONT_FAMILY}', sans-serif`;

/** The title's and subtitle's sizes in config.json, which the wrapping below must match. */
const TITLE_SIZE = shared.config.title.fontSize;
const SUBTITLE_SIZE = shared.config.title.subtitleFontSize;

/** vega never wraps a title, it runs past the edge: break title and subtitle into lines that fit. */
function titleOf(fill: { width: number; title: string; subtitle?: string }): { text: string | string[]; subtitle?: string[] } {
  const title = wrapText(fill.title, fill.width - 8, TITLE_SIZE, 'bold');
  // copies: the lines are shared (wrapText keeps them), the spec is vega's to normalise
  const text = title.length === 1 ? title[0]! : [...title];
  const subtitle = fill.subtitle ? [...wrapText(fill.subtitle, fill.width - 8, SUBTITLE_SIZE)] : [];
  return subtitle.length > 0 ? { text, subtitle } : { text };
}

/** The shared vega-lite config, with the font every output embeds. */
export function chartConfig(): Record<string, Json> {
  return { ...(resolvePaletteRefs(shared.config) as Record<string, Json>), font: CHART_FONT };
}

export interface VegaLiteFill {
  readonly width: number;
  readonly title: string;
  readonly subtitle?: string;
  readonly datasets: Readonly<Record<string, Rows>>;
  /** Per-country words the template reads as top-level params (legend labels). */
  readonly params?: Readonly<Record<string, Json>>;
  /** Layers (by `name`) this chart leaves out, e.g. changes when there is no previous edition. */
  readonly dropLayers?: readonly string[];
  /** Lines on the discrete y axis: a template height of `{"step": n}` becomes n × lines. */
  readonly lines?: number;
}

/**
 * vega-lite warns when fit-x meets a step height (and we fail on warnings), so the template's
 * step is turned into a fixed height here, from the number of lines the data will draw.
 */
function heightOf(height: Json | undefined, lines: number | undefined): Json | undefined {
  const step = (height as { step?: number } | undefined)?.step;
  if (step === undefined) return height;
  if (lines === undefined) throw new Error('templates/charts: a step height needs the number of lines');
  return step * lines;
}

function withoutLayers(spec: Record<string, Json>, names: readonly string[]): Record<string, Json> {
  if (names.length === 0 || !Array.isArray(spec.layer)) return spec;
  const layer = spec.layer.filter((l) => !names.includes(String((l as Record<string, Json>).name)));
  return { ...spec, layer };
}

/** A vega-lite template → a TopLevelSpec with datasets inlined and the title set. */
export function fillVegaLite(template: unknown, fill: VegaLiteFill): TopLevelSpec & { datasets: Record<string, Rows> } {
  const spec = withoutLayers(resolvePaletteRefs(template) as Record<string, Json>, fill.dropLayers ?? []);
  const params = Object.entries(fill.params ?? {}).map(([name, value]) => ({ name, value }));
  return {
    ...spec,
    ...(params.length > 0 ? { params: [...((spec.params as Json[] | undefined) ?? []), ...params] } : {}),
    width: fill.width,
    ...(spec.height === undefined ? {} : { height: heightOf(spec.height, fill.lines) }),
    title: titleOf(fill),
    config: mergeConfig(chartConfig(), (spec.config ?? {}) as Record<string, Json>),
    datasets: fill.datasets,
  } as unknown as TopLevelSpec & { datasets: Record<string, Rows> };
}

/** Shared config under a template's own: one level deep, so a template can change one axis setting. */
function mergeConfig(base: Record<string, Json>, own: Record<string, Json>): Record<string, Json> {
  const merged = { ...base };
  for (const [key, value] of Object.entries(own)) {
    const under = merged[key];
    const isObject = (v: Json | undefined) => v !== null && typeof v === 'object' && !Array.isArray(v);
    merged[key] = isObject(under) && isObject(value) ? { ...(under as object), ...(value as object) } : value;
  }
  return merged;
}

/**
 * A vega template → a Spec: `$palette` resolved, width and title set, data values put into the
 * named sets. vega has no top-level font, so the family goes to each part that draws text.
 */
export function fillVega(template: unknown, fill: Omit<VegaLiteFill, 'params' | 'dropLayers' | 'lines'>): VegaSpec {
  const spec = resolvePaletteRefs(template) as Record<string, Json>;
  const data = ((spec.data ?? []) as Record<string, Json>[]).map((entry) => {
    const values = fill.datasets[String(entry.name)];
    return values ? { ...entry, values: values as unknown as Json } : entry;
  });
  const base = chartConfig() as Record<string, Record<string, Json>>;
  const config = {
    background: base.background,
    title: { ...base.title, font: CHART_FONT, subtitleFont: CHART_FONT },
    axis: { ...base.axis, labelFont: CHART_FONT, titleFont: CHART_FONT },
    text: { font: CHART_FONT },
  } as Record<string, Json>;
  return {
    ...spec,
    width: fill.width,
    title: titleOf(fill),
    config: mergeConfig(config, (spec.config ?? {}) as Record<string, Json>),
    data,
  } as unknown as VegaSpec;
}
