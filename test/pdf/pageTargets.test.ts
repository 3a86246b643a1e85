/**
 * The page targets of a brief, for every country of the default edition on both papers, with
 * the charts the chart stage really draws: at most six pages, the trend on page 1, and no page
 * but the last left thin. Fill is measured as ../tools/page-fill.py measures ink: the lowest
 * mark above the footer band (the bottom 10% of the page), as a share of the page from 5% down
 * to that band.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCharts, type ChartSvg } from '../../src/charts/renderCharts.js';
import { COUNTRIES } from '../../src/index/countries.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { planBriefPdf } from '../../src/pdf/buildBriefPdf.js';
import { pageFills } from './pageFills.js';

const MAX_PAGES = 6;
const MIN_FILL = 0.65;

let model: IndexModel;
let latest: number;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
  latest = Math.max(...model.editions.keys());
});

describe('every brief of the current edition', () => {
  it.each(COUNTRIES.map((c) => [c.name, c.iso3] as const))('%s fits six pages, trend on page 1, no thin page, on A4 and Letter', async (name, iso3) => {
    const brief = buildCountryBrief(model, iso3, latest);
    const charts: ChartSvg[] = await renderCharts(model, brief);
    for (const paper of ['a4', 'letter'] as const) {
      const plan = planBriefPdf(model, brief, charts, { paper, onWarning: (w) => expect.fail(w) });
      expect(plan.pages.length, `${name} ${paper}`).toBeLessThanOrEqual(MAX_PAGES);
      const first = plan.pages[0]!.blocks.filter((b) => b.kind === 'figure').map((b) => (b.kind === 'figure' ? b.chart : ''));
      expect(first, `${name} ${paper}: page 1`).toEqual(['pyramid', 'comparison', 'trend']);
      const thin = pageFills(plan)
        .slice(0, -1)
        .flatMap((fill, i) => (fill < MIN_FILL ? [`page ${i + 1}: ${Math.round(fill * 100)}%`] : []));
      expect(thin, `${name} ${paper}`).toEqual([]);
    }
  });
});
