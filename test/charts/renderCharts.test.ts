import { beforeAll, describe, expect, it } from 'vitest';
import { buildChartSpecs } from '../../src/charts/buildChartSpecs.js';
import type { ChartSpec, VegaLiteChartSpec } from '../../src/charts/chartSpec.js';
import { renderChartSvg } from '../../src/charts/renderChartSvg.js';
import { renderCharts, type ChartSvg } from '../../src/charts/renderCharts.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief, type CountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { checkWellFormed, normaliseSvg, textsOf, textsOfMark } from './readSvg.js';

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
  it('are eight standalone SVGs, 480 pt wide, none taller than half an A4 page but the markets', () => {
    expect(charts.map((c) => c.id)).toEqual(['pyramid', 'markets', 'actors', 'resilience', 'changes', 'landscape', 'comparison', 'trend']);
    for (const c of charts) {
      checkWellFormed(c.svg);
      expect(c.svg).toMatch(new RegExp(`^<svg [^>]*width="${c.width}" height="${c.height}"`));
      expect(c.width).toBe(480);
      if (c.id !== 'markets') expect(c.height).toBeLessThanOrEqual(421);
      expect(c.svg).not.toMatch(/<foreignObject|<style|<image|<script|href="http/);
    }
  });

  for (const id of ['pyramid', 'markets', 'actors', 'resilience', 'changes', 'landscape', 'comparison', 'trend']) {
    it(`draw the ${id} chart as in the snapshot`, async () => {
      await expect(normaliseSvg(chart(id).svg)).toMatchFileSnapshot(`__snapshots__/peru-2023-${id}.svg`);
    });
  }

  it('draw the trend of 2021 and 2023, and nothing later', () => {
    const texts = textsOf(chart('trend').svg);
    expect(texts).toEqual(expect.arrayContaining(['Criminality', 'Resilience', '2021', '2023', '6.35', '6.40', '4.58', '4.38']));
    expect(texts.some((t) => t.includes('2025'))).toBe(false);
  });

  it('print the real scores: criminal markets 6.20, its average and every market', () => {
    const texts = textsOf(chart('markets').svg);
    expect(texts).toContain('Average 6.20');
    expect(textsOf(chart('pyramid').svg)).toEqual(expect.arrayContaining(['Criminal markets 6.20', 'Criminal actors 6.60', 'Resilience 4.38', 'Criminality 6.40']));
    const markets = peru.indicators.filter((f) => f.indicator.component === 'markets');
    expect(textsOfMark(chart('markets').svg, 'layer_3')).toEqual(markets.map((f) => (f.value / 100).toFixed(2)));
  });

  it('print each change on its indicator\'s line: n/a for extortion, −0.50 for political leadership', () => {
    const markets = peru.indicators.filter((f) => f.indicator.component === 'markets').map((f) => f.indicator.name);
    const marketChanges = textsOfMark(chart('markets').svg, 'change');
    expect(marketChanges[markets.indexOf('Extortion and protection racketeering')]).toBe('n/a');
    expect(marketChanges[markets.indexOf('Heroin trade')]).toBe('+2.00');
    const resilience = peru.indicators.filter((f) => f.indicator.component === 'resilience').map((f) => f.indicator.name);
    const resilienceChanges = textsOfMark(chart('resilience').svg, 'change');
    expect(resilienceChanges[resilience.indexOf('Political leadership and governance')]).toBe('−0.50');
    expect(resilienceChanges[resilience.indexOf('Law enforcement')]).toBe('−1.50');
  });

  it('use real minus signs and never print −0.00', () => {
    const texts = charts.flatMap((c) => textsOf(c.svg));
    expect(texts).toContain('−1.50');
    expect(texts.filter((t) => /-\d|−0\.00\b/.test(t))).toEqual([]);
  });

  it('name the country, its region, continent and the world', () => {
    expect(textsOf(chart('landscape').svg)).toEqual(expect.arrayContaining(['Peru', 'South America (other countries)', 'Rest of the world']));
    expect(textsOf(chart('comparison').svg)).toEqual(
      expect.arrayContaining(['Peru', 'South America average', 'Americas average', 'World average', '6.40', '5.94']),
    );
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
    const spec = buildChartSpecs(model, peru)[5]!;
    const before = JSON.stringify(spec);
    await renderChartSvg(spec);
    expect(JSON.stringify(spec)).toBe(before);
  });

  it('fails on a vega-lite warning instead of drawing a fallback', async () => {
    const spec = buildChartSpecs(model, peru)[2] as VegaLiteChartSpec;
    const layer = (spec.spec as unknown as { layer: { encoding?: object }[] }).layer;
    const sized = { ...layer[1], encoding: { ...layer[1]!.encoding, size: { field: 'key', type: 'nominal' } } };
    const broken = { ...spec, spec: { ...spec.spec, layer: [layer[0], sized, ...layer.slice(2)] } } as unknown as ChartSpec;
    await expect(renderChartSvg(broken)).rejects.toThrow(/chart actors: vega-lite: WARN Channel size/);
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
    const spec = buildChartSpecs(model, vincent, 300)[6] as VegaLiteChartSpec;
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
