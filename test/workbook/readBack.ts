/**
 * Test helpers: the real data as an IndexModel (loaded once per test file), and workbook bytes
 * read back with exceljs or opened as a zip, so tests check what a reader would see.
 */
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadData } from '../../src/load/loadData.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';

const DATA = fileURLToPath(new URL('../../data', import.meta.url));

let model: Promise<IndexModel> | undefined;

export function loadIndexModel(): Promise<IndexModel> {
  model ??= loadData(DATA).then(buildIndexModel);
  return model;
}

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}; sheets are ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** A row's values from column 1, as exceljs reads them (null for blank). */
export function rowValues(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  const values: unknown[] = [];
  for (let c = 1; c <= sheet.columnCount; c += 1) values.push(sheet.getCell(row, c).value ?? null);
  return values;
}

/**
 * The row of a table sheet's header: the last frozen row (the legend, when there is one, sits
 * above it, frozen with it); 1 on a sheet without frozen rows.
 */
export function headerRowOf(sheet: ExcelJS.Worksheet): number {
  const view = sheet.views?.[0] as { state?: string; ySplit?: number } | undefined;
  return view?.state === 'frozen' && view.ySplit ? view.ySplit : 1;
}

/** The header row's values. */
export function headersOf(sheet: ExcelJS.Worksheet): unknown[] {
  return rowValues(sheet, headerRowOf(sheet));
}

/** The rows below the header, as a reader filtering the table sees them. */
export function bodyRows(sheet: ExcelJS.Worksheet): number[] {
  const first = headerRowOf(sheet) + 1;
  return Array.from({ length: sheet.rowCount - first + 1 }, (_, n) => first + n);
}

/** Header → 1-based column number, for tests that should not break when a column moves. */
export function columnOf(sheet: ExcelJS.Worksheet, header: string, headerRow = headerRowOf(sheet)): number {
  for (let c = 1; c <= sheet.columnCount; c += 1) if (sheet.getCell(headerRow, c).value === header) return c;
  throw new Error(`no column "${header}" in ${sheet.name}`);
}

/** The first row whose `column` holds `value`. */
export function rowWhere(sheet: ExcelJS.Worksheet, column: number, value: unknown): number {
  for (let r = 1; r <= sheet.rowCount; r += 1) if (sheet.getCell(r, column).value === value) return r;
  throw new Error(`no row with ${String(value)} in column ${column} of ${sheet.name}`);
}

export async function zipEntries(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

/** Every text a sheet holds, with where it is: headers, cells, legends, notes. */
export function textsOf(sheet: ExcelJS.Worksheet): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (target) => {
      const where = `${sheet.name}!${target.address}`;
      if (target.value !== null && target.value !== undefined) texts.push({ where, text: String(target.value) });
      if (target.note) texts.push({ where: `${where} (note)`, text: typeof target.note === 'string' ? target.note : JSON.stringify(target.note) });
    });
  });
  return texts;
}

/**
 * The legend from `firstRow` (row 1 above a table; below the table on Summary) to the first row
 * without a meaning or the header: sample, meaning and detail of each line.
 */
export function legendOf(sheet: ExcelJS.Worksheet, firstRow = 1): { sample: ExcelJS.Cell; meaning: string; detail: string }[] {
  const header = headerRowOf(sheet);
  const stop = header > 1 ? header : Number.POSITIVE_INFINITY;
  const lines = [];
  for (let r = firstRow; r < stop && sheet.getCell(r, 2).value !== null; r += 1) {
    lines.push({ sample: sheet.getCell(r, 1), meaning: String(sheet.getCell(r, 2).value), detail: String(sheet.getCell(r, 3).value) });
  }
  return lines;
}

/** Every worksheet's XML, for checks exceljs would hide (no <f> formula elements, say). */
export async function worksheetXml(bytes: Uint8Array): Promise<string[]> {
  const zip = await zipEntries(bytes);
  const names = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  return Promise.all(names.map((name) => zip.files[name]!.async('string')));
}
