import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { readWorkbook } from '../../src/load/readWorkbook.js';
import { columnOf, editedWorkbook, rowOf, WORKBOOK, WORKBOOK_2025 } from './workbookFixtures.js';

async function read(file: string) {
  return readWorkbook(file, await readFile(file));
}

async function problemsOf(file: string): Promise<string> {
  const error = await read(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return (error as DataError).message;
}

describe('readWorkbook', () => {
  it('reads both editions of the official workbook: 193 countries each, ISO3 codes, scores by indicator', async () => {
    const editions = await read(WORKBOOK);
    expect(editions.map((e) => [e.edition, e.countries.length])).toEqual([
      [2021, 193],
      [2023, 193],
    ]);
    const peru = editions[1]!.countries.find((c) => c.iso3 === 'PER')!;
    expect(peru.published).toEqual({ criminality: 6.4, markets: 6.2, actors: 6.6, resilience: 4.38 });
    expect(peru.scores['cocaine-trade']).toBe(9);
    expect(Object.keys(peru.scores)).toHaveLength(32);
    expect(editions[1]!.countries.find((c) => c.iso3 === 'COD')!.sourceName).toBe('Congo, Dem, Rep,');
    expect(editions[1]!.source.sha256).toMatch(/^a8c8966b.*f9ef$/);
  });

  it("reads the three editions of the 2025 workbook; its 2021 and 2023 sheets equal the 2023 workbook's", async () => {
    const editions = await read(WORKBOOK_2025);
    expect(editions.map((e) => [e.edition, e.countries.length])).toEqual([
      [2021, 193],
      [2023, 193],
      [2025, 193],
    ]);
    const peru = editions[2]!.countries.find((c) => c.iso3 === 'PER')!;
    expect(peru.published).toEqual({ criminality: 6.62, markets: 6.33, actors: 6.9, resilience: 4.46 });
    expect(Object.keys(peru.scores)).toHaveLength(32);
    expect(peru.scores['illicit-trade-in-excisable-goods']).toBe(4.5);
    expect(editions[2]!.countries.find((c) => c.iso3 === 'COD')!.sourceName).toBe('Congo, Dem. Rep.');
    expect(editions[2]!.source.sha256).toMatch(/^0bdfe894.*55f5$/);
    const scores = (list: Awaited<ReturnType<typeof read>>) => list.slice(0, 2).map((e) => e.countries.map((c) => [c.iso3, c.published, c.scores]));
    expect(scores(editions)).toEqual(scores(await read(WORKBOOK)));
  });

  it('takes columns in any order and composite headers spelled any known way', async () => {
    const ignoringSource = (editions: Awaited<ReturnType<typeof read>>) => editions.map(({ source, ...rest }) => rest);
    const original = ignoringSource(await read(WORKBOOK));
    const file = await editedWorkbook((workbook) => {
      const sheet = workbook.getWorksheet('2023_dataset')!;
      sheet.getRow(1).getCell(columnOf(sheet, 'Criminality avg,')).value = 'Criminality avg.';
      sheet.getRow(1).getCell(columnOf(sheet, 'Resilience avg,')).value = 'Resilience';
      // move Cocaine trade from the middle to the end
      const col = columnOf(sheet, 'Cocaine trade');
      sheet.getColumn(sheet.columnCount + 1).values = sheet.getColumn(col).values.slice();
      sheet.spliceColumns(col, 1);
    });
    expect(ignoringSource(await read(file))).toEqual(original);
  });

  it('lists every problem with sheet, row, country and column, not only the first', async () => {
    const file = await editedWorkbook((workbook) => {
      const sheet = workbook.getWorksheet('2023_dataset')!;
      const peru = sheet.getRow(rowOf(sheet, 'Peru'));
      peru.getCell(columnOf(sheet, 'Cocaine trade')).value = 9.25;
      peru.getCell(columnOf(sheet, 'Heroin trade')).value = 11;
      peru.getCell(columnOf(sheet, 'Human smuggling')).value = 'high';
      peru.getCell(columnOf(sheet, 'Flora crimes')).value = null;
      sheet.getRow(rowOf(sheet, 'Chile')).getCell(3).value = 'Peru';
      sheet.getRow(rowOf(sheet, 'Bolivia')).getCell(3).value = 'Atlantis';
      sheet.getRow(1).getCell(sheet.columnCount + 1).value = 'Organ trafficking';
    });
    const message = await problemsOf(file);
    expect(message).toContain(file);
    expect(message).toMatch(/sheet 2023_dataset, row \d+, column [A-Z]+ "Cocaine trade" \(Peru\): 9\.25 is not on the 0\.5 grid/);
    expect(message).toMatch(/"Heroin trade" \(Peru\): 11 is outside 1–10/);
    expect(message).toMatch(/"Human smuggling" \(Peru\): "high" is not a number/);
    expect(message).toMatch(/"Flora crimes" \(Peru\): missing score/);
    expect(message).toMatch(/row \d+ \(Peru\): duplicate country: Peru is also in row \d+/);
    expect(message).toMatch(/unknown country "Atlantis"/);
    expect(message).toMatch(/column AN: unknown column "Organ trafficking"/);
    expect(message).toMatch(/missing 2 of the 193 UN member states: Bolivia, Chile/);
    expect(message).toMatch(/^\S+: 8 problems/);
  });

  it('refuses a sheet that lacks an indicator of its edition', async () => {
    const file = await editedWorkbook((workbook) => {
      const sheet = workbook.getWorksheet('2021_dataset')!;
      sheet.spliceColumns(columnOf(sheet, 'Foreign actors'), 1);
    });
    expect(await problemsOf(file)).toMatch(/sheet 2021_dataset, row 1: missing column: foreign-actors/);
  });

  it('refuses a continent that contradicts the country table', async () => {
    const file = await editedWorkbook((workbook) => {
      const sheet = workbook.getWorksheet('2023_dataset')!;
      sheet.getRow(rowOf(sheet, 'Peru')).getCell(1).value = 'Europe';
    });
    expect(await problemsOf(file)).toMatch(/column A "Continent" \(Peru\): continent "Europe", expected "Americas"/);
  });

  it('refuses a file that is not a workbook, or has no dataset sheet', async () => {
    expect(await problemsOf('data/sources/peru-2023-page.txt')).toMatch(/not a readable \.xlsx workbook/);
    const file = await editedWorkbook((workbook) => {
      workbook.getWorksheet('2023_dataset')!.name = 'scores 2023';
      workbook.getWorksheet('2021_dataset')!.name = 'scores 2021';
    });
    expect(await problemsOf(file)).toMatch(/no YYYY_dataset sheet/);
  });
});
