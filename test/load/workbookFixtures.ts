/** Copies of the real workbook with one thing changed, for the importer's error paths. */
import ExcelJS from 'exceljs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The 2023 edition's workbook (2021 and 2023 sheets, headers "… avg,", names with commas). */
export const WORKBOOK = 'data/sources/global_oc_index_2023-edition.xlsx';
/** The current (2025) edition's workbook, from which data/editions is imported. */
export const WORKBOOK_2025 = 'data/sources/global_oc_index_2025-edition.xlsx';

export async function tempDir(): Promise<string> {
  // Under the run's own folder (test/globalSetup.ts), removed when the run ends.
  return mkdtemp(join(process.env.OCINDEX_TEST_TMP ?? tmpdir(), 'ocindex-test-'));
}

/** The row of a country in a sheet (rows are sorted by resilience, so look it up). */
export function rowOf(sheet: ExcelJS.Worksheet, name: string): number {
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(3).value === name) return r;
  throw new Error(`${name} not in ${sheet.name}`);
}

/** The column of a header in a sheet. */
export function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  for (let c = 1; c <= sheet.columnCount; c++) if (sheet.getRow(1).getCell(c).value === header) return c;
  throw new Error(`${header} not in ${sheet.name}`);
}

/** Writes the real workbook, changed by `edit`, to a temp file; returns its path. */
export async function editedWorkbook(edit: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(WORKBOOK)) as unknown as ArrayBuffer);
  edit(workbook);
  const file = join(await tempDir(), 'edited.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}
