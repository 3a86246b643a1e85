import { beforeAll, describe, expect, it } from 'vitest';
import { buildChartSpecs } from '../../src/charts/buildChartSpecs.js';
import { changeDomain, changeRows, meaningOf } from '../../src/charts/buildChangesSpec.js';
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
  spec.grammar === 'vega-lite'
    ? (spec.spec.datasets as Record<string, Row[]>)
    : Object.fromEntries((spec.spec.data ?? []).map((d) => [d.name, ('values' in d ? d.values : []) as Row[]]));
const param = (spec: ChartSpec, name: string): unknown =>
  (spec.spec as { params?: { name: string; value: unknown }[] }).params?.find((p) => p.name === name)?.value;
const byId = (id: string) => specs.find((s) => s.id === id)!;

describe('the chart specs of Peru 2023', () => {
  it('match the snapshot (templates filled, data inlined)', async () => {
    await expect(JSON.stringify(specs, null, 1) + '\n').toMatchFileSnapshot('__snapshots__/peru-2023-specs.json');
  });

  it('are the seven charts, in print order, each with a title and alt text', () => {
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

  it('are all 480 pt wide by default and take another width when asked', () => {
    const width = (spec: ChartSpec) => (spec.spec as { width?: unknown }).width;
    for (const spec of specs) expect(width(spec)).toBe(480);
    for (const spec of buildChartSpecs(model, peru, 400)) expect(width(spec)).toBe(400);
  });

  it('carry figures formatted in TypeScript, with real minus signs and n/a for new indicators', () => {
    const markets = datasets(byId('markets')).rows!;
    const extortion = markets.find((r) => r.key === 'i|Extortion and protection racketeering')!;
    expect(extortion).toMatchObject({ score: 4.5, scoreText: '4.50', changeText: 'n/a' });
    expect(datasets(byId('markets')).average![0]).toMatchObject({ value: 6.2, text: 'Average 6.20' });
    const resilience = datasets(byId('resilience')).rows!;
    expect(resilience.find((r) => r.key === 'i|Political leadership and governance')).toMatchObject({ changeText: '−0.50' });
    const printed = specs.flatMap((spec) => Object.values(datasets(spec)).flat().flatMap((row) =>
      Object.entries(row).filter(([key]) => /text$/i.test(key)).map(([, value]) => String(value))));
    expect(printed.length).toBeGreaterThan(50);
    expect(printed.filter((text) => /-\d|−0\.00/.test(text))).toEqual([]);
  });

  it('group the markets under their six groups, in page order', () => {
    const keys = param(byId('markets'), 'lineKeys') as string[];
    expect(keys.filter((k) => k.startsWith('g|'))).toEqual(['g|People', 'g|Trade', 'g|Environment', 'g|Drugs', 'g|Cyber-crimes', 'g|Financial crimes']);
    expect(keys).toHaveLength(15 + 6);
    expect(keys).toEqual(datasets(byId('markets')).rows!.map((r) => r.key));
    expect(param(byId('actors'), 'lineKeys')).toHaveLength(5);
    expect(param(byId('resilience'), 'lineKeys')).toHaveLength(12 + 4);
  });

  it('list in the changes chart every indicator with a change, rises first, read by direction', () => {
    const rows = datasets(byId('changes')).rows!.filter((r) => r.kind === 'i');
    expect(rows).toHaveLength(peru.indicators.filter((f) => f.change !== null).length);
    expect(rows.map((r) => r.key)).not.toContain('i|Extortion and protection racketeering');
    const heroin = rows.find((r) => r.key === 'i|Heroin trade');
    expect(heroin).toMatchObject({ change: 2, changeText: '+2.00', meaning: 'Worse', side: 'right' });
    const judicial = rows.find((r) => r.key === 'i|Judicial system and detention');
    expect(judicial).toMatchObject({ changeText: '+0.50', meaning: 'Better' });
    expect(rows.filter((r) => r.changeText === '0.00').every((r) => r.meaning === 'No change')).toBe(true);
    const criminality = changeRows(peru.indicators.filter((f) => f.indicator.pillar === 'criminality' && f.change !== null));
    expect(criminality.map((f) => f.change)).toEqual([...criminality.map((f) => f.change)].sort((a, b) => b! - a!));
  });

  it('give the landscape all 193 countries, the country last and its region marked', () => {
    const rows = datasets(byId('landscape')).countries!;
    expect(rows).toHaveLength(193);
    expect(rows.at(-1)).toMatchObject({ iso3: 'PER', who: 'country', criminality: 6.4, resilience: 4.38 });
    expect(rows.filter((r) => r.who === 'region')).toHaveLength(11);
    expect(param(byId('landscape'), 'regionLabel')).toBe('South America (other countries)');
    expect(datasets(byId('landscape')).label![0]).toMatchObject({ text: 'Peru' });
  });

  it('compare the country with its region, continent and the world on the four composites', () => {
    const bars = datasets(byId('comparison')).bars!;
    expect(bars).toHaveLength(16);
    expect(bars.slice(0, 4).map((b) => b.scoreText)).toEqual(['6.40', '5.94', '5.20', '5.03']);
    expect(param(byId('comparison'), 'regionName')).toBe('South America average');
  });

  it('draw the pyramid from the three component scores', () => {
    expect(datasets(byId('pyramid')).scores![0]).toMatchObject({
      markets: 6.2,
      actors: 6.6,
      resilience: 4.38,
      marketsText: 'Criminal markets 6.20',
      actorsText: 'Criminal actors 6.60',
      resilienceText: 'Resilience 4.38',
    });
  });
});

describe('the changes chart', () => {
  it('reads a rise as worse for criminality and better for resilience', () => {
    const figure = (higherIs: 'worse' | 'better', change: number | null) =>
      ({ change, indicator: { higherIs } }) as Parameters<typeof meaningOf>[0];
    expect(meaningOf(figure('worse', 50))).toBe('Worse');
    expect(meaningOf(figure('worse', -50))).toBe('Better');
    expect(meaningOf(figure('better', 50))).toBe('Better');
    expect(meaningOf(figure('better', -50))).toBe('Worse');
    expect(meaningOf(figure('better', 0))).toBe('No change');
  });

  it('keeps a symmetric domain with room for the labels', () => {
    const figures = (...changes: number[]) => changes.map((change) => ({ change })) as unknown as Parameters<typeof changeDomain>[0];
    const [low, high] = changeDomain(figures(200, -150));
    expect(low).toBeCloseTo(-8 / 3, 9);
    expect(high).toBeCloseTo(8 / 3, 9);
    expect(changeDomain(figures(0, 0))[1]).toBeCloseTo(2 / 3, 9);
    expect(changeDomain(figures(-70))[1]).toBeCloseTo(4 / 3, 9);
  });

  it('says so when there is no previous edition', () => {
    const turkey = buildChartSpecs(model, buildCountryBrief(model, 'TUR', 2021));
    const changes = turkey.find((s) => s.id === 'changes')!;
    expect(datasets(changes).message![0]!.text).toBe('No comparison: 2021 is the first edition of the Index in the data.');
    const markets = turkey.find((s) => s.id === 'markets')!;
    expect(JSON.stringify(markets.spec)).not.toContain('"change"');
    expect(datasets(markets).rows!.filter((r) => r.kind === 'i')).toHaveLength(10);
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
