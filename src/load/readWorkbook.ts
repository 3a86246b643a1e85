/**
 * GI-TOC's open-data workbook → validated editions.
 *
 * Reads every `YYYY_dataset` sheet (in any case, spaces around the name ignored): one row per
 * country, columns Continent, Region, Country, the four composites and the edition's
 * indicators, in any order, with composite headers spelled any of the known ways ("Criminality",
 * "Criminality avg,", "Criminality avg."). Collects every problem before failing, so one run
 * shows all that needs fixing (the first PROBLEMS_SHOWN, then a count).
 *
 * Nothing about the workbook is trusted: the file must be a regular file of at most
 * WORKBOOK_LIMITS.maxBytes, the parts read expand to at most WORKBOOK_LIMITS.maxExpanded, a
 * dataset sheet has at most MAX_DATASET_ROWS rows, an edition's year must be one the Index can
 * have, and each sheet is the only one of its year.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { COUNTRIES, findCountry, nameKey, type Country } from '../index/countries.js';
import { editionYearProblem } from '../index/editions.js';
import { indicatorsOf, type CompositeId } from '../index/taxonomy.js';
import { DataError, Problems } from '../errors.js';
import { stripControls } from '../present/printable.js';
import type { InputLimit } from './readInputFile.js';
import { openSpreadsheet, type CellValue, type SheetRef, type Spreadsheet } from './readSpreadsheet.js';
import { UnreadableArchive } from './readZip.js';
import type { EditionCountry, EditionFile } from './schemas.js';

/** The file: GI-TOC's is 0.3 MB; one re-saved with a few pictures stays far below this. */
export const WORKBOOK_LIMITS: InputLimit & { readonly maxExpanded: number } = {
  what: 'a workbook',
  maxBytes: 20 * 1024 * 1024,
  typical: "GI-TOC's is 0.3 MB",
  // the parts read (workbook, strings, styles, dataset sheets): under 1 MB in GI-TOC's
  maxExpanded: 50 * 1024 * 1024,
};

/** Rows with values in a dataset sheet: an edition has 193 countries and a header. */
export const MAX_DATASET_ROWS = 1_000;

const DATASET_SHEET = /^(\d{4})_dataset$/i;

/** The sheets write "Caribbean & Central" for what the website splits in two. */
const REGION_ALIASES: Record<string, readonly string[]> = {
  'caribbean central': ['Caribbean', 'Central America'],
  melanesia: ['Melanesia', 'Micronesia'], // Kiribati: Melanesia in the sheets, Micronesia on the website
};

type Column = { kind: 'continent' | 'region' | 'country' } | { kind: 'composite'; id: CompositeId } | { kind: 'indicator'; id: string };

const COMPOSITE_HEADERS: Record<string, CompositeId> = {
  criminality: 'criminality',
  'criminal markets': 'markets',
  'criminal actors': 'actors',
  resilience: 'resilience',
};

/** "Criminal markets avg," → "criminal markets"; the "avg" suffix and punctuation do not matter. */
function headerKey(header: string): string {
  return nameKey(header).replace(/ (avg|average)$/, '');
}

function columnFor(header: string, edition: number): Column | undefined {
  const key = headerKey(header);
  if (key === 'continent' || key === 'region' || key === 'country') return { kind: key };
  const composite = COMPOSITE_HEADERS[key];
  if (composite) return { kind: 'composite', id: composite };
  const indicator = indicatorsOf(edition).find((i) => nameKey(i.name) === key);
  return indicator && { kind: 'indicator', id: indicator.id };
}

function letter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A cell's value as text or number (a formula counts by its saved result); anything else as what it holds, in words. */
type Read = { value: string | number } | { holds: string } | undefined;

function readCell(cell: CellValue | undefined): Read {
  if (!cell) return undefined;
  switch (cell.kind) {
    case 'number':
    case 'text':
      return { value: cell.value };
    case 'logical':
      return { holds: `holds ${cell.value ? 'TRUE' : 'FALSE'}, a logical value, not a number` };
    case 'error':
      return { holds: `holds the error value ${cell.value}, not a number (a formula that failed)` };
    case 'date':
      return { holds: `holds a date (${cell.value}), not a number` };
    case 'formula':
      return {
        holds: `holds a formula (=${clip(cell.formula)}) whose result was never saved: open the workbook in a spreadsheet program and save it, or paste the values`,
      };
    case 'malformed':
      return { holds: `holds "${clip(cell.raw)}", which is not a number (a malformed value in the file)` };
  }
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** The text of a cell, or '' (a header, a name): a cell that holds something else reads as what it holds. */
function textOf(cell: CellValue | undefined): string {
  const read = readCell(cell);
  if (!read) return '';
  // a name with a control character or an escape code pasted in keeps none of it
  return 'value' in read ? stripControls(String(read.value)).text.trim() : `(${read.holds})`;
}

/** One dataset sheet → its countries; every problem goes to `problems`. */
function readSheet(book: Spreadsheet, sheet: SheetRef, edition: number, problems: Problems): EditionCountry[] {
  const at = (row: number, col?: number, header?: string) => `sheet ${sheet.name}, row ${row}${col ? `, column ${letter(col)}${header ? ` "${header}"` : ''}` : ''}`;

  const columns = new Map<number, Column & { header: string }>();
  const seen = new Map<string, number>();
  const countries: EditionCountry[] = [];
  const rowOf = new Map<string, number>();
  let headerRead = false;
  let rows = 0;
  // One pass: row 1 with every column, then only the columns it names
  book.readRows(
    sheet,
    (col) => !headerRead || columns.has(col),
    (r, cells) => {
      if (!headerRead) {
        headerRead = true;
        return readHeader(r === 1 ? cells : new Map());
      }
      if (++rows > MAX_DATASET_ROWS) {
        problems.push({
          at: `sheet ${sheet.name}, row ${r}`,
          message: `more than ${MAX_DATASET_ROWS.toLocaleString('en-GB')} rows with values (an edition has 193 countries): the rest of the sheet was not read`,
        });
        return false;
      }
      readCountryRow(r, cells);
      return true;
    },
  );
  if (!headerRead) readHeader(new Map());
  return countries;

  /** Row 1 → the columns; false when a required one is missing (the rows are then not read). */
  function readHeader(cells: ReadonlyMap<number, CellValue>): boolean {
    for (const [col, cell] of [...cells].sort(([a], [b]) => a - b)) {
      const name = textOf(cell);
      if (!name) continue;
      const column = columnFor(name, edition);
      if (!column) {
        problems.push({ at: at(1, col), message: `unknown column "${clip(name)}" (not an indicator of the ${edition} edition)` });
        continue;
      }
      const key = column.kind === 'composite' || column.kind === 'indicator' ? column.id : column.kind;
      const before = seen.get(key);
      if (before !== undefined) {
        problems.push({ at: at(1, col), message: `column "${name}" repeats column ${letter(before)}` });
        continue;
      }
      seen.set(key, col);
      columns.set(col, { ...column, header: name });
    }
    const required = ['continent', 'region', 'country', 'criminality', 'markets', 'actors', 'resilience', ...indicatorsOf(edition).map((i) => i.id)];
    const missing = required.filter((key) => !seen.has(key));
    if (missing.length > 0) {
      problems.push({ at: `sheet ${sheet.name}, row 1`, message: `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}` });
      return false;
    }
    return true;
  }

  function readCountryRow(r: number, cells: ReadonlyMap<number, CellValue>): void {
    const text = (key: string) => textOf(cells.get(seen.get(key)!));
    const name = text('country');
    if (!name) {
      problems.push({ at: at(r, seen.get('country'), 'Country'), message: 'missing country name' });
      return;
    }
    const country: Country | undefined = findCountry(name);
    if (!country) {
      problems.push({ at: at(r, seen.get('country'), 'Country'), message: `unknown country "${clip(name)}" (not a UN member state or an unknown spelling)` });
      return;
    }
    const where = (col: number, header: string) => `${at(r, col, header)} (${name})`;
    const firstRow = rowOf.get(country.iso3);
    if (firstRow !== undefined) {
      problems.push({ at: `${at(r)} (${name})`, message: `duplicate country: ${country.name} is also in row ${firstRow}` });
      return;
    }
    rowOf.set(country.iso3, r);

    const continent = text('continent');
    if (continent !== country.continent) {
      problems.push({ at: where(seen.get('continent')!, 'Continent'), message: `continent "${clip(continent)}", expected "${country.continent}"` });
    }
    const region = text('region');
    const allowed = REGION_ALIASES[nameKey(region)] ?? [region];
    if (!allowed.includes(country.region)) {
      problems.push({ at: where(seen.get('region')!, 'Region'), message: `region "${clip(region)}", expected "${country.region}"` });
    }

    const published: Partial<Record<CompositeId, number>> = {};
    const scores: Record<string, number> = {};
    for (const [col, column] of columns) {
      if (column.kind !== 'composite' && column.kind !== 'indicator') continue;
      const read = readCell(cells.get(col));
      const place = where(col, column.header);
      if (read === undefined) {
        problems.push({ at: place, message: 'missing score' });
      } else if ('holds' in read) {
        problems.push({ at: place, message: read.holds });
      } else if (typeof read.value !== 'number') {
        problems.push({ at: place, message: `"${clip(read.value)}" is not a number` });
      } else if (read.value < 1 || read.value > 10) {
        problems.push({ at: place, message: `${read.value} is outside 1–10` });
      } else if (column.kind === 'indicator' && !Number.isInteger(read.value * 2)) {
        problems.push({ at: place, message: `${read.value} is not on the 0.5 grid` });
      } else if (column.kind === 'composite') {
        published[column.id] = Math.round(read.value * 100) / 100;
      } else {
        scores[column.id] = read.value;
      }
    }
    countries.push({
      iso3: country.iso3,
      sourceName: name,
      published: published as EditionCountry['published'],
      // taxonomy order, whatever the column order: same data, same bytes
      scores: Object.fromEntries(indicatorsOf(edition).flatMap((i) => (i.id in scores ? [[i.id, scores[i.id]!]] : []))),
    });
  }
}

/** The dataset sheets, by edition; a year given by two sheets, or one the Index cannot have, is a problem. */
function datasetSheets(book: Spreadsheet, problems: Problems): Map<number, SheetRef> {
  const byYear = new Map<number, SheetRef>();
  for (const sheet of book.sheets) {
    const match = DATASET_SHEET.exec(sheet.name.trim());
    if (!match) continue;
    const year = Number(match[1]);
    const at = `sheet "${sheet.name}"`;
    const earlier = byYear.get(year);
    if (earlier) {
      problems.push({ at, message: `a second sheet for ${year}, beside "${earlier.name}": keep one of them` });
      continue;
    }
    const impossible = editionYearProblem(year);
    if (impossible) {
      problems.push({ at, message: impossible });
      continue;
    }
    if (!sheet.part) {
      problems.push({ at, message: 'a chart sheet or another sheet without cells, not a dataset' });
      continue;
    }
    byYear.set(year, sheet);
  }
  return byYear;
}

/** Reads and validates every edition sheet of the workbook at `file`; throws DataError listing the problems. */
export async function readWorkbook(file: string, bytes: Buffer): Promise<EditionFile[]> {
  const problems = new Problems();
  const editions: EditionFile[] = [];
  try {
    const book = openSpreadsheet(bytes, { remaining: WORKBOOK_LIMITS.maxExpanded, limit: WORKBOOK_LIMITS.maxExpanded });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const sheets = datasetSheets(book, problems);
    if (sheets.size === 0 && problems.length === 0) {
      const names = book.sheets.map((s) => `"${s.name}"`).join(', ');
      problems.push({ at: '', message: `no YYYY_dataset sheet (sheets: ${names})` });
    }
    for (const [edition, sheet] of sheets) {
      const countries = readSheet(book, sheet, edition, problems);
      const present = new Set(countries.map((c) => c.iso3));
      const absent = countries.length > 0 ? COUNTRIES.filter((c) => !present.has(c.iso3)) : [];
      if (absent.length > 0) {
        const names = absent.map((c) => c.name).join(', ');
        problems.push({ at: `sheet ${sheet.name}`, message: `missing ${absent.length} of the 193 UN member states: ${names}` });
      }
      countries.sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
      editions.push({ edition, source: { file: basename(file), sheet: sheet.name, sha256 }, countries });
    }
  } catch (error) {
    if (!(error instanceof UnreadableArchive)) throw error;
    throw new DataError(file, [{ at: '', message: `not a readable .xlsx workbook: ${error.message}${describeBytes(bytes)}` }]);
  }
  if (problems.length > 0) throw new DataError(file, problems);
  return editions.sort((a, b) => a.edition - b.edition);
}

/** What a file that is no workbook looks like it is, from its first bytes. */
function describeBytes(bytes: Buffer): string {
  if (bytes.length === 0) return ' (the file is empty)';
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    return ' (it is an old-style .xls workbook, or one saved with a password: save it as .xlsx without one)';
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return ' (it is a PDF)';
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return '';
  return ` (it starts with ${[...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ')}, not with a zip's "PK")`;
}
