import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/index/countries.js';
import { indicatorsOf } from '../../src/index/taxonomy.js';
import type { IndexModel } from '../../src/model/buildIndexModel.js';
import { buildAllCountriesWorkbook } from '../../src/workbook/buildAllCountriesWorkbook.js';
import { columnOf, loadIndexModel, readWorkbook, rowValues, rowWhere, sheetOf } from './readBack.js';

let model: IndexModel;
let bytes: Uint8Array;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  model = await loadIndexModel();
  bytes = await buildAllCountriesWorkbook(model, 2023);
  book = await readWorkbook(bytes);
});

const RANK_HEADERS = ['world', 'continent', 'region'].flatMap((scope) => [`Criminality rank, ${scope}`]).concat(
  ['world', 'continent', 'region'].map((scope) => `Resilience rank, ${scope}`),
);

describe('buildAllCountriesWorkbook (2023)', () => {
  it('has Scores, Deltas, Regions and About', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Scores', 'Deltas', 'Regions', 'About']);
    expect(book.title).toBe('Global Organized Crime Index 2023: all countries');
    expect(book.creator).toBe('ocindex-briefs');
    expect(book.created.toISOString()).toBe('2023-12-31T00:00:00.000Z');
  });

  it('gives Scores one row per country and a column per composite, indicator and rank', () => {
    const sheet = sheetOf(book, 'Scores');
    expect(sheet.rowCount).toBe(1 + 193);
    expect(rowValues(sheet, 1)).toEqual([
      'ISO3', 'Country', 'Continent', 'Region',
      'Criminality', 'Criminal markets', 'Criminal actors', 'Resilience',
      ...indicatorsOf(2023).map((i) => i.name),
      ...RANK_HEADERS,
    ]);
  });

  it('sorts countries by name in English collation', () => {
    const sheet = sheetOf(book, 'Scores');
    const names = Array.from({ length: 193 }, (_, n) => sheet.getCell(n + 2, 2).value as string);
    const collator = new Intl.Collator('en');
    expect(names).toEqual(COUNTRIES.map((c) => c.name).sort(collator.compare));
    // Accented names sort with their letter, not after Z.
    expect(names.indexOf("Côte d'Ivoire")).toBeLessThan(names.indexOf('Croatia'));
    expect(names.indexOf('Türkiye')).toBeLessThan(names.indexOf('Tuvalu'));
  });

  it('has Peru\'s composites, indicators and ranks as numbers', () => {
    const sheet = sheetOf(book, 'Scores');
    const row = rowWhere(sheet, 1, 'PER');
    const at = (header: string) => sheet.getCell(row, columnOf(sheet, header));
    expect(at('Country').value).toBe('Peru');
    expect(at('Region').value).toBe('South America');
    expect(at('Criminality').value).toBe(6.4);
    expect(at('Resilience').value).toBe(4.38);
    expect(at('Cocaine trade').value).toBe(9);
    expect(at('Criminality rank, world').value).toBe(32);
    expect(at('Criminality rank, continent').value).toBe(10);
    expect(at('Resilience rank, world').value).toBe(119);
    expect(at('Criminality').numFmt).toBe('0.00');
    expect(at('Criminality rank, world').numFmt).toBe('0');
  });

  it('freezes the header and the ISO3 and country columns, with an autofilter over all rows', () => {
    for (const name of ['Scores', 'Deltas', 'Regions']) {
      const sheet = sheetOf(book, name);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    }
    expect(sheetOf(book, 'Scores').autoFilter).toBe('A1:AT194');
    expect(sheetOf(book, 'Deltas').autoFilter).toBe('A1:AT194');
  });

  it('colours score columns with a direction-aware scale: orange where higher is worse, blue where better', () => {
    const sheet = sheetOf(book, 'Scores') as ExcelJS.Worksheet & { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
    const scaleFor = (header: string) => {
      const letter = sheet.getColumn(columnOf(sheet, header)).letter;
      const formatting = sheet.conditionalFormattings.find((cf) => cf.ref === `${letter}2:${letter}194`);
      return (formatting?.rules[0] as ExcelJS.ColorScaleRuleType | undefined)?.color?.map((c) => c.argb);
    };
    expect(scaleFor('Criminality')).toEqual(['FFFFFFFF', 'FFFDD0A2', 'FFF16913']);
    expect(scaleFor('Cocaine trade')).toEqual(['FFFFFFFF', 'FFFDD0A2', 'FFF16913']);
    expect(scaleFor('Resilience')).toEqual(['FFFFFFFF', 'FFC6DBEF', 'FF4292C6']);
    expect(scaleFor('Prevention')).toEqual(['FFFFFFFF', 'FFC6DBEF', 'FF4292C6']);
    expect(scaleFor('Criminality rank, world')).toBeUndefined();
  });

  it('has Deltas in the same shape, with changes signed and rank changes as previous − current', () => {
    const scores = sheetOf(book, 'Scores');
    const sheet = sheetOf(book, 'Deltas');
    expect(rowValues(sheet, 1)).toEqual(rowValues(scores, 1));
    expect(sheet.rowCount).toBe(194);
    const row = rowWhere(sheet, 1, 'PER');
    const at = (header: string) => sheet.getCell(row, columnOf(sheet, header));
    expect(at('Criminality').value).toBe(0.05);
    expect(at('Resilience').value).toBe(-0.2);
    expect(at('Heroin trade').value).toBe(2);
    expect(at('Criminality rank, world').value).toBe(-6);
    expect(at('Criminality').numFmt).toBe('+0.00;"\u2212"0.00;0.00');
    expect(at('Criminality rank, world').numFmt).toBe('+0;"\u2212"0;0');
  });

  it('leaves new indicators blank in Deltas, never zero, and says why in the header note', () => {
    const sheet = sheetOf(book, 'Deltas');
    for (const indicator of indicatorsOf(2023).filter((i) => i.since === 2023)) {
      const column = columnOf(sheet, indicator.name);
      for (let r = 2; r <= 194; r += 1) expect(sheet.getCell(r, column).value).toBeNull();
      expect(String(sheet.getCell(1, column).note)).toContain('New in 2023');
    }
    // An old indicator has a value, zero included, for every country.
    const cocaine = columnOf(sheet, 'Cocaine trade');
    for (let r = 2; r <= 194; r += 1) expect(typeof sheet.getCell(r, cocaine).value).toBe('number');
  });

  it('averages the world, each continent and each region on Regions', () => {
    const sheet = sheetOf(book, 'Regions');
    expect(sheet.rowCount).toBe(1 + 1 + 5 + 22);
    expect(rowValues(sheet, 2).slice(0, 5)).toEqual(['World', 'World', null, 193, 5.03]);
    const southAmerica = rowWhere(sheet, 2, 'South America');
    expect(rowValues(sheet, southAmerica).slice(0, 5)).toEqual(['Region', 'South America', 'Americas', 12, 5.94]);
    const americas = rowWhere(sheet, 2, 'Americas');
    expect(sheet.getCell(americas, columnOf(sheet, 'Resilience')).value).toBe(4.8);
    expect(americas).toBeLessThan(southAmerica);
  });

  it('explains source, citation and how to read the sheets on About', () => {
    const sheet = sheetOf(book, 'About');
    const text = (topic: string) => sheet.getCell(rowWhere(sheet, 1, topic), 2).value;
    expect(text('Citation')).toBe('Global Initiative Against Transnational Organized Crime, Global Organized Crime Index 2023');
    expect(text('Source')).toContain('2023 and 2021');
    expect(text('Edition')).toBe('2023. Changes are against the 2021 edition.');
    expect(String(text('Ranks'))).toContain('share a rank');
  });

  it('gives the same bytes when built again', async () => {
    const again = await buildAllCountriesWorkbook(model, 2023);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('leaves every change blank for the first edition', async () => {
    const first = await readWorkbook(await buildAllCountriesWorkbook(model, 2021));
    const sheet = sheetOf(first, 'Deltas');
    expect(sheet.rowCount).toBe(194);
    for (let c = 5; c <= sheet.columnCount; c += 1) expect(sheet.getCell(2, c).value).toBeNull();
    expect(String(sheet.getCell(1, 5).note)).toContain('No edition before 2021');
  });
});
