/**
 * renderChartSvg keeps one vega View per chart structure and pours each country's data into it.
 * A chart drawn after other countries must be the chart a fresh View draws, byte for byte: the
 * view sized to this country's legend, the legend's grid laid out for these labels, its entries
 * placed to the last digit. The fresh View comes from a fresh copy of the module.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildChartSpecs } from '../../src/charts/buildChartSpecs.js';
import { buildScopeChartSpecs } from '../../src/charts/buildScopeChartSpecs.js';
import type { ChartSpec } from '../../src/charts/chartSpec.js';
import { renderChartSvg } from '../../src/charts/renderChartSvg.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { buildScopeBrief } from '../../src/model/buildScopeBrief.js';

let model: IndexModel;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
});

const countryChart = (iso3: string, id: string, edition = 2025): ChartSpec => buildChartSpecs(model, buildCountryBrief(model, iso3, edition)).find((c) => c.id === id)!;

const regionChart = (region: string, id: string): ChartSpec => buildScopeChartSpecs(model, buildScopeBrief(model, 'region', region, 2025)).find((c) => c.id === id)!;

/** The chart as a View that has drawn nothing else draws it. */
async function fresh(chart: ChartSpec, locale = 'en'): Promise<string> {
  vi.resetModules();
  const module = await import('../../src/charts/renderChartSvg.js');
  return (await module.renderChartSvg(chart, { locale })).svg;
}

/** The last chart, drawn by the View that drew the ones before it. */
async function drawnAfter(charts: readonly ChartSpec[], locale = 'en'): Promise<string> {
  let svg = '';
  for (const chart of charts) svg = (await renderChartSvg(chart, { locale })).svg;
  return svg;
}

describe('a chart drawn after other countries', () => {
  it('has the height of its own legend: four rows after two, and two after four', async () => {
    // Armenia's "Central Asia and the Caucasus" takes the legend to one column
    const armenia = countryChart('ARM', 'comparison');
    const argentina = countryChart('ARG', 'comparison');
    const armeniaAlone = await fresh(armenia);
    const argentinaAlone = await fresh(argentina);
    expect(armeniaAlone).toContain('height="184"');
    expect(argentinaAlone).toContain('height="162"');
    expect(await drawnAfter([argentina, armenia])).toBe(armeniaAlone);
    expect(await drawnAfter([armenia, argentina])).toBe(argentinaAlone);
  });

  it("lays its legend out for its own labels, not for the last country's", async () => {
    const andorra = countryChart('AND', 'comparison');
    expect(await drawnAfter([countryChart('PER', 'comparison'), andorra])).toBe(await fresh(andorra));
    const vincent = countryChart('VCT', 'landscape');
    expect(await drawnAfter([countryChart('AND', 'landscape'), vincent])).toBe(await fresh(vincent));
  });

  it('places legend entries to the last digit, as a fresh view does', async () => {
    // Angola's landscape after Afghanistan's differed in the 16th digit of an entry's position
    const angola = countryChart('AGO', 'landscape');
    expect(await drawnAfter([countryChart('AFG', 'landscape'), angola])).toBe(await fresh(angola));
  });

  it('is as a fresh view draws it for every chart of a brief, in other editions, languages and regions', async () => {
    for (const [before, chart, locale] of [
      ...['pyramid', 'comparison', 'landscape', 'trend'].map((id) => [countryChart('USA', id), countryChart('BRA', id), 'en'] as const),
      [countryChart('DEU', 'landscape', 2021), countryChart('PRK', 'landscape', 2021), 'fr'] as const,
      [regionChart('Central & Eastern Europe', 'comparison'), regionChart('South America', 'comparison'), 'es'] as const,
      [regionChart('Central & Eastern Europe', 'landscape'), regionChart('Polynesia', 'landscape'), 'en'] as const,
    ]) {
      expect(await drawnAfter([before, chart], locale), `${chart.id} ${locale}`).toBe(await fresh(chart, locale));
    }
  });
});
