import { beforeAll, describe, expect, it } from 'vitest';
import { renderCharts } from '../../src/charts/renderCharts.js';
import { COUNTRIES } from '../../src/index/countries.js';
import { indicatorsOf } from '../../src/index/taxonomy.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { checkWellFormed, textsOf } from './readSvg.js';

let model: IndexModel;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
});

/** Half an A4 page (842 pt) is the most a chart may take; the markets chart may be taller. */
const HALF_PAGE = 421;

for (const edition of [2025, 2023, 2021]) {
  describe(`every country's charts, ${edition}`, () => {
    it.each(COUNTRIES.map((c) => [c.name, c.iso3] as const))('%s (%s)', async (name, iso3) => {
      // Any vega or vega-lite warning makes renderCharts throw.
      const charts = await renderCharts(model, buildCountryBrief(model, iso3, edition));
      // The first edition has no trend.
      expect(charts.map((c) => c.id)).toEqual(['pyramid', 'markets', 'actors', 'resilience', 'changes', 'landscape', 'comparison', ...(edition === 2021 ? [] : ['trend'])]);
      const texts = new Map(charts.map((c) => [c.id, textsOf(c.svg)]));
      for (const chart of charts) {
        checkWellFormed(chart.svg);
        // Alt text is a sentence or two about this country's chart.
        expect(chart.alt.length, chart.id).toBeLessThanOrEqual(400);
        expect(chart.width, chart.id).toBe(480);
        // The markets chart may be taller, and so may the changes chart where every indicator has a change (2025).
        if (chart.id !== 'markets' && chart.id !== 'changes') expect(chart.height, chart.id).toBeLessThanOrEqual(HALF_PAGE);
        // vega marks a label it had to cut with an ellipsis.
        expect(chart.svg, chart.id).not.toMatch(/…|&#8230;|&hellip;/);
        expect(texts.get(chart.id)!.filter((t) => /-\d|−0\.00\b/.test(t)), chart.id).toEqual([]);
      }
      expect(texts.get('landscape')).toContain(name);
      expect(texts.get('comparison')).toContain(name);
      const labels = [...texts.get('markets')!, ...texts.get('actors')!, ...texts.get('resilience')!];
      for (const indicator of indicatorsOf(edition)) expect(labels).toContain(indicator.name);
      if (edition > 2021) {
        // Every edition up to this one, and none after it.
        const trend = texts.get('trend')!;
        for (const year of [2021, 2023, 2025]) expect(trend.includes(String(year)), `${year}`).toBe(year <= edition);
      }
    });
  });
}
