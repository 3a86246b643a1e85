import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IndexModel } from '../../src/model/buildIndexModel.js';
import { buildAllCountriesWorkbook } from '../../src/workbook/buildAllCountriesWorkbook.js';
import { bodyRows, columnOf, headerRowOf, headersOf, legendOf, loadIndexModel, readWorkbook, rowWhere, sheetOf } from './readBack.js';

let model: IndexModel;
let bytes: Uint8Array;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  model = await loadIndexModel();
  bytes = await buildAllCountriesWorkbook(model, 2025);
  book = await readWorkbook(bytes);
});

const COMPOSITES = ['Criminality', 'Criminal markets', 'Criminal actors', 'Resilience'];
const SCOPES = ['world', 'continent', 'region'];

function editionsHeaders(editions: number[]): string[] {
  const steps = editions.slice(1).map((to, n) => `${editions[n]}\u2013${to}`);
  return [
    'ISO3',
    'Country',
    'Continent',
    'Region',
    ...COMPOSITES.flatMap((c) => [...editions.map((e) => `${c} ${e}`), ...steps.map((step) => `${c} change ${step}`)]),
    ...['Criminality', 'Resilience'].flatMap((c) => SCOPES.flatMap((scope) => editions.map((e) => `${c} rank in ${e}, ${scope}`))),
  ];
}

describe('the Editions sheet of the all-countries workbook (2025)', () => {
  it('comes after Deltas, one row per country', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Scores', 'Deltas', 'Editions', 'Regions', 'About']);
    expect(bodyRows(sheetOf(book, 'Editions'))).toHaveLength(193);
  });

  it('sets every composite and rank of 2021, 2023 and 2025 side by side, with the changes between them', () => {
    expect(headersOf(sheetOf(book, 'Editions'))).toEqual(editionsHeaders([2021, 2023, 2025]));
  });

  it("has Peru's three editions, their changes and its ranks in each", () => {
    const sheet = sheetOf(book, 'Editions');
    const row = rowWhere(sheet, 1, 'PER');
    const at = (header: string) => sheet.getCell(row, columnOf(sheet, header));
    expect(['Criminality 2021', 'Criminality 2023', 'Criminality 2025'].map((h) => at(h).value)).toEqual([6.35, 6.4, 6.62]);
    expect(['Criminality change 2021\u20132023', 'Criminality change 2023\u20132025'].map((h) => at(h).value)).toEqual([0.05, 0.22]);
    expect(['Resilience 2021', 'Resilience 2023', 'Resilience 2025'].map((h) => at(h).value)).toEqual([4.58, 4.38, 4.46]);
    expect(['Resilience change 2021\u20132023', 'Resilience change 2023\u20132025'].map((h) => at(h).value)).toEqual([-0.2, 0.08]);
    expect([2021, 2023, 2025].map((e) => at(`Criminality rank in ${e}, world`).value)).toEqual([26, 32, 31]);
    expect([2021, 2023, 2025].map((e) => at(`Criminality rank in ${e}, continent`).value)).toEqual([9, 10, 10]);
    expect([2021, 2023, 2025].map((e) => at(`Criminality rank in ${e}, region`).value)).toEqual([5, 6, 6]);
    expect([2021, 2023, 2025].map((e) => at(`Resilience rank in ${e}, world`).value)).toEqual([106, 119, 114]);
    expect(at('Criminality 2025').numFmt).toBe('0.00');
    expect(at('Criminality change 2023\u20132025').numFmt).toBe('+0.00;"\u2212"0.00;0.00');
    expect(at('Criminality rank in 2025, world').numFmt).toBe('0');
  });

  it('colours changes by direction and explains every colour above the table', () => {
    const sheet = sheetOf(book, 'Editions');
    const row = rowWhere(sheet, 1, 'PER');
    const fill = (header: string) => (sheet.getCell(row, columnOf(sheet, header)).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill('Criminality change 2023\u20132025')).toBe('FF8C2D04'); // up: worse
    expect(fill('Resilience change 2021\u20132023')).toBe('FF8C2D04'); // down: worse
    expect(fill('Resilience change 2023\u20132025')).toBe('FF084594'); // up: better
    expect(fill('Criminality rank in 2025, world')).toBeUndefined();
    expect(legendOf(sheet).map((line) => line.meaning)).toEqual([
      'A change for the worse',
      'A change for the better',
      'A score: higher is worse',
      'A score: higher is better',
      'Ranks are not coloured',
    ]);
  });

  it('freezes the header and the country columns, filters, and prints pages with the legend, header and country on each', () => {
    const sheet = sheetOf(book, 'Editions');
    const header = headerRowOf(sheet);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: header });
    expect(sheet.autoFilter).toBe(`A${header}:AP${header + 193}`);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToHeight: 0, printTitlesRow: `1:${header}`, printTitlesColumn: 'A:B' });
    expect(sheet.pageSetup.fitToWidth).toBeGreaterThan(1);
  });

  it('sets each rank in 2023 beside the rank in 2025 on Deltas', () => {
    const sheet = sheetOf(book, 'Deltas');
    const row = rowWhere(sheet, 1, 'PER');
    const before = columnOf(sheet, 'Criminality rank in 2023, world');
    expect(columnOf(sheet, 'Criminality rank in 2025, world')).toBe(before + 1);
    expect([sheet.getCell(row, before).value, sheet.getCell(row, before + 1).value]).toEqual([32, 31]);
    expect(sheet.getCell(row, columnOf(sheet, 'Criminality')).value).toBe(0.22);
  });

  it('gives the same bytes when built again', async () => {
    const again = await buildAllCountriesWorkbook(model, 2025);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('the Editions sheet never shows a later edition', () => {
  it('has only 2021, and no changes, in the 2021 workbook', async () => {
    const first = await readWorkbook(await buildAllCountriesWorkbook(model, 2021));
    expect(headersOf(sheetOf(first, 'Editions'))).toEqual(editionsHeaders([2021]));
  });

  it('has 2021 and 2023 in the 2023 workbook', async () => {
    const book2023 = await readWorkbook(await buildAllCountriesWorkbook(model, 2023));
    expect(headersOf(sheetOf(book2023, 'Editions'))).toEqual(editionsHeaders([2021, 2023]));
  });
});
