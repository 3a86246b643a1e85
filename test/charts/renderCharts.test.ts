import { beforeAll, describe, expect, it } from 'vitest';
import { buildChartSpecs } from '../../src/charts/buildChartSpecs.js';
import type { ChartSpec, VegaLiteChartSpec } from '../../src/charts/chartSpec.js';
import { renderChartSvg } from '../../src/charts/renderChartSvg.js';
import { renderCharts, type ChartSvg } from '../../src/charts/renderCharts.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief, type CountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { checkWellFormed, normaliseSvg, textsOf } from './readSvg.js';

let model: IndexModel;
let peru: CountryBrief;
let charts: ChartSvg[];
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
  peru = buildCountryBrief(model, 'PER', 2023);
  charts = await renderCharts(model, peru);
});

const chart = (id: string) => charts.find((c) => c.id === id)!;

describe('the charts of Peru 2023', () => {
  it('are four standalone SVGs: pyramid and comparison at half the column, trend and landscape across it', () => {
    expect(charts.map((c) => c.id)).toEqual(['pyramid', 'comparison', 'trend', 'landscape']);
    expect(charts.map((c) => c.width)).toEqual([226, 226, 468, 468]);
    for (const c of charts) {
      checkWellFormed(c.svg);
      expect(c.svg).toMatch(new RegExp(`^<svg [^>]*width="${c.width}" height="${c.height}"`));
      expect(c.height).toBeLessThanOrEqual(421);
      expect(c.svg).not.toMatch(/<foreignObject|<style|<image|<script|href="http/);
    }
  });

  for (const id of ['pyramid', 'comparison', 'trend', 'landscape']) {
    it(`draw the ${id} chart as in the snapshot`, async () => {
      await expect(normaliseSvg(chart(id).svg)).toMatchFileSnapshot(`__snapshots__/peru-2023-${id}.svg`);
    });
  }

  it('draw the trend of 2021 and 2023, and nothing later', () => {
    const texts = textsOf(chart('trend').svg);
    expect(texts).toEqual(expect.arrayContaining(['Criminality', 'Resilience', '2021', '2023', '6.35', '6.40', '4.58', '4.38']));
    expect(texts.some((t) => t.includes('2025'))).toBe(false);
  });

  it('print the real scores under the pyramid', () => {
    expect(textsOf(chart('pyramid').svg)).toEqual(expect.arrayContaining(['Criminal markets 6.20 (base)', 'Criminal actors 6.60 (height)', 'Resilience 4.38']));
  });

  it('use real minus signs and never print −0.00', () => {
    const texts = charts.flatMap((c) => textsOf(c.svg));
    expect(texts.filter((t) => /-\d|−0\.00\b/.test(t))).toEqual([]);
  });

  it('name the country, its region, continent and the world, and the source', () => {
    expect(textsOf(chart('landscape').svg)).toEqual(expect.arrayContaining(['Peru', 'South America (other countries)', 'Rest of the world']));
    expect(textsOf(chart('comparison').svg)).toEqual(expect.arrayContaining(['Peru', 'South America', 'Americas', 'World', '6.40', '5.94', '4.38', '4.72']));
    for (const c of charts) expect(textsOf(c.svg).at(-1)).toBe('Source: Global Organized Crime Index 2023, GI-TOC (ocindex.net)');
  });

  it('set their text in the embedded family, in bold only as "bold" (what svg-to-pdfkit reads)', () => {
    for (const c of charts) {
      const families = new Set([...c.svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]));
      expect([...families]).toEqual(["'Source Sans 3', sans-serif"]);
      const weights = new Set([...c.svg.matchAll(/font-weight="([^"]*)"/g)].map((m) => m[1]));
      for (const weight of weights) expect(['normal', 'bold']).toContain(weight);
    }
  });
});

describe('rendering', () => {
  it('is deterministic: the same brief gives the same SVG, whatever was drawn between', async () => {
    const again = await renderCharts(model, peru);
    await renderCharts(model, buildCountryBrief(model, 'VCT', 2023));
    const third = await renderCharts(model, peru);
    for (const [i, c] of charts.entries()) {
      expect(again[i]!.svg).toBe(c.svg);
      expect(third[i]!.svg).toBe(c.svg);
    }
  });

  it('is deterministic when callers overlap', async () => {
    const [a, b] = await Promise.all([renderCharts(model, peru), renderCharts(model, peru)]);
    expect(a.map((c) => c.svg)).toEqual(charts.map((c) => c.svg));
    expect(b.map((c) => c.svg)).toEqual(charts.map((c) => c.svg));
  });

  it('does not change the spec it renders', async () => {
    const spec = buildChartSpecs(model, peru)[3]!;
    const before = JSON.stringify(spec);
    await renderChartSvg(spec);
    expect(JSON.stringify(spec)).toBe(before);
  });

  it('fails on a vega-lite warning instead of drawing a fallback', async () => {
    const spec = buildChartSpecs(model, peru)[2] as VegaLiteChartSpec;
    const layer = (spec.spec as unknown as { layer: { encoding?: object }[] }).layer;
    const sized = { ...layer[0], encoding: { ...layer[0]!.encoding, size: { field: 'key', type: 'nominal' } } };
    const broken = { ...spec, spec: { ...spec.spec, layer: [sized, ...layer.slice(1)] } } as unknown as ChartSpec;
    await expect(renderChartSvg(broken)).rejects.toThrow(/chart trend: vega-lite: WARN/);
  });

  it('loads nothing: a spec asking for a URL fails', async () => {
    const spec = buildChartSpecs(model, peru)[2] as VegaLiteChartSpec;
    const layer = (spec.spec as unknown as { layer: object[] }).layer;
    const fetching = {
      ...spec,
      spec: { ...spec.spec, layer: [{ ...layer[1], data: { url: 'https://example.org/data.json' } }, ...layer.slice(1)] },
    } as unknown as ChartSpec;
    await expect(renderChartSvg(fetching)).rejects.toThrow(/charts load nothing/);
  });

  it('fails rather than cut a drawing that runs past its frame', async () => {
    const vincent = buildCountryBrief(model, 'VCT', 2023);
    const spec = buildChartSpecs(model, vincent, 616)[1] as VegaLiteChartSpec;
    const params = (spec.spec as unknown as { params: { name: string; value: unknown }[] }).params;
    expect(params.find((p) => p.name === 'legendColumns')!.value).toBeLessThan(4);
    const oneRow = params.map((p) => (p.name === 'legendColumns' ? { ...p, value: 4 } : p));
    const wide = { ...spec, spec: { ...spec.spec, params: oneRow } } as unknown as ChartSpec;
    await expect(renderChartSvg(wide)).rejects.toThrow(/chart comparison: the drawing runs [\d.]+ pt past its 300 × \d+ pt frame/);
    await expect(renderChartSvg(spec)).resolves.toMatchObject({ width: 300 });
  });

  it('names the country when a chart fails', async () => {
    const lost = { ...peru, edition: 1999 };
    await expect(renderCharts(model, lost)).rejects.toThrow(/^Peru: charts: no 1999 edition in the data$/);
  });
});
