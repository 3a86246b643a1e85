import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPOSITES, indicatorsOf } from '../../src/index/taxonomy.js';
import { buildCountryBrief } from '../../src/model/buildCountryBrief.js';
import type { IndexModel } from '../../src/model/buildIndexModel.js';
import { buildCountryWorkbook } from '../../src/workbook/buildCountryWorkbook.js';
import { heatColour } from '../../src/workbook/heatColour.js';
import { WORKBOOK_TEMPLATE } from '../../src/workbook/workbookTemplate.js';
import { bodyRows, columnOf, headersOf, legendOf, loadIndexModel, readWorkbook, rowWhere, sheetOf, textsOf } from './readBack.js';

let model: IndexModel;
let bytes: Uint8Array;
let book: ExcelJS.Workbook;

async function workbookOf(iso3: string, edition: number): Promise<ExcelJS.Workbook> {
  return readWorkbook(await buildCountryWorkbook(model, buildCountryBrief(model, iso3, edition)));
}

beforeAll(async () => {
  model = await loadIndexModel();
  bytes = await buildCountryWorkbook(model, buildCountryBrief(model, 'PER', 2025));
  book = await readWorkbook(bytes);
});

/** Page order: each composite, its three ranks, then its indicators. */
function measuresInPageOrder(edition: number): string[] {
  const groups = { world: 'World (of 193)', continent: 'Americas (of 35)', region: 'South America (of 12)' };
  return COMPOSITES.flatMap((composite) => [
    composite.name,
    ...Object.values(groups).map((group) => `${composite.name} rank, ${group}`),
    ...indicatorsOf(edition)
      .filter((i) => i.component === composite.id)
      .map((i) => i.name),
  ]);
}

describe('the Editions sheet of a country workbook (Peru 2025)', () => {
  it('comes after Deltas; Peru has no 2025 profile, so no Narrative', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Scores', 'Deltas', 'Editions']);
  });

  it('has one column per edition, oldest first', () => {
    expect(headersOf(sheetOf(book, 'Editions'))).toEqual(['Pillar', 'Group', 'Measure', 'Reading', '2021', '2023', '2025']);
  });

  it('lists every composite with its ranks and every indicator, in page order', () => {
    const sheet = sheetOf(book, 'Editions');
    expect(bodyRows(sheet).map((r) => sheet.getCell(r, 3).value)).toEqual(measuresInPageOrder(2025));
  });

  it('gives criminality in each edition and its world rank in each edition', () => {
    const sheet = sheetOf(book, 'Editions');
    const at = (measure: string, edition: string) => sheet.getCell(rowWhere(sheet, 3, measure), columnOf(sheet, edition));
    expect(['2021', '2023', '2025'].map((e) => at('Criminality', e).value)).toEqual([6.35, 6.4, 6.62]);
    expect(['2021', '2023', '2025'].map((e) => at('Criminality rank, World (of 193)', e).value)).toEqual([26, 32, 31]);
    expect(['2021', '2023', '2025'].map((e) => at('Criminality rank, Americas (of 35)', e).value)).toEqual([9, 10, 10]);
    expect(['2021', '2023', '2025'].map((e) => at('Resilience rank, World (of 193)', e).value)).toEqual([106, 119, 114]);
    expect(['2021', '2023', '2025'].map((e) => at('Resilience', e).value)).toEqual([4.58, 4.38, 4.46]);
    // A rank is a whole number in a column of scores, and is never coloured.
    expect(at('Criminality rank, World (of 193)', '2025').numFmt).toBe('0');
    expect((at('Criminality rank, World (of 193)', '2025').fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    expect(at('Criminality', '2025').numFmt).toBe('0.00');
    expect(sheet.getCell(rowWhere(sheet, 3, 'Criminality rank, World (of 193)'), 4).value).toBe('Rank: 1st is the highest score');
  });

  it('leaves an indicator blank, not 0, in an edition that did not score it yet, with a note and a legend line', () => {
    const sheet = sheetOf(book, 'Editions');
    const row = rowWhere(sheet, 3, 'Extortion and protection racketeering');
    const in2021 = sheet.getCell(row, columnOf(sheet, '2021'));
    expect(in2021.value).toBeNull();
    expect(in2021.type).toBe(ExcelJS.ValueType.Null);
    expect(String(in2021.note)).toBe('New in 2023: not scored in 2021, so this cell is blank.');
    expect(sheet.getCell(row, columnOf(sheet, '2023')).value).toBe(4.5);
    expect(sheet.getCell(row, columnOf(sheet, '2025')).value).toBe(5.5);
    // Every 2021 cell of a 2023 indicator is blank; every other cell holds a number.
    for (const indicator of indicatorsOf(2025)) {
      const cells = ['2021', '2023', '2025'].map((e) => sheet.getCell(rowWhere(sheet, 3, indicator.name), columnOf(sheet, e)).value);
      expect(cells.map((v) => typeof v)).toEqual(indicator.since === 2023 ? ['object', 'number', 'number'] : ['number', 'number', 'number']);
    }
    const legend = legendOf(sheet);
    expect(legend.map((line) => line.meaning)).toEqual(['A score: higher is worse', 'A score: higher is better', 'A blank score is not a zero', 'Ranks are not coloured']);
    expect(legend[2]!.detail).toBe('The indicator is new in 2023: earlier editions did not score it.');
  });

  it('shades scores by direction, as Scores does', () => {
    const sheet = sheetOf(book, 'Editions');
    const fill = (measure: string) => (sheet.getCell(rowWhere(sheet, 3, measure), columnOf(sheet, '2025')).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill('Cocaine trade')).toBe(heatColour(9, WORKBOOK_TEMPLATE.colours.worse));
    expect(fill('Resilience')).toBe(heatColour(4.46, WORKBOOK_TEMPLATE.colours.better));
  });

  it('gives the same bytes when built again', async () => {
    const again = await buildCountryWorkbook(model, buildCountryBrief(model, 'PER', 2025));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('the Editions sheet never shows a later edition', () => {
  it('has only the 2021 column in a 2021 workbook, and no blank-score line', async () => {
    const sheet = sheetOf(await workbookOf('PER', 2021), 'Editions');
    expect(headersOf(sheet)).toEqual(['Pillar', 'Group', 'Measure', 'Reading', '2021']);
    expect(bodyRows(sheet).map((r) => sheet.getCell(r, 3).value)).toEqual(measuresInPageOrder(2021));
    expect(sheet.getCell(rowWhere(sheet, 3, 'Criminality rank, World (of 193)'), 5).value).toBe(26);
    expect(legendOf(sheet).map((line) => line.meaning)).not.toContain('A blank score is not a zero');
  });

  it('shows 2021 and 2023 in a 2023 workbook, and 2025 nowhere in it', async () => {
    const workbook = await workbookOf('PER', 2023);
    expect(headersOf(sheetOf(workbook, 'Editions'))).toEqual(['Pillar', 'Group', 'Measure', 'Reading', '2021', '2023']);
    // The 2025-edition file is where the 2023 data come from: its name is the one 2025 allowed.
    const file = 'global_oc_index_2025-edition.xlsx';
    for (const sheet of workbook.worksheets) {
      for (const { where, text } of textsOf(sheet)) expect(text.replaceAll(file, ''), where).not.toContain('2025');
    }
    for (const property of [workbook.title, workbook.subject, workbook.keywords]) expect(property).not.toContain('2025');
  });

  it('names every edition it shows as its source', () => {
    expect(book.subject).toContain('Global Organized Crime Index 2025, 2023 and 2021');
    const summary = sheetOf(book, 'Summary');
    expect(summary.getCell(rowWhere(summary, 1, 'Data files'), 2).value).toBe('global_oc_index_2025-edition.xlsx (2025_dataset, 2023_dataset, 2021_dataset)');
  });
});
