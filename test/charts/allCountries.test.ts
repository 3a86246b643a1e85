import { beforeAll, describe, expect, it } from 'vitest';
import { renderCharts } from '../../src/charts/renderCharts.js';
import { COUNTRIES } from '../../src/index/countries.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { labelCrossings } from './labelCrossings.js';
import { checkWellFormed, textsOf } from './readSvg.js';

let model: IndexModel;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
});

/** Text is at least 8 pt. */
const SMALLEST = 8;

for (const edition of [2025, 2023, 2021]) {
  describe(`every country's charts, ${edition}`, () => {
    it.each(COUNTRIES.map((c) => [c.name, c.iso3] as const))('%s (%s)', async (name, iso3) => {
      // Any vega or vega-lite warning, or a drawing past its frame, makes renderCharts throw.
      const charts = await renderCharts(model, buildCountryBrief(model, iso3, edition));
      // The first edition has no trend.
      expect(charts.map((c) => c.id)).toEqual(['pyramid', 'comparison', ...(edition === 2021 ? [] : ['trend']), 'landscape']);
      const texts = new Map(charts.map((c) => [c.id, textsOf(c.svg)]));
      for (const chart of charts) {
        checkWellFormed(chart.svg);
        // Alt text is a sentence or two about this country's chart.
        expect(chart.alt.length, chart.id).toBeLessThanOrEqual(400);
        // vega marks a label it had to cut with an ellipsis.
        expect(chart.svg, chart.id).not.toMatch(/…|&#8230;|&hellip;/);
        expect(
          texts.get(chart.id)!.filter((t) => /-\d|−0\.00\b/.test(t)),
          chart.id,
        ).toEqual([]);
        // No label is crossed by a rule, a line or another mark.
        expect(labelCrossings(chart.svg), chart.id).toEqual([]);
        const sizes = [...chart.svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1]));
        expect(Math.min(...sizes), chart.id).toBeGreaterThanOrEqual(SMALLEST);
        expect(texts.get(chart.id)!.at(-1), chart.id).toBe(`Source: Global Organized Crime Index ${edition}, GI-TOC (ocindex.net)`);
      }
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
