/**
 * The charts of regional, continental and world briefs: every scope in every edition drawn and
 * checked as every country's are (allCountries.test.ts), real figures pinned, and the specs of
 * South America and the world snapshot-tested.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildScopeChartSpecs } from '../../src/charts/buildScopeChartSpecs.js';
import type { ChartSpec } from '../../src/charts/chartSpec.js';
import { PALETTE } from '../../src/charts/palette.js';
import type { ChartSvg } from '../../src/charts/renderCharts.js';
import { renderScopeCharts } from '../../src/charts/renderScopeCharts.js';
import { CONTINENTS, groupInSentence } from '../../src/index/countries.js';
import { loadData } from '../../src/load/loadData.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { allScopes, buildScopeBrief, scopeMembers, type ScopeKind } from '../../src/model/buildScopeBrief.js';
import { expectPrintableChart } from './expectPrintableChart.js';
import { textsOf, textsOfMark } from './readSvg.js';

let model: IndexModel;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
});

const brief = (kind: ScopeKind, name: string, edition: number) => buildScopeBrief(model, kind, name, edition);
const chartOf = (charts: readonly ChartSvg[], id: string) => charts.find((c) => c.id === id)!;

/** The fill of every country's mark in the landscape, in drawing order. */
function markFills(svg: string): string[] {
  const group = /<g class="mark-symbol role-mark layer_2_marks"[^>]*>([\s\S]*?)<\/g>/.exec(svg);
  if (!group) throw new Error('no country marks in the landscape');
  return [...group[1]!.matchAll(/<path\b[^>]*\sfill="([^"]+)"/g)].map((m) => m[1]!);
}

type Row = Record<string, unknown>;
const datasets = (spec: ChartSpec): Record<string, Row[]> =>
  spec.grammar === 'vega-lite' ? (spec.spec.datasets as Record<string, Row[]>) : Object.fromEntries((spec.spec.data ?? []).map((d) => [d.name, ('values' in d ? d.values : []) as Row[]]));
const param = (spec: ChartSpec, name: string): unknown => (spec.spec as { params?: { name: string; value: unknown }[] }).params?.find((p) => p.name === name)?.value;

for (const edition of [2025, 2023, 2021]) {
  describe(`every scope's charts, ${edition}`, () => {
    it.each(allScopes().map((s) => [s.name, s.kind] as const))('%s (%s)', async (name, kind) => {
      // Any vega or vega-lite warning, or a drawing past its frame, makes renderScopeCharts throw.
      const charts = await renderScopeCharts(model, brief(kind, name, edition));
      // The first edition has no trend.
      expect(charts.map((c) => c.id)).toEqual(['pyramid', 'comparison', ...(edition === 2021 ? [] : ['trend']), 'landscape']);
      expect(charts.map((c) => c.width)).toEqual([226, 226, ...(edition === 2021 ? [] : [468]), 468]);
      const texts = new Map(charts.map((c) => [c.id, textsOf(c.svg)]));
      for (const chart of charts) {
        expectPrintableChart(chart, texts.get(chart.id)!, edition);
        expect(chart.svg).toMatch(new RegExp(`^<svg [^>]*width="${chart.width}" height="${chart.height}"`));
        expect(chart.alt, chart.id).toMatch(/^[A-Z].*\.$/);
      }
      const landscape = texts.get('landscape')!;
      const comparison = texts.get('comparison')!;
      if (kind === 'world') {
        for (const continent of CONTINENTS) {
          expect(landscape).toContain(`${continent} (${scopeMembers('continent', continent).length} countries)`);
          expect(comparison).toContain(continent);
        }
        expect(comparison).toContain('World');
      } else {
        expect(landscape).toEqual(expect.arrayContaining([`${name} (${scopeMembers(kind, name).length} countries)`, 'Rest of the world']));
        expect(comparison).toEqual(expect.arrayContaining([name, 'World']));
        // A region stands beside its continent too.
        if (kind === 'region') expect(comparison).toContain(scopeMembers(kind, name)[0]!.continent);
      }
      if (edition > 2021) {
        const trend = texts.get('trend')!;
        for (const year of [2021, 2023, 2025]) expect(trend.includes(String(year)), `${year}`).toBe(year <= edition);
      }
    });
  });
}

describe('the charts of South America, 2025', () => {
  let charts: ChartSvg[];
  beforeAll(async () => {
    charts = await renderScopeCharts(model, brief('region', 'South America', 2025));
  });

  it("draw the region's average pyramid", () => {
    expect(textsOf(chartOf(charts, 'pyramid').svg)).toEqual(
      expect.arrayContaining(['Average criminality and resilience, 2025', 'Criminal markets 5.81 (base)', 'Criminal actors 6.44 (height)', 'Resilience 4.66']),
    );
  });

  it('compare the region with the Americas and the world', () => {
    const texts = textsOf(chartOf(charts, 'comparison').svg);
    expect(texts).toEqual(expect.arrayContaining(['South America', 'Americas', 'World']));
    // Criminality: South America, the Americas, the world; then resilience likewise (the labels over their halos).
    expect(textsOfMark(chartOf(charts, 'comparison').svg, 'layer_2')).toEqual(['6.13', '5.27', '5.08', '4.66', '4.79', '4.78']);
    expect(chartOf(charts, 'comparison').alt).toBe(
      "South America's average criminality (6.13) is above the Americas' (5.27) and above the world's (5.08); " +
        "its average resilience (4.66) is below the Americas' (4.79) and below the world's (4.78).",
    );
  });

  it('follow the averages from 2021 to 2025', () => {
    const texts = textsOf(chartOf(charts, 'trend').svg);
    expect(texts).toEqual(expect.arrayContaining(['5.51', '5.94', '6.13', '4.86', '4.72', '4.66']));
  });

  it('highlight exactly the 12 members in the landscape, drawn on top of the rest of the world', () => {
    const svg = chartOf(charts, 'landscape').svg;
    const fills = markFills(svg);
    expect(fills).toHaveLength(193);
    expect(fills.filter((f) => f === PALETTE.highlight.region)).toHaveLength(12);
    expect(fills.slice(-12).every((f) => f === PALETTE.highlight.region)).toBe(true);
    expect(fills.filter((f) => f === PALETTE.highlight.other)).toHaveLength(181);
    expect(textsOf(svg)).toEqual(expect.arrayContaining(['South America (12 countries)', 'Rest of the world']));
  });
});

describe('the charts of the world, 2025', () => {
  let charts: ChartSvg[];
  beforeAll(async () => {
    charts = await renderScopeCharts(model, brief('world', 'World', 2025));
  });

  it('set the world beside its five continents', () => {
    const texts = textsOf(chartOf(charts, 'comparison').svg);
    expect(texts).toContain('The continents compared with the world, 2025');
    // World, Africa, Americas, Asia, Europe, Oceania: criminality, then resilience.
    expect(textsOfMark(chartOf(charts, 'comparison').svg, 'layer_2')).toEqual(['5.08', '5.35', '5.27', '5.52', '4.74', '3.15', '4.78', '3.78', '4.79', '4.32', '6.28', '5.44']);
  });

  it('colour the 193 countries of the landscape by continent, in five colours', () => {
    const fills = markFills(chartOf(charts, 'landscape').svg);
    expect(fills).toHaveLength(193);
    const counts = Object.fromEntries(CONTINENTS.map((c) => [c, fills.filter((f) => f === PALETTE.marks.continents[c]).length]));
    expect(counts).toEqual({ Africa: 54, Americas: 35, Asia: 46, Europe: 44, Oceania: 14 });
    expect(new Set(fills).size).toBe(5);
  });
});

describe('the specs', () => {
  for (const [kind, name, file] of [
    ['region', 'South America', 'south-america'],
    ['world', 'World', 'world'],
  ] as const) {
    it(`of ${name} 2025 match the snapshot (templates filled, data inlined)`, async () => {
      const specs = buildScopeChartSpecs(model, brief(kind, name, 2025));
      await expect(`${JSON.stringify(specs, null, 1)}\n`).toMatchFileSnapshot(`__snapshots__/${file}-2025-specs.json`);
    });
  }

  it('are as wide as the country charts, or another width when asked', () => {
    const width = (spec: ChartSpec) => (spec.spec as { width?: unknown }).width;
    const africa = brief('continent', 'Africa', 2023);
    expect(buildScopeChartSpecs(model, africa).map(width)).toEqual([226, 226, 468, 468]);
    expect(buildScopeChartSpecs(model, africa, 400).map(width)).toEqual([192, 192, 400, 400]);
  });

  it('leave no palette reference or placeholder unfilled', () => {
    for (const { kind, name } of allScopes()) {
      const text = JSON.stringify(buildScopeChartSpecs(model, brief(kind, name, 2025)));
      expect(text).not.toContain('$palette');
      expect(text).not.toMatch(/\{(name|nameIn|continent|edition|first|last|count|score|group)\}/);
    }
  });

  it('compare a continent with the world alone', () => {
    const comparison = buildScopeChartSpecs(model, brief('continent', 'Americas', 2025))[1]!;
    expect(param(comparison, 'whoKeys')).toEqual(['scope', 'world']);
    expect(datasets(comparison).bars!.map((b) => b.scoreText)).toEqual(['5.27', '5.08', '4.79', '4.78']);
  });

  it('name a group in running text as a sentence would', () => {
    const caribbean = buildScopeChartSpecs(model, brief('region', 'Caribbean', 2025));
    expect(caribbean[0]!.alt).toContain(`the averages of ${groupInSentence('Caribbean')}`);
    expect(caribbean.at(-1)!.alt).toMatch(/^The 13 countries of the Caribbean /);
    expect(buildScopeChartSpecs(model, brief('world', 'World', 2025))[0]!.alt).toContain('the averages of the world');
  });
});

describe("the continents' colours", () => {
  /** WCAG contrast against white. */
  const contrast = (hex: string) => {
    const channel = (i: number) => {
      const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 1.05 / (0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2) + 0.05);
  };

  it('are five, all different, each at least 3:1 against white', () => {
    const colours = CONTINENTS.map((c) => PALETTE.marks.continents[c]);
    expect(new Set(colours).size).toBe(5);
    for (const colour of colours) expect(contrast(colour), colour).toBeGreaterThanOrEqual(3);
  });
});

describe('a failing chart', () => {
  it('names the scope', async () => {
    const lost = { ...brief('region', 'South America', 2025), edition: 1999 };
    await expect(renderScopeCharts(model, lost)).rejects.toThrow(/^South America: charts: no 1999 edition in the data$/);
  });
});
