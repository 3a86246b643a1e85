/**
 * Regional, continental and world briefs read back with pdf.js, with the charts the chart stage
 * really draws: the figures a reader of the page checks, the members in rank order, the notes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderScopeCharts } from '../../src/charts/renderScopeCharts.js';
import { loadData } from '../../src/load/loadData.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { buildScopeBrief, type ScopeKind } from '../../src/model/buildScopeBrief.js';
import { buildScopePdf, planScopePdf } from '../../src/pdf/buildScopePdf.js';
import { readPdf, type PdfReadback } from './readPdf.js';

let model: IndexModel;
const warnings: string[] = [];
const built = new Map<string, { bytes: Uint8Array; pdf: PdfReadback }>();

async function brief(kind: ScopeKind, name: string, edition: number, paper: 'a4' | 'letter' = 'a4') {
  const key = `${kind} ${name} ${edition} ${paper}`;
  if (!built.has(key)) {
    const scope = buildScopeBrief(model, kind, name, edition);
    const charts = await renderScopeCharts(model, scope);
    const bytes = await buildScopePdf(model, scope, charts, { paper, onWarning: (w) => warnings.push(w) });
    built.set(key, { bytes, pdf: await readPdf(bytes) });
  }
  return built.get(key)!;
}

beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
});

describe('buildScopePdf: South America 2025', () => {
  it('opens with the kind of brief, the region, its continent and size, and the averages against the continent and the world', async () => {
    const { pdf } = await brief('region', 'South America', 2025);
    const first = pdf.pages[0]!.text;
    expect(first).toMatch(/^GLOBAL ORGANIZED CRIME INDEX 2025 · REGIONAL BRIEF South America Americas · 12 countries/);
    expect(first).toContain('6.13 +0.19 since 2023');
    expect(first).toContain('4.66 −0.06 since 2023');
    expect(first).toContain('Americas average 5.27 World average 5.08 2nd most criminal of the 22 regions (3rd in 2023)');
    expect(first).toContain('Americas average 4.79 World average 4.78 11th most resilient of the 22 regions (12th in 2023)');
    expect(first).toContain(
      'South America has 7 countries of high criminality and low resilience, 2 countries of low criminality and low resilience, and 3 countries of low criminality and high resilience.',
    );
  });

  it('leads with the most and least affected members, the largest moves and the markets that stand out', async () => {
    const first = (await brief('region', 'South America', 2025)).pdf.pages[0]!.text;
    expect(first).toContain('Colombia is the most criminal country in South America (7.82); Uruguay the least (3.57).');
    expect(first).toContain('Uruguay is the most resilient (7.46); Venezuela the least (1.88).');
    expect(first).toContain('Since 2023, criminality rose most in Ecuador (+0.41) and fell most in Guyana (−0.19).');
    expect(first).toContain('cocaine trade (8.42; world 4.89) and non-renewable resource crimes (6.79; world 4.76).');
  });

  it('lists its 12 countries in rank order, Peru 6th (6th in 2023), with ranks in the region and among all 193', async () => {
    const { pdf } = await brief('region', 'South America', 2025);
    const order = ['Colombia', 'Paraguay', 'Ecuador', 'Brazil', 'Venezuela', 'Peru', 'Guyana', 'Chile', 'Argentina', 'Bolivia', 'Suriname', 'Uruguay'];
    const table = pdf.text.slice(pdf.text.indexOf('The 12 countries of South America'));
    const positions = order.map((name) => table.indexOf(`${name} `));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(table).toContain('Peru 6.62 6th (6th) 31st (32nd) 4.46 7th (8th) 114th (119th) high / low');
  });

  it('sets every indicator against the world, with its change', async () => {
    const { pdf } = await brief('region', 'South America', 2025);
    expect(pdf.text).toContain('Cocaine trade 8.42 4.89 ▲ +0.13');
    expect(pdf.text).toContain('Averages in every edition');
    expect(pdf.text).toMatch(/Criminality 5\.51 5\.94 6\.13 world average 4\.87 5\.03 5\.08/);
  });

  it('is tagged, titled and in English, with its tables as tables', async () => {
    const { pdf } = await brief('region', 'South America', 2025);
    expect(pdf.info.Title).toBe('South America: Global Organized Crime Index 2025 regional brief');
    expect(pdf.roles).toEqual(expect.arrayContaining(['Table', 'TH', 'TD', 'Figure', 'H1', 'H2']));
    expect(pdf.figureAlts.length).toBe(4);
    expect(pdf.outline.map((o) => o.title)).toEqual([
      'Summary',
      'The 12 countries of South America',
      'South America among all 193 countries',
      'Averages in every edition',
      'Criminality',
      'Resilience',
      'What each indicator measures',
      'About the data',
    ]);
  });

  it('gives the same bytes twice, and builds without warnings', async () => {
    const scope = buildScopeBrief(model, 'region', 'South America', 2025);
    const again = await buildScopePdf(model, scope, await renderScopeCharts(model, scope), { paper: 'a4' });
    expect(Buffer.from(again).equals(Buffer.from((await brief('region', 'South America', 2025)).bytes))).toBe(true);
    expect(warnings).toEqual([]);
  });
});

describe('buildScopePdf: other scopes and editions', () => {
  it('names the members of a continent in sentences as a sentence names them, and lists its regions', async () => {
    const { pdf } = await brief('continent', 'Africa', 2025);
    expect(pdf.pages[0]!.text).toMatch(/^GLOBAL ORGANIZED CRIME INDEX 2025 · CONTINENTAL BRIEF Africa 5 regions · 54 countries/);
    expect(pdf.pages[0]!.text).toContain('The Democratic Republic of the Congo is the most criminal country in Africa (7.47)');
    expect(pdf.pages[0]!.text).toContain('2nd most criminal of the 5 continents (2nd in 2023)');
    expect(pdf.text).toContain('The regions of Africa');
    expect(pdf.text).toMatch(/Central Africa 11 /);
  });

  it('gives the world its top and bottom 10, its continents and regions, and no world column', async () => {
    const { pdf } = await brief('world', 'World', 2025);
    const text = pdf.text;
    expect(pdf.pages[0]!.text).toMatch(/^GLOBAL ORGANIZED CRIME INDEX 2025 · WORLD BRIEF The world 193 countries · 5 continents · 22 regions/);
    expect(text).toContain('Myanmar is the most criminal country in the world (8.08); Tuvalu the least (1.53).');
    expect(text).toContain('The most pervasive criminal markets worldwide are financial crimes (6.21) and human trafficking (5.92).');
    expect(text).toMatch(/The 10 most criminal .*Myanmar South-Eastern Asia 8\.08 1st \(1st\)/);
    expect(text).toMatch(/The 10 least criminal .*Tuvalu Polynesia 1\.53 193rd/);
    expect(text).toContain('Continents and regions');
    expect(text).not.toContain('World average 5.08');
  });

  it("keeps a section's space between a figure that floated to a new page and what follows it", async () => {
    const scope = buildScopeBrief(model, 'world', 'World', 2025);
    const plan = planScopePdf(model, scope, await renderScopeCharts(model, scope), { paper: 'a4' });
    const page = plan.pages.find((p) => p.blocks.some((b) => b.kind === 'figure' && b.chart === 'landscape'))!;
    const figure = page.blocks.find((b) => b.kind === 'figure' && b.chart === 'landscape')!;
    const after = page.blocks.slice(page.blocks.indexOf(figure) + 1);
    expect(after.length).toBeGreaterThan(0);
    const top = Math.min(...after.map((b) => (b.kind === 'text' ? b.lines[0]!.y : b.y)));
    const bottom = figure.kind === 'figure' ? figure.y + figure.height : Number.NaN;
    expect(top - bottom).toBeGreaterThanOrEqual(12);
  });

  it('has no changes, previous ranks or trend in the first edition', async () => {
    const { pdf } = await brief('region', 'South America', 2021);
    expect(pdf.text).not.toContain('since');
    expect(pdf.text).not.toContain('Averages in every edition');
    expect(pdf.text).toContain('Peru 6.35 5th 26th 4.58 8th 106th high / low');
    expect(pdf.text).toContain('2021 is the Index’s first edition, so there are no changes.');
    expect(pdf.figureAlts.length).toBe(3);
  });

  it('prints on US Letter when asked', async () => {
    const { pdf } = await brief('region', 'South America', 2025, 'letter');
    for (const page of pdf.pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([612, 792]);
  });
});
