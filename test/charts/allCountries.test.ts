import { beforeAll, describe, expect, it } from 'vitest';
import { renderCharts } from '../../src/charts/renderCharts.js';
import { COUNTRIES } from '../../src/index/countries.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { expectPrintableChart } from './expectPrintableChart.js';
import { textsOf } from './readSvg.js';

let model: IndexModel;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
});

for (const edition of [2025, 2023, 2021]) {
  describe(`every country's charts, ${edition}`, () => {
    it.each(COUNTRIES.map((c) => [c.name, c.iso3] as const))('%s (%s)', async (name, iso3) => {
      // Any vega or vega-lite warning, or a drawing past its frame, makes renderCharts throw.
      const charts = await renderCharts(model, buildCountryBrief(model, iso3, edition));
      // The first edition has no trend.
      expect(charts.map((c) => c.id)).toEqual(['pyramid', 'comparison', ...(edition === 2021 ? [] : ['trend']), 'landscape']);
      const texts = new Map(charts.map((c) => [c.id, textsOf(c.svg)]));
      for (const chart of charts) expectPrintableChart(chart, texts.get(chart.id)!, edition);
      expect(texts.get('landscape')).toContain(name);
      expect(texts.get('comparison')).toContain(name);
      if (edition > 2021) {
        // Every edition up to this one, and none after it.
        const trend = texts.get('trend')!;
        for (const year of [2021, 2023, 2025]) expect(trend.includes(String(year)), `${year}`).toBe(year <= edition);
      }
    });
  });
}
