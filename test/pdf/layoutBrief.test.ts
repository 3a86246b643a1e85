/**
 * The page plan, inspected before anything is painted: nothing over the margins, no heading
 * left alone at the foot of a page, no table row split, no paragraph leaving one line behind,
 * for every country on both papers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/index/countries.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { planBriefPdf } from '../../src/pdf/buildBriefPdf.js';
import type { Paper } from '../../src/pdf/pageGeometry.js';
import type { Block, PagePlan, StructNode } from '../../src/pdf/pagePlan.js';
import { TYPE } from '../../src/pdf/typeStyles.js';
import { textWidth } from '../../src/pdf/wrapText.js';
import { fixtureChart, fixtureCharts } from './fixtures/charts.js';

let model: IndexModel;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
});

function plan(iso3: string, paper: Paper = 'a4', charts = fixtureCharts(), edition = 2023): PagePlan {
  const warnings: string[] = [];
  const result = planBriefPdf(model, buildCountryBrief(model, iso3, edition), charts, { paper, onWarning: (w) => warnings.push(w) });
  expect(warnings).toEqual([]);
  return result;
}

const EPSILON = 0.01;

/** Every way a plan can break the rules of the page; empty when it keeps them. */
function problems(plan: PagePlan): string[] {
  const { left, contentWidth, top, bottom } = plan.geometry;
  const right = left + contentWidth;
  const nodes = new Map<string, StructNode>(plan.structure.map((node) => [node.id, node]));
  const found: string[] = [];
  const pagesOf = new Map<string, Set<number>>();
  const piecesOf = new Map<string, Map<number, number>>();

  plan.structure.forEach((node, i) => {
    if (node.parent !== null && !plan.structure.slice(0, i).some((n) => n.id === node.parent)) found.push(`${node.id} comes before its parent`);
  });

  plan.pages.forEach((page, p) => {
    const where = (what: string) => `page ${p + 1}: ${what}`;
    for (const block of page.blocks) {
      if (block.kind === 'text') {
        const style = TYPE[block.type];
        for (const line of block.lines) {
          if (line.x < left - EPSILON || line.x + textWidth(line.text, style) > right + EPSILON) found.push(where(`"${line.text}" runs over a side margin`));
          if (line.y < top - EPSILON || line.y + style.leading > bottom + EPSILON) found.push(where(`"${line.text}" runs over the top or bottom margin`));
        }
      } else if (block.kind === 'figure' || block.kind === 'rule') {
        const height = block.kind === 'figure' ? block.height : block.thickness;
        if (block.x < left - EPSILON || block.x + block.width > right + EPSILON || block.y < top - EPSILON || block.y + height > bottom + 1) {
          found.push(where(`a ${block.kind} lies outside the text area`));
        }
      }
      if ((block.kind === 'text' || block.kind === 'figure') && block.node !== null) {
        const node = nodes.get(block.node);
        if (!node) {
          found.push(where(`block of unknown structure node ${block.node}`));
          continue;
        }
        const row = node.tag === 'TD' || node.tag === 'TH' ? node.parent! : null;
        if (row) pagesOf.set(row, (pagesOf.get(row) ?? new Set()).add(p));
        if (node.tag === 'P' && block.kind === 'text') {
          const pieces = piecesOf.get(node.id) ?? new Map<number, number>();
          piecesOf.set(node.id, pieces.set(p, (pieces.get(p) ?? 0) + block.lines.length));
        }
      }
    }
    // The last content on a page (not the last page) must not be a heading.
    const content = page.blocks.filter((b): b is Extract<Block, { node: string | null }> => 'node' in b && b.node !== null);
    const last = content.at(-1);
    if (p < plan.pages.length - 1 && last && /^H\d$/.test(nodes.get(last.node!)!.tag)) {
      found.push(where(`heading "${last.kind === 'text' ? last.lines[0]?.text : ''}" is left at the foot of the page`));
    }
  });

  for (const [row, pages] of pagesOf) if (pages.size > 1) found.push(`table row ${row} is split across pages ${[...pages].map((p) => p + 1).join(', ')}`);
  for (const [node, pages] of piecesOf) {
    const pieces = [...pages.values()];
    if (pieces.length > 1 && pieces.some((lines) => lines < 2)) found.push(`paragraph ${node} leaves a single line on a page (${pieces.join(' + ')} lines)`);
  }
  return found;
}

describe('layoutBrief: the page plan', () => {
  it.each(['a4', 'letter'] as const)('keeps the rules of the page for Peru on %s', (paper) => {
    const peru = plan('PER', paper);
    expect(peru.pages.length).toBeGreaterThan(5);
    expect(problems(peru)).toEqual([]);
  });

  it('keeps them for every one of the 193 countries, in 2025, 2023 and 2021', () => {
    for (const country of COUNTRIES) expect(problems(plan(country.iso3)), country.name).toEqual([]);
    for (const country of COUNTRIES) expect(problems(plan(country.iso3, 'a4', fixtureCharts(), 2025)), country.name).toEqual([]);
    for (const country of COUNTRIES) expect(problems(plan(country.iso3, 'letter', fixtureCharts(), 2021)), country.name).toEqual([]);
  });

  it('keeps them with charts too tall for a page and too wide for the column', () => {
    const charts = fixtureCharts().map((chart) => (chart.id === 'landscape' ? fixtureChart('landscape', { width: 600, height: 1200 }) : chart));
    const peru = plan('PER', 'a4', charts);
    expect(problems(peru)).toEqual([]);
    const figure = peru.pages.flatMap((page) => page.blocks).find((b) => b.kind === 'figure' && b.chart === 'landscape');
    expect(figure).toMatchObject({ kind: 'figure' });
    if (figure?.kind === 'figure') expect(figure.height / figure.width).toBeCloseTo(2, 5);
  });

  it('draws a chart that fits at scale 1: two side by side at half the column, one across it', () => {
    const figures = plan('PER').pages[0]!.blocks.filter((b) => b.kind === 'figure');
    expect(figures).toMatchObject([
      { chart: 'pyramid', width: 226, height: 170 },
      { chart: 'comparison', width: 226, height: 175 },
      { chart: 'trend', width: 468, height: 110 },
    ]);
    expect(figures[0]!.y).toBe(figures[1]!.y);
  });

  it('can see its own rules broken', () => {
    const peru = plan('PER');
    const first = peru.pages[0]!;
    const broken: PagePlan = {
      ...peru,
      pages: [{ ...first, blocks: [...first.blocks, { kind: 'text', type: 'body', node: null, lines: [{ text: 'far out', x: 590, y: 900 }] }] }, ...peru.pages.slice(1)],
    };
    expect(problems(broken)).toEqual(['page 1: "far out" runs over a side margin', 'page 1: "far out" runs over the top or bottom margin']);
  });

  it('repeats the table header on a continued page as an artifact, outside the structure tree', () => {
    const headersOf = (brief: PagePlan) =>
      brief.pages.flatMap((page, p) => page.blocks.filter((b) => b.kind === 'text' && b.lines[0]?.text === 'Indicator').map((b) => ({ page: p, node: (b as { node: string | null }).node })));
    // The first brief whose markets or resilience table runs onto a second page.
    const continued = COUNTRIES.flatMap((c) => (['a4', 'letter'] as const).map((paper) => () => plan(c.iso3, paper, fixtureCharts(), 2025)))
      .map((make) => headersOf(make()))
      .find((headers) => headers.length > 3);
    expect(continued).toBeDefined();
    const tagged = continued!.filter((h) => h.node !== null);
    expect(tagged).toHaveLength(3); // one per table: markets, actors, resilience
    // the repeats are artifacts, each at the top of a later page than its table's start
    expect(continued!.filter((h) => h.node === null).every((h) => h.page > tagged[0]!.page)).toBe(true);
  });

  it('points each bookmark at its heading, in page order', () => {
    const peru = plan('PER');
    expect(peru.outline.map((entry) => `${entry.level} ${entry.title}`)).toEqual([
      '1 Summary',
      '1 Peru among all 193 countries',
      '1 Scores and ranks in every edition',
      '1 Criminality',
      '2 Criminal markets',
      '2 Criminal actors',
      '1 Resilience',
      '2 Resilience by building block',
      '1 Analysis',
      '2 Criminality',
      '2 Resilience',
      '1 What each indicator measures',
      '1 About the data',
    ]);
    const pages = peru.outline.map((entry) => entry.page);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });

  it('numbers pages "Page i of n" and names the country and edition in every footer', () => {
    const peru = plan('PER');
    peru.pages.forEach((page, i) => {
      expect(page.footer).toEqual({ left: 'Peru · Global Organized Crime Index 2023', right: `Page ${i + 1} of ${peru.pages.length}` });
    });
  });

  it('tags the country name H1, once', () => {
    const h1 = plan('VCT').structure.filter((node) => node.tag === 'H1');
    expect(h1).toHaveLength(1);
  });
});
