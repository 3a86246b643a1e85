/**
 * The locale of the numbers vega formats itself (axis labels, a `format` in a template): set per
 * render on the view, English by default, never leaking into the next render.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChartSpecs } from '../../src/charts/buildChartSpecs.js';
import type { ChartSpec, VegaLiteChartSpec } from '../../src/charts/chartSpec.js';
import { numberLocaleOf, renderChartSvg } from '../../src/charts/renderChartSvg.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { textsOf } from './readSvg.js';

let model: IndexModel;
let landscape: VegaLiteChartSpec;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
  landscape = buildChartSpecs(model, buildCountryBrief(model, 'PER', 2023))[3] as VegaLiteChartSpec;
});

/** French puts a narrow no-break space between thousands. */
const NNBSP = '\u202f';

/** A chart of our own where vega formats 5.5 on an axis and 1234.5 in a label. */
const formatting: ChartSpec = {
  id: 'trend',
  grammar: 'vega-lite',
  title: 'Formats',
  alt: 'Formats.',
  spec: {
    width: 200,
    height: 40,
    datasets: { points: [{ x: 5.5, y: 1234.5 }] },
    data: { name: 'points' },
    layer: [
      { mark: 'point', encoding: { x: { field: 'x', type: 'quantitative', scale: { domain: [5, 6] }, axis: { values: [5, 5.5, 6], format: '.1f', title: null } } } },
      { mark: 'text', encoding: { x: { field: 'x', type: 'quantitative' }, text: { field: 'y', type: 'quantitative', format: ',.1f' } } },
    ],
  } as VegaLiteChartSpec['spec'],
};

/** The texts vega drew in one of a landscape's axes (the x axis comes first). */
const axisLabels = (svg: string, axis: number) => {
  const groups = [...svg.matchAll(/<g class="mark-text role-axis-label"[^>]*>([\s\S]*?)<\/g>/g)];
  return textsOf(groups[axis]![1]!);
};

describe('the number locale of a render', () => {
  it('comes from Intl for a language tag', () => {
    expect(numberLocaleOf('en')).toEqual({ decimal: '.', thousands: ',' });
    expect(numberLocaleOf('es')).toEqual({ decimal: ',', thousands: '.' });
    expect(numberLocaleOf('fr')).toEqual({ decimal: ',', thousands: NNBSP });
  });

  it('is English by default', async () => {
    expect(textsOf((await renderChartSvg(formatting)).svg)).toEqual(expect.arrayContaining(['5.0', '5.5', '6.0', '1,234.5']));
  });

  it('puts a decimal comma wherever vega formats a decimal in French', async () => {
    const texts = textsOf((await renderChartSvg(formatting, { locale: 'fr' })).svg);
    expect(texts).toEqual(expect.arrayContaining(['5,0', '5,5', '6,0', `1${NNBSP}234,5`]));
    expect(texts.filter((t) => /\d\.\d/.test(t))).toEqual([]);
  });

  it('takes the marks themselves', async () => {
    const texts = textsOf((await renderChartSvg(formatting, { locale: { decimal: ',', thousands: '.' } })).svg);
    expect(texts).toEqual(expect.arrayContaining(['5,5', '1.234,5']));
  });

  it('does not leak into the next render', async () => {
    await renderChartSvg(formatting, { locale: 'fr' });
    expect(textsOf((await renderChartSvg(formatting)).svg)).toEqual(expect.arrayContaining(['5.5', '1,234.5']));
  });
});

describe('the landscape in French', () => {
  it('is drawn as in English: its axes print whole numbers, which no locale changes', async () => {
    const english = await renderChartSvg(landscape);
    const french = await renderChartSvg(landscape, { locale: 'fr' });
    expect(axisLabels(french.svg, 0)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(french.svg).toBe(english.svg);
  });

  it('prints a decimal comma where its axis is given decimals to format', async () => {
    const layers = (landscape.spec as unknown as { layer: { encoding?: Record<string, { axis?: object }> }[] }).layer;
    const points = layers[2]!;
    const x = points.encoding!.x!;
    const decimalAxis = { ...points, encoding: { ...points.encoding, x: { ...x, axis: { ...x.axis, values: [1, 5.5, 10], format: '.1f' } } } };
    const spec = { ...landscape, spec: { ...landscape.spec, layer: layers.map((l) => (l === points ? decimalAxis : l)) } } as unknown as ChartSpec;
    expect(axisLabels((await renderChartSvg(spec)).svg, 0)).toEqual(['1.0', '5.5', '10.0']);
    expect(axisLabels((await renderChartSvg(spec, { locale: 'fr' })).svg, 0)).toEqual(['1,0', '5,5', '10,0']);
  });
});
