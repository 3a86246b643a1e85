/**
 * A painted exceljs Workbook + its document date → reproducible xlsx bytes.
 *
 * exceljs stamps every zip entry with the current time and gives data-bar and icon-set rules
 * random GUIDs, so its output differs on every run. Here the files exceljs renders are zipped
 * with one fixed date, in a fixed order, with those GUIDs numbered in order of appearance
 * (pinZip does the same to a zip exceljs wrote). Same workbook, same bytes.
 */
import type ExcelJS from 'exceljs';
import { readZip, writeZip, type ZipEntry } from './zipFiles.js';

/** Excel and LibreOffice expect the content types first; the rest in plain code-unit order. */
function entryOrder(a: ZipEntry, b: ZipEntry): number {
  const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : 1);
  return rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/**
 * The random ids exceljs writes: `<x14:id>{GUID}</x14:id>` in a rule and the matching
 * `<x14:cfRule … id="{GUID}">` in the sheet's extension list. Fixed GUIDs elsewhere (extension
 * URIs) are part of the format and must stay.
 */
const RULE_ID = /(<x14:id>|<x14:cfRule\b[^>]*?\bid=")(\{[0-9A-Fa-f-]{36}\})/g;

function stableId(n: number): string {
  return `{00000000-0000-4000-8000-${String(n).padStart(12, '0')}}`;
}

/** Files as exceljs wrote them → the same files in a fixed order, with rule ids numbered. */
function pinEntries(entries: readonly ZipEntry[]): ZipEntry[] {
  const ids = new Map<string, string>();
  return [...entries].sort(entryOrder).map((entry) => {
    if (!(entry.name.startsWith('xl/worksheets/') && entry.name.endsWith('.xml'))) return entry;
    const xml = Buffer.from(entry.data)
      .toString('utf8')
      .replace(RULE_ID, (_, prefix: string, guid: string) => {
        const key = guid.toUpperCase();
        if (!ids.has(key)) ids.set(key, stableId(ids.size + 1));
        return `${prefix}${ids.get(key)}`;
      });
    return { name: entry.name, data: Buffer.from(xml, 'utf8') };
  });
}

/** xlsx bytes (as exceljs writes them) → the same workbook with fixed entry dates, order and rule ids. */
export async function pinZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  return writeZip(pinEntries(readZip(bytes)), date);
}

/** What exceljs 4.4's XLSX.write hands its zip writer, and the steps it takes (xlsx.js, write()). */
interface EntrySink {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}
type Step = (zip: EntrySink, model: unknown) => Promise<void> | void;
interface XlsxSteps {
  prepareModel(model: unknown, options: object): void;
  addContentTypes: Step;
  addOfficeRels: Step;
  addWorkbookRels: Step;
  addWorksheets: Step;
  addSharedStrings: Step;
  addDrawings: Step;
  addTables: Step;
  addThemes: Step;
  addStyles: Step;
  addMedia: Step;
  addApp: Step;
  addCore: Step;
  addWorkbook: Step;
}

/**
 * The workbook's files, as exceljs renders them, without its zip: exceljs 4.4 zips through
 * jszip (JavaScript CRC and deflate, scheduled over setImmediate), which took more time than
 * writing the sheets. These are the steps of its XLSX.write in its order; the workbook tests
 * read every workbook back, so a future exceljs that changes them fails there first.
 */
async function renderEntries(workbook: ExcelJS.Workbook): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  const zip: EntrySink = {
    append(data, { name, base64 }) {
      const bytes = typeof data !== 'string' ? data : Buffer.from(data, base64 ? 'base64' : 'utf8');
      entries.push({ name, data: bytes });
    },
  };
  const xlsx = workbook.xlsx as unknown as XlsxSteps;
  const model = (workbook as unknown as { model: unknown }).model;
  xlsx.prepareModel(model, {});
  await xlsx.addContentTypes(zip, model);
  await xlsx.addOfficeRels(zip, model);
  await xlsx.addWorkbookRels(zip, model);
  await xlsx.addWorksheets(zip, model);
  await xlsx.addSharedStrings(zip, model); // after the worksheets, which fill the shared strings
  await xlsx.addDrawings(zip, model);
  await xlsx.addTables(zip, model);
  await Promise.all([xlsx.addThemes(zip, model), xlsx.addStyles(zip, model)]);
  await xlsx.addMedia(zip, model);
  await Promise.all([xlsx.addApp(zip, model), xlsx.addCore(zip, model)]);
  await xlsx.addWorkbook(zip, model);
  return entries;
}

/**
 * Gives cells that look alike one style object. exceljs dedupes styles by rendering each
 * cell's font, border, fill and alignment to XML, unless it has met that very object before;
 * a painter's cells each have their own, so it rendered the styles of all ~1,200 cells of a
 * country workbook, of which ~120 differ. The style ids, hence the bytes, stay the same:
 * exceljs numbers styles by first appearance either way.
 * A style's number format falls back on the cell's type, so cells of different types never
 * share one (empty cells keep their own: exceljs skips them here).
 */
function shareStyles(workbook: ExcelJS.Workbook): void {
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const key = `${cell.effectiveType} ${JSON.stringify(cell.style)}`;
        const style = shared.get(key);
        if (style) cell.style = style;
        else shared.set(key, cell.style);
      }),
    ),
  );
}

export async function renderXlsx(workbook: ExcelJS.Workbook, date: Date): Promise<Uint8Array> {
  shareStyles(workbook);
  return writeZip(pinEntries(await renderEntries(workbook)), date);
}
