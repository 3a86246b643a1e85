import { beforeAll, describe, expect, it } from 'vitest';
import { buildChartSpecs } from '../../src/charts/buildChartSpecs.js';
import { landscapeRows } from '../../src/charts/buildLandscapeSpec.js';
import { CHART_IDS, type ChartSpec } from '../../src/charts/chartSpec.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief, type CountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';

let model: IndexModel;
let peru: CountryBrief;
let specs: ChartSpec[];
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
  peru = buildCountryBrief(model, 'PER', 2023);
  specs = buildChartSpecs(model, peru);
});

type Row = Record<string, unknown>;
const datasets = (spec: ChartSpec): Record<string, Row[]> =>
  spec.grammar === 'vega-lite' ? (spec.spec.datasets as Record<string, Row[]>) : Object.fromEntries((spec.spec.data ?? []).map((d) => [d.name, ('values' in d ? d.values : []) as Row[]]));
const param = (spec: ChartSpec, name: string): unknown => (spec.spec as { params?: { name: string; value: unknown }[] }).params?.find((p) => p.name === name)?.value;
const byId = (id: string) => specs.find((s) => s.id === id)!;

describe('the chart specs of Peru 2023', () => {
  it('match the snapshot (templates filled, data inlined)', async () => {
    await expect(`${JSON.stringify(specs, null, 1)}\n`).toMatchFileSnapshot('__snapshots__/peru-2023-specs.json');
  });

  it('are the four charts, in print order, each with a title and alt text', () => {
    expect(specs.map((s) => s.id)).toEqual([...CHART_IDS]);
    for (const spec of specs) {
      expect(spec.title.length).toBeGreaterThan(5);
      expect(spec.alt).toMatch(/\.$/);
    }
  });

  it('leave no palette reference unresolved and name the embedded font', () => {
    const text = JSON.stringify(specs);
    expect(text).not.toContain('$palette');
    expect(text).toContain(`"font":"'Source Sans 3', sans-serif"`);
  });

  it('are as wide as the text column, or half of it side by side, and take another width when asked', () => {
    const width = (spec: ChartSpec) => (spec.spec as { width?: unknown }).width;
    expect(specs.map(width)).toEqual([226, 226, 468, 468]);
    expect(buildChartSpecs(model, peru, 400).map(width)).toEqual([192, 192, 400, 400]);
  });

  it('carry figures formatted in TypeScript, with real minus signs and never "−0.00"', () => {
    const printed = specs.flatMap((spec) =>
      Object.values(datasets(spec))
        .flat()
        .flatMap((row) =>
          Object.entries(row)
            .filter(([key]) => /text$/i.test(key))
            .map(([, value]) => String(value)),
        ),
    );
    expect(printed.length).toBeGreaterThan(15);
    expect(printed.filter((text) => /-\d|−0\.00/.test(text))).toEqual([]);
  });

  it("draw the trend of the four composites in every edition up to the brief's", () => {
    const points = datasets(byId('trend')).points!;
    expect(points).toHaveLength(4 * 2);
    expect(points.filter((p) => p.key === 'Criminality').map((p) => [p.edition, p.scoreText])).toEqual([
      ['2021', '6.35'],
      ['2023', '6.40'],
    ]);
    expect(param(byId('trend'), 'editionKeys')).toEqual(['2021', '2023']);
  });

  it('give the landscape all 193 countries, the country last and its region marked', () => {
    const rows = datasets(byId('landscape')).countries!;
    expect(rows).toHaveLength(193);
    expect(rows.at(-1)).toMatchObject({ iso3: 'PER', who: 'country', criminality: 6.4, resilience: 4.38 });
    expect(rows.filter((r) => r.who === 'region')).toHaveLength(11);
    expect(param(byId('landscape'), 'regionLabel')).toBe('South America (other countries)');
    expect(datasets(byId('landscape')).label![0]).toMatchObject({ text: 'Peru' });
  });

  it('compare criminality and resilience with the region, the continent and the world', () => {
    const bars = datasets(byId('comparison')).bars!;
    expect(bars).toHaveLength(8);
    expect(bars.slice(0, 4).map((b) => b.scoreText)).toEqual(['6.40', '5.94', '5.20', '5.03']);
    expect(bars.slice(4).map((b) => b.scoreText)).toEqual(['4.38', '4.72', '4.80', '4.81']);
    expect(param(byId('comparison'), 'regionName')).toBe('South America');
    expect(byId('comparison').title).toBe('Compared with the averages, 2023');
  });

  it('draw the pyramid from the three component scores', () => {
    expect(datasets(byId('pyramid')).scores![0]).toMatchObject({
      markets: 6.2,
      actors: 6.6,
      resilience: 4.38,
      marketsText: 'Criminal markets 6.20 (base)',
      actorsText: 'Criminal actors 6.60 (height)',
      resilienceText: 'Resilience 4.38',
    });
  });
});

describe('a first edition', () => {
  it('has no trend: one point says nothing', () => {
    expect(buildChartSpecs(model, buildCountryBrief(model, 'TUR', 2021)).map((s) => s.id)).toEqual(['pyramid', 'comparison', 'landscape']);
  });
});

describe('the landscape', () => {
  it('draws the rest of the world first, then the region, then the country', () => {
    const rows = landscapeRows(model, buildCountryBrief(model, 'VCT', 2023));
    const order = rows.map((r) => r.who);
    expect(order.indexOf('region')).toBeGreaterThan(order.lastIndexOf('other'));
    expect(order.at(-1)).toBe('country');
  });
});
