/**
 * GI-TOC's open-data workbook → validated editions.
 *
 * Reads every `YYYY_dataset` sheet: one row per country, columns Continent, Region, Country,
 * the four composites and the edition's indicators, in any order, with composite headers
 * spelled any of the known ways ("Criminality", "Criminality avg,", "Criminality avg.").
 * Collects every problem before failing, so one run shows all that needs fixing.
 */
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { COUNTRIES, findCountry, nameKey, type Country } from '../index/countries.js';
import { indicatorsOf, type CompositeId } from '../index/taxonomy.js';
import { DataError, type Problem } from '../errors.js';
import type { EditionCountry, EditionFile } from './schemas.js';

const DATASET_SHEET = /^(\d{4})_dataset$/;

/** The sheets write "Caribbean & Central" for what the website splits in two. */
const REGION_ALIASES: Record<string, readonly string[]> = {
  'caribbean central': ['Caribbean', 'Central America'],
  melanesia: ['Melanesia', 'Micronesia'], // Kiribati: Melanesia in the sheets, Micronesia on the website
};

type Column =
  | { kind: 'continent' | 'region' | 'country' }
  | { kind: 'composite'; id: CompositeId }
  | { kind: 'indicator'; id: string };

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

/** A cell's value as text or number; formulas count by their cached result. */
function cellValue(cell: ExcelJS.Cell): string | number | undefined {
  let value: unknown = cell.value;
  if (value && typeof value === 'object' && 'result' in value) value = value.result;
  if (value && typeof value === 'object' && 'richText' in value) {
    value = (value.richText as { text: string }[]).map((r) => r.text).join('');
  }
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  return undefined;
}

function readSheet(sheet: ExcelJS.Worksheet, edition: number, problems: Problem[]): EditionCountry[] {
  const at = (row: number, col?: number, header?: string) =>
    `sheet ${sheet.name}, row ${row}` + (col ? `, column ${letter(col)}${header ? ` "${header}"` : ''}` : '');

  // The header row
  const columns = new Map<number, Column & { header: string }>();
  const headerRow = sheet.getRow(1);
  const seen = new Map<string, number>();
  for (let col = 1; col <= sheet.columnCount; col++) {
    const raw = cellValue(headerRow.getCell(col));
    if (raw === undefined) continue;
    const header = String(raw).trim();
    const column = columnFor(header, edition);
    if (!column) {
      problems.push({ at: at(1, col), message: `unknown column "${header}" (not an indicator of the ${edition} edition)` });
      continue;
    }
    const key = column.kind === 'composite' || column.kind === 'indicator' ? column.id : column.kind;
    const before = seen.get(key);
    if (before !== undefined) {
      problems.push({ at: at(1, col), message: `column "${header}" repeats column ${letter(before)}` });
      continue;
    }
    seen.set(key, col);
    columns.set(col, { ...column, header });
  }
  const required = ['continent', 'region', 'country', 'criminality', 'markets', 'actors', 'resilience', ...indicatorsOf(edition).map((i) => i.id)];
  const missing = required.filter((key) => !seen.has(key));
  if (missing.length > 0) {
    problems.push({ at: `sheet ${sheet.name}, row 1`, message: `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}` });
    return [];
  }

  // The country rows
  const countries: EditionCountry[] = [];
  const rowOf = new Map<string, number>();
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const text = (key: string) => {
      const value = cellValue(row.getCell(seen.get(key)!));
      return value === undefined ? '' : String(value).trim();
    };
    const name = text('country');
    if (!name && !row.hasValues) continue;
    if (!name) {
      problems.push({ at: at(r, seen.get('country'), 'Country'), message: 'missing country name' });
      continue;
    }
    const country: Country | undefined = findCountry(name);
    if (!country) {
      problems.push({ at: at(r, seen.get('country'), 'Country'), message: `unknown country "${name}" (not a UN member state or an unknown spelling)` });
      continue;
    }
    const where = (col: number, header: string) => `${at(r, col, header)} (${name})`;
    const firstRow = rowOf.get(country.iso3);
    if (firstRow !== undefined) {
      problems.push({ at: `${at(r)} (${name})`, message: `duplicate country: ${country.name} is also in row ${firstRow}` });
      continue;
    }
    rowOf.set(country.iso3, r);

    const continent = text('continent');
    if (continent !== country.continent) {
      problems.push({ at: where(seen.get('continent')!, 'Continent'), message: `continent "${continent}", expected "${country.continent}"` });
    }
    const region = text('region');
    const allowed = REGION_ALIASES[nameKey(region)] ?? [region];
    if (!allowed.includes(country.region)) {
      problems.push({ at: where(seen.get('region')!, 'Region'), message: `region "${region}", expected "${country.region}"` });
    }

    const published: Partial<Record<CompositeId, number>> = {};
    const scores: Record<string, number> = {};
    for (const [col, column] of columns) {
      if (column.kind !== 'composite' && column.kind !== 'indicator') continue;
      const value = cellValue(row.getCell(col));
      const place = where(col, column.header);
      if (value === undefined) {
        problems.push({ at: place, message: 'missing score' });
      } else if (typeof value !== 'number' || !Number.isFinite(value)) {
        problems.push({ at: place, message: `"${value}" is not a number` });
      } else if (value < 1 || value > 10) {
        problems.push({ at: place, message: `${value} is outside 1–10` });
      } else if (column.kind === 'indicator' && !Number.isInteger(value * 2)) {
        problems.push({ at: place, message: `${value} is not on the 0.5 grid` });
      } else if (column.kind === 'composite') {
        published[column.id] = Math.round(value * 100) / 100;
      } else {
        scores[column.id] = value;
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
  return countries;
}

/** Reads and validates every edition sheet of the workbook at `file`; throws DataError listing all problems. */
export async function readWorkbook(file: string, bytes: Buffer): Promise<EditionFile[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new DataError(file, [{ at: '', message: `not a readable .xlsx workbook (${(error as Error).message})` }]);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const problems: Problem[] = [];
  const editions: EditionFile[] = [];
  const sheets = workbook.worksheets.filter((s) => DATASET_SHEET.test(s.name.trim()));
  if (sheets.length === 0) {
    const names = workbook.worksheets.map((s) => `"${s.name}"`).join(', ');
    problems.push({ at: '', message: `no YYYY_dataset sheet (sheets: ${names})` });
  }
  for (const sheet of sheets) {
    const edition = Number(DATASET_SHEET.exec(sheet.name.trim())![1]);
    const countries = readSheet(sheet, edition, problems);
    const present = new Set(countries.map((c) => c.iso3));
    const absent = countries.length > 0 ? COUNTRIES.filter((c) => !present.has(c.iso3)) : [];
    if (absent.length > 0) {
      const names = absent.map((c) => c.name).join(', ');
      problems.push({ at: `sheet ${sheet.name}`, message: `missing ${absent.length} of the 193 UN member states: ${names}` });
    }
    countries.sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
    editions.push({ edition, source: { file: basename(file), sheet: sheet.name, sha256 }, countries });
  }
  if (problems.length > 0) throw new DataError(file, problems);
  return editions.sort((a, b) => a.edition - b.edition);
}
