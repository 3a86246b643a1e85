/**
 * The region, continent and world workbooks, read back as a reader would check them: South
 * America's members and averages in 2025, the world's 193 members and its 27 continents and
 * regions, a first edition without changes, the same bytes twice, the run's paper, and every
 * colour explained on its sheet.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorsOf } from '../../src/index/taxonomy.js';
import type { IndexModel } from '../../src/model/buildIndexModel.js';
import { allScopes, buildScopeBrief, type ScopeBrief, type ScopeKind } from '../../src/model/buildScopeBrief.js';
import { buildScopeWorkbook } from '../../src/workbook/buildScopeWorkbook.js';
import { heatColour } from '../../src/workbook/heatColour.js';
import { WORKBOOK_TEMPLATE, WorkbookTemplate } from '../../src/workbook/workbookTemplate.js';
import { bodyRows, columnOf, headerRowOf, headersOf, legendOf, loadIndexModel, readWorkbook, rowValues, rowWhere, sheetOf, textsOf } from './readBack.js';

const texts = WORKBOOK_TEMPLATE.scope;
const colours = WORKBOOK_TEMPLATE.colours;
const CHANGE_FORMAT = '+0.00;"\u2212"0.00;0.00';

let model: IndexModel;
let southAmerica: ScopeBrief;
let bytes: Uint8Array;
let books: Map<string, ExcelJS.Workbook>;

const build = (kind: ScopeKind, name: string, edition: number, paper?: 'a4' | 'letter') => buildScopeWorkbook(model, buildScopeBrief(model, kind, name, edition), undefined, paper ? { paper } : {});

beforeAll(async () => {
  model = await loadIndexModel();
  southAmerica = buildScopeBrief(model, 'region', 'South America', 2025);
  bytes = await buildScopeWorkbook(model, southAmerica);
  books = new Map([
    ['South America 2025', await readWorkbook(bytes)],
    ['World 2025', await readWorkbook(await build('world', 'World', 2025))],
    ['Americas 2023', await readWorkbook(await build('continent', 'Americas', 2023))],
    ['South America 2021', await readWorkbook(await build('region', 'South America', 2021))],
    ['World 2021', await readWorkbook(await build('world', 'World', 2021))],
  ]);
});

const book = (name: string) => books.get(name)!;

function* everySheet(): Generator<[string, ExcelJS.Worksheet]> {
  for (const [name, workbook] of books) for (const sheet of workbook.worksheets) yield [`${name}: ${sheet.name}`, sheet];
}

const isTable = (sheet: ExcelJS.Worksheet) => sheet.views?.[0]?.state === 'frozen';
const argbOf = (target: ExcelJS.Cell) => (target.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe('sheets', () => {
  it('are named from the template, with a sub-groups sheet only for a continent and the world', () => {
    const { summary, members, indicators, editions, groups } = texts.sheets;
    expect(book('South America 2025').worksheets.map((s) => s.name)).toEqual([summary, members, indicators, editions]);
    expect(book('Americas 2023').worksheets.map((s) => s.name)).toEqual([summary, members, indicators, groups.continent, editions]);
    expect(book('World 2025').worksheets.map((s) => s.name)).toEqual([summary, members, indicators, groups.world, editions]);
    expect(book('World 2025').worksheets.map((s) => s.name)).toEqual(['Summary', 'Members', 'Indicators', 'Continents and regions', 'Editions']);
    for (const [where, sheet] of everySheet()) expect(sheet.name.length, where).toBeLessThanOrEqual(31);
  });

  it("refuse a template whose sub-groups sheet takes another sheet's name", () => {
    const clash = structuredClone(WORKBOOK_TEMPLATE);
    clash.scope.sheets.groups.world = 'members';
    const parsed = WorkbookTemplate.safeParse(clash);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('"groups","world"');
  });

  it('build for every one of the 28 scopes', async () => {
    expect(allScopes()).toHaveLength(28);
    for (const { kind, name } of allScopes()) {
      const workbook = await readWorkbook(await build(kind, name, 2025));
      expect(workbook.worksheets.length, name).toBe(kind === 'region' ? 4 : 5);
      expect(workbook.title, name).toBe(`${kind === 'world' ? 'The world' : name}: Global Organized Crime Index 2025`);
    }
  });
});

describe('South America 2025', () => {
  it('lists its 12 members, the most criminal first, Peru 6th: 6.62, 6th in the region (6th in 2023), 31st in the world (32nd)', () => {
    const sheet = sheetOf(book('South America 2025'), 'Members');
    expect(bodyRows(sheet)).toHaveLength(12);
    expect(headersOf(sheet)).toEqual([
      'ISO3',
      'Country',
      'Quadrant 2025',
      'Criminality 2025',
      'Criminality rank in 2025, South America (of 12)',
      'Criminality rank in 2023, South America',
      'Criminality rank in 2025, World (of 193)',
      'Criminality rank in 2023, World',
      'Resilience 2025',
      'Resilience rank in 2025, South America (of 12)',
      'Resilience rank in 2023, South America',
      'Resilience rank in 2025, World (of 193)',
      'Resilience rank in 2023, World',
    ]);
    const peru = headerRowOf(sheet) + 6;
    expect(rowValues(sheet, peru)).toEqual(['PER', 'Peru', 'High criminality, low resilience', 6.62, 6, 6, 31, 32, 4.46, 7, 8, 114, 119]);
    expect(sheet.getCell(peru, columnOf(sheet, 'Criminality 2025')).numFmt).toBe('0.00');
    expect(sheet.getCell(peru, columnOf(sheet, 'Criminality rank in 2025, World (of 193)')).numFmt).toBe('0');
    // The brief's order, as a reader filtering by rank would find it.
    const ranks = bodyRows(sheet).map((r) => sheet.getCell(r, columnOf(sheet, 'Criminality rank in 2025, South America (of 12)')).value);
    expect(ranks).toEqual(southAmerica.members.map((m) => m.ranks.criminality.scope.rank));
    expect(sheet.getCell(headerRowOf(sheet) + 1, 2).value).toBe('Colombia');
  });

  it('summarises the region with its averages, the 2023 averages, the change and the Americas and world averages beside them', () => {
    const sheet = sheetOf(book('South America 2025'), 'Summary');
    const field = (label: string) => sheet.getCell(rowWhere(sheet, 1, label), 2).value;
    expect(sheet.getCell(1, 1).value).toBe('South America: Global Organized Crime Index 2025');
    expect(field('Name')).toBe('South America');
    expect(field('Scope')).toBe('Region');
    expect(field('Continent')).toBe('Americas');
    expect(field('Edition')).toBe(2025);
    expect(field('Compared with')).toBe(2023);
    expect(field('Member countries')).toBe(12);
    expect(field('Citation')).toBe('Global Initiative Against Transnational Organized Crime, Global Organized Crime Index 2025');
    expect(field('Source')).toBe('Global Organized Crime Index 2025, 2023 and 2021, Global Initiative Against Transnational Organized Crime (https://ocindex.net)');

    const header = rowWhere(sheet, 1, 'Composite');
    expect(rowValues(sheet, header)).toEqual(['Composite', 'Reading', 'South America average 2025', 'South America average 2023', 'Change', 'Americas average 2025', 'World average 2025']);
    const row = (composite: string) => rowValues(sheet, rowWhere(sheet, 1, composite)).slice(2, 7);
    expect(row('Criminality')).toEqual([6.13, 5.94, 0.19, 5.27, 5.08]);
    expect(row('Criminal markets')).toEqual([5.81, 5.63, 0.18, 4.97, 4.91]);
    expect(row('Criminal actors')).toEqual([6.44, 6.26, 0.18, 5.57, 5.25]);
    expect(row('Resilience')).toEqual([4.66, 4.72, -0.06, 4.79, 4.78]);
    // The model's averages, printed as they are.
    expect(sheet.getCell(rowWhere(sheet, 1, 'Criminality'), 3).value).toBe(southAmerica.composites.criminality.value / 100);
    expect(sheet.getCell(rowWhere(sheet, 1, 'Criminality'), 5).numFmt).toBe(CHANGE_FORMAT);
    expect(argbOf(sheet.getCell(rowWhere(sheet, 1, 'Resilience'), 5))).toBe(colours.worse.toneFill);
  });

  it("sets every indicator's average beside the Americas and the world, with the difference from the world and the change", () => {
    const sheet = sheetOf(book('South America 2025'), 'Indicators');
    expect(headersOf(sheet)).toEqual([
      'Pillar',
      'Group',
      'Indicator',
      'South America average 2025',
      'Americas average 2025',
      'World average 2025',
      'Difference from the world',
      'South America average 2023',
      'Change',
    ]);
    expect(bodyRows(sheet)).toHaveLength(indicatorsOf(2025).length);
    const cocaine = rowWhere(sheet, 3, 'Cocaine trade');
    expect(rowValues(sheet, cocaine)).toEqual(['Criminality', 'Drugs', 'Cocaine trade', 8.42, 7.57, 4.89, 3.53, 8.29, 0.13]);
    const difference = sheet.getCell(cocaine, columnOf(sheet, 'Difference from the world'));
    expect(difference.numFmt).toBe(CHANGE_FORMAT);
    expect(argbOf(difference)).toBe(colours.worse.toneFill);
    // Resilience above the world's is better: blue.
    const cooperation = rowWhere(sheet, 3, 'International cooperation');
    expect(argbOf(sheet.getCell(cooperation, columnOf(sheet, 'Difference from the world')))).toBe(colours.better.toneFill);
    // The legend says the dark fills stand for a change or a difference.
    expect(
      legendOf(sheet)
        .slice(0, 2)
        .map((line) => line.meaning),
    ).toEqual(['Worse: change or difference', 'Better: change or difference']);
    // 2025 scored nothing new: no n/a.
    for (const { where, text } of textsOf(sheet)) expect(text, where).not.toMatch(/^n\/a/);
  });

  it('gives the four composite averages in every edition, oldest first, and the changes between them', () => {
    const sheet = sheetOf(book('South America 2025'), 'Editions');
    expect(headersOf(sheet)).toEqual(['Composite', 'Reading', '2021', '2023', '2025', 'Change 2021–2023', 'Change 2023–2025']);
    expect(rowValues(sheet, rowWhere(sheet, 1, 'Criminality')).slice(2)).toEqual([5.51, 5.94, 6.13, 0.43, 0.19]);
    expect(bodyRows(sheet)).toHaveLength(4);
  });

  it("freezes every table's header on one row, below the longest legend, and prints it atop every page", () => {
    const workbook = book('South America 2025');
    const header = headerRowOf(sheetOf(workbook, 'Indicators'));
    expect(header).toBeGreaterThan(2);
    for (const name of ['Members', 'Indicators', 'Editions']) {
      const sheet = sheetOf(workbook, name);
      expect(sheet.views[0], name).toMatchObject({ state: 'frozen', ySplit: header });
      expect(sheet.pageSetup.printTitlesRow, name).toBe(`1:${header}`);
      expect(sheet.autoFilter, name).toMatch(new RegExp(`^A${header}:[A-Z]+\\d+$`));
    }
    expect(sheetOf(workbook, 'Members').views[0]).toMatchObject({ xSplit: 2 });
  });
});

describe('the world', () => {
  it('lists all 193 countries, ranked among all only (its own ranks would repeat them), with continent and region', () => {
    const sheet = sheetOf(book('World 2025'), 'Members');
    expect(bodyRows(sheet)).toHaveLength(193);
    expect(headersOf(sheet)).toEqual([
      'ISO3',
      'Country',
      'Continent',
      'Region',
      'Quadrant 2025',
      'Criminality 2025',
      'Criminality rank in 2025, World (of 193)',
      'Criminality rank in 2023, World',
      'Resilience 2025',
      'Resilience rank in 2025, World (of 193)',
      'Resilience rank in 2023, World',
    ]);
    const peru = rowWhere(sheet, 1, 'PER');
    expect(rowValues(sheet, peru)).toEqual(['PER', 'Peru', 'Americas', 'South America', 'High criminality, low resilience', 6.62, 31, 32, 4.46, 114, 119]);
  });

  it('averages 5.08 for criminality in 2025 (5.03 in 2023), with no world column beside itself', () => {
    const sheet = sheetOf(book('World 2025'), 'Summary');
    expect(sheet.getCell(1, 1).value).toBe('The world: Global Organized Crime Index 2025');
    expect(sheet.getCell(rowWhere(sheet, 1, 'Member countries'), 2).value).toBe(193);
    expect(() => rowWhere(sheet, 1, 'Continent')).toThrow();
    const header = rowWhere(sheet, 1, 'Composite');
    expect(rowValues(sheet, header)).toEqual(['Composite', 'Reading', 'World average 2025', 'World average 2023', 'Change']);
    expect(rowValues(sheet, rowWhere(sheet, 1, 'Criminality')).slice(2)).toEqual([5.08, 5.03, 0.05]);
    expect(rowValues(sheet, rowWhere(sheet, 1, 'Resilience')).slice(2)).toEqual([4.78, 4.81, -0.03]);
    const indicators = sheetOf(book('World 2025'), 'Indicators');
    expect(headersOf(indicators)).toEqual(['Pillar', 'Group', 'Indicator', 'World average 2025', 'World average 2023', 'Change']);
  });

  it('has its 5 continents then its 22 regions on a sheet of their own', () => {
    const sheet = sheetOf(book('World 2025'), texts.sheets.groups.world);
    expect(headersOf(sheet)).toEqual([
      'Scope',
      'Name',
      'Continent',
      'Countries',
      'Criminality 2025',
      'Criminality 2023',
      'Criminality change 2023–2025',
      'Resilience 2025',
      'Resilience 2023',
      'Resilience change 2023–2025',
    ]);
    const rows = bodyRows(sheet).map((r) => rowValues(sheet, r));
    expect(rows).toHaveLength(27);
    expect(rows.slice(0, 5).map((row) => row.slice(0, 4))).toEqual([
      ['Continent', 'Africa', null, 54],
      ['Continent', 'Americas', null, 35],
      ['Continent', 'Asia', null, 46],
      ['Continent', 'Europe', null, 44],
      ['Continent', 'Oceania', null, 14],
    ]);
    expect(rows.slice(5).every((row) => row[0] === 'Region')).toBe(true);
    expect(rows.slice(5).reduce((sum, row) => sum + (row[3] as number), 0)).toBe(193);
    expect(rows.find((row) => row[1] === 'South America')).toEqual(['Region', 'South America', 'Americas', 12, 6.13, 5.94, 0.19, 4.66, 4.72, -0.06]);
  });
});

describe('a first edition (2021)', () => {
  it('has no previous, previous-rank or change column anywhere, and no n/a', () => {
    for (const name of ['South America 2021', 'World 2021']) {
      for (const sheet of book(name).worksheets) {
        for (const { where, text } of textsOf(sheet)) {
          if (where.endsWith('(note)')) continue;
          expect(text, `${name}: ${where}`).not.toMatch(/^Change|change \d{4}|2019|^n\/a|\(no earlier edition\) average/);
        }
      }
    }
    const world = book('World 2021');
    expect(headersOf(sheetOf(world, 'Members')).filter((h) => /rank/.test(String(h)))).toEqual(['Criminality rank in 2021, World (of 193)', 'Resilience rank in 2021, World (of 193)']);
    expect(headersOf(sheetOf(world, 'Editions'))).toEqual(['Composite', 'Reading', '2021']);
    expect(headersOf(sheetOf(world, 'Continents and regions')).slice(4)).toEqual(['Criminality 2021', 'Resilience 2021']);
    expect(rowValues(sheetOf(world, 'Summary'), rowWhere(sheetOf(world, 'Summary'), 1, 'Composite'))).toEqual(['Composite', 'Reading', 'World average 2021']);
    // The world has no difference from itself, so no signed number at all.
    for (const sheet of world.worksheets) {
      sheet.eachRow((row) => row.eachCell((target) => expect(target.numFmt, `${sheet.name}!${target.address}`).not.toBe(CHANGE_FORMAT)));
    }
  });

  it("keeps a region's difference from the world, coloured and explained as such", () => {
    const sheet = sheetOf(book('South America 2021'), 'Indicators');
    expect(headersOf(sheet)).toEqual(['Pillar', 'Group', 'Indicator', 'South America average 2021', 'Americas average 2021', 'World average 2021', 'Difference from the world']);
    expect(bodyRows(sheet)).toHaveLength(indicatorsOf(2021).length);
    expect(
      legendOf(sheet)
        .slice(0, 2)
        .map((line) => line.meaning),
    ).toEqual(['Worse than the world', 'Better than the world']);
    const notes = sheetOf(book('South America 2021'), 'Summary');
    const texts = textsOf(notes).map((t) => t.text);
    expect(texts).toContain('2021 is the first edition in the data, so this workbook has no changes: no previous average, previous rank or change columns.');
    expect(texts.join(' ')).not.toMatch(/minus the (2019|\(no earlier edition\)) average/);
  });
});

describe('an indicator new in the edition (Americas 2023)', () => {
  it('reads n/a for the change, as the brief prints it, with a blank previous average and notes saying why', () => {
    const sheet = sheetOf(book('Americas 2023'), 'Indicators');
    const row = rowWhere(sheet, 3, 'Extortion and protection racketeering');
    const change = sheet.getCell(row, columnOf(sheet, 'Change'));
    expect(change.value).toBe('n/a');
    expect(change.type).toBe(ExcelJS.ValueType.String);
    expect(change.font?.color?.argb).toBe(colours.muted);
    expect(String(change.note)).toContain('New in 2023');
    expect(sheet.getCell(row, columnOf(sheet, 'Americas average 2021')).value).toBeNull();
    // An old indicator has a number, zero included.
    expect(typeof sheet.getCell(rowWhere(sheet, 3, 'Cocaine trade'), columnOf(sheet, 'Change')).value).toBe('number');
    const legend = legendOf(sheet).map((line) => line.meaning);
    expect(legend).toContain('n/a: there is no change');
    expect(legend).toContain('A blank score is not a zero');
  });

  it("puts a continent's regions on a sheet named for them", () => {
    const sheet = sheetOf(book('Americas 2023'), 'Regions');
    expect(bodyRows(sheet).map((r) => sheet.getCell(r, 2).value)).toEqual(['Caribbean', 'Central America', 'North America', 'South America']);
    expect(headersOf(sheet).slice(0, 3)).toEqual(['Scope', 'Name', 'Countries']);
  });
});

describe('colours', () => {
  /** Rows of a sheet's legend: above the header on a table sheet, below the composites on Summary. */
  function legendSamples(sheet: ExcelJS.Worksheet): ExcelJS.Cell[] {
    if (isTable(sheet)) return legendOf(sheet).map((line) => line.sample);
    return legendOf(sheet, rowWhere(sheet, 1, 'Resilience') + 2).map((line) => line.sample);
  }

  it('are each explained on the sheet that uses them, by a sample painted like the cells', () => {
    let checked = 0;
    for (const [where, sheet] of everySheet()) {
      const samples = legendSamples(sheet);
      const legendRows = new Set(samples.map((sample) => Number(sample.row)));
      const explained = new Set(samples.map((sample) => argbOf(sample) ?? (sample.value === 'n/a' ? 'n/a' : undefined)));
      const first = isTable(sheet) ? headerRowOf(sheet) + 1 : rowWhere(sheet, 1, 'Composite') + 1;
      sheet.eachRow((row, r) => {
        if (r < first || legendRows.has(r)) return;
        row.eachCell((target) => {
          const fill = argbOf(target);
          if (target.value === 'n/a') expect(explained.has('n/a'), `${where}!${target.address}`).toBe(true);
          if (!fill) return;
          checked += 1;
          // A score's shade is explained by the sample at the dark end of its scale.
          const scale = [colours.worse, colours.better].find((stops) => typeof target.value === 'number' && fill === heatColour(target.value, stops));
          expect(explained.has(scale ? scale.high : fill), `${where}!${target.address} ${fill}`).toBe(true);
        });
      });
      const scales = (sheet as ExcelJS.Worksheet & { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
      for (const formatting of scales) {
        const high = (formatting.rules[0] as ExcelJS.ColorScaleRuleType).color?.at(-1)?.argb;
        expect(explained.has(high), `${where}: scale ${formatting.ref}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('print and bytes', () => {
  it('prints every sheet on A4, one page wide or as few as keep the text readable, with a footer', () => {
    for (const [where, sheet] of everySheet()) {
      expect(sheet.pageSetup, where).toMatchObject({ paperSize: 9, fitToPage: true, fitToHeight: 0 });
      expect(sheet.pageSetup.printTitlesRow, where).toBe(isTable(sheet) ? `1:${headerRowOf(sheet)}` : '1:1');
      expect(sheet.headerFooter.oddFooter, where).toMatch(/^&L.+: &A&RPage &P of &N$/);
    }
    expect(sheetOf(book('World 2025'), 'Members').headerFooter.oddFooter).toBe('&LThe world: Global Organized Crime Index 2025: &A&RPage &P of &N');
  });

  it('prints on Letter when the run asks for it, and the bytes differ from A4', async () => {
    const letter = await build('region', 'South America', 2025, 'letter');
    for (const sheet of (await readWorkbook(letter)).worksheets) expect(sheet.pageSetup.paperSize, sheet.name).toBe(1);
    expect(Buffer.from(letter).equals(Buffer.from(bytes))).toBe(false);
  });

  it('gives the same bytes when built again', async () => {
    const again = await buildScopeWorkbook(model, buildScopeBrief(model, 'region', 'South America', 2025));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const world = await build('world', 'World', 2021);
    expect(Buffer.from(await build('world', 'World', 2021)).equals(Buffer.from(world))).toBe(true);
  });

  it('dates the workbook from the edition, not the clock', () => {
    const workbook = book('South America 2025');
    expect(workbook.created.toISOString()).toBe('2025-12-31T00:00:00.000Z');
    expect(workbook.category).toBe('Regional workbook');
    expect(book('World 2025').category).toBe('World workbook');
  });
});
