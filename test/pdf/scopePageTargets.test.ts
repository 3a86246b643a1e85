/**
 * The page targets of every regional, continental and world brief, in every edition, on both
 * papers, with the charts the chart stage really draws: at most eight pages (a continent lists
 * up to 54 countries), the trend on page 1 when there is one, no page but the last left thin
 * (fill measured as pageTargets.test.ts measures it), and a last page
 * that is more than a line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderScopeCharts } from '../../src/charts/renderScopeCharts.js';
import { loadData } from '../../src/load/loadData.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { allScopes, buildScopeBrief } from '../../src/model/buildScopeBrief.js';
import { planScopePdf } from '../../src/pdf/buildScopePdf.js';
import { pageFills } from './pageFills.js';

const MAX_PAGES = 8;
const MIN_FILL = 0.65;
/** The last page holds at least the end of the notes with the citation, never a line alone. */
const MIN_LAST_FILL = 0.15;

let model: IndexModel;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
});

describe('every scope brief', () => {
  it.each(allScopes().flatMap((s) => [2021, 2023, 2025].map((edition) => [s.name, s.kind, edition] as const)))(
    '%s (%s) %i fits eight pages, charts on page 1, no thin page, on A4 and Letter',
    async (name, kind, edition) => {
      const brief = buildScopeBrief(model, kind, name, edition);
      const charts = await renderScopeCharts(model, brief);
      for (const paper of ['a4', 'letter'] as const) {
        const plan = planScopePdf(model, brief, charts, { paper, onWarning: (w) => expect.fail(w) });
        expect(plan.pages.length, `${name} ${paper}`).toBeLessThanOrEqual(MAX_PAGES);
        const first = plan.pages[0]!.blocks.flatMap((b) => (b.kind === 'figure' ? [b.chart] : []));
        expect(first, `${name} ${paper}: page 1`).toEqual(['pyramid', 'comparison', ...(edition === 2021 ? [] : ['trend'])]);
        const thin = pageFills(plan)
          .slice(0, -1)
          .flatMap((fill, i) => (fill < MIN_FILL ? [`page ${i + 1}: ${Math.round(fill * 100)}%`] : []));
        expect(thin, `${name} ${edition} ${paper}`).toEqual([]);
        expect(pageFills(plan).at(-1), `${name} ${edition} ${paper}: last page`).toBeGreaterThanOrEqual(MIN_LAST_FILL);
      }
    },
  );
});
