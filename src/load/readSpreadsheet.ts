/**
 * An .xlsx workbook's bytes → its sheets and, for the sheets asked for, their rows of cells,
 * each cell saying what it holds: a number, text, a logical value, an error value, a date, a
 * formula whose result was never saved, or something malformed.
 *
 * Only the parts that hold cells are read (the workbook part, its relationships, the shared
 * strings, the number formats, the sheets asked for); images, charts, comments, drawings and
 * other sheets are never opened, so whatever program last saved the workbook, and whatever else
 * it holds, the dataset sheets read the same. Every part is expanded under one budget
 * (readZip), and rows are handed over one at a time, keeping only the cells the caller wants.
 */
import { posix } from 'node:path';
import { findEntry, openZip, readEntry, UnreadableArchive, type ExpansionBudget, type ZipArchive } from './readZip.js';

export type CellValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'logical'; readonly value: boolean }
  | { readonly kind: 'error'; readonly value: string }
  /** ISO 8601, "2023-05-01". */
  | { readonly kind: 'date'; readonly value: string }
  /** A formula with no saved result: the program that wrote it never calculated it. */
  | { readonly kind: 'formula'; readonly formula: string }
  /** A value the file stores in a form its type does not allow, such as "9abc" for a number. */
  | { readonly kind: 'malformed'; readonly raw: string };

export interface SheetRef {
  readonly name: string;
  /** The zip entry of a worksheet; undefined for chart sheets and others that hold no cells. */
  readonly part: string | undefined;
}

export interface Spreadsheet {
  readonly sheets: readonly SheetRef[];
  /**
   * Hands `onRow` each row of the sheet that has a cell, in order, with the cells whose column
   * `wants`; stops when `onRow` returns false. Columns and rows are 1-based.
   */
  readRows(sheet: SheetRef, wants: (column: number) => boolean, onRow: (row: number, cells: ReadonlyMap<number, CellValue>) => boolean): void;
}

/** The largest column a sheet can have (XFD). */
const MAX_COLUMN = 16_384;

/**
 * How many of each a workbook may hold, far above any real one (GI-TOC's has 276 strings, 8
 * cell formats, 4 sheets): a part that lists more is refused before its list fills the memory.
 */
const MAX_ITEMS = { strings: 200_000, formats: 64_000, sheets: 1_000, relationships: 10_000 } as const;

/** No tag of a real workbook comes near this; a longer one is damage, or an attack on the parser. */
const MAX_TAG = 10_000;

interface Element {
  /** The text between the name and the end of the start tag. */
  readonly attrs: string;
  /** The content; undefined for an empty element (`<c r="A1"/>`). */
  readonly body: string | undefined;
}

/**
 * The `<name>` elements of `xml` (with any namespace prefix: `<x:row>`), in order, at most `max`.
 * A scanner, not a regular expression: every character is looked at a bounded number of times,
 * so no XML, however damaged, makes it slow. `part` names the zip entry in messages.
 */
function* elementsOf(xml: string, name: string, part: string, max = Infinity): Generator<Element> {
  const open = new RegExp(`<((?:[\\w.-]+:)?)${name}(?=[\\s/>])`, 'g');
  let count = 0;
  for (;;) {
    const start = open.exec(xml);
    if (!start) return;
    if (++count > max) throw new UnreadableArchive(`${part}: more than ${max.toLocaleString('en-GB')} <${name}> elements, far more than any workbook has`);
    const tagEnd = xml.indexOf('>', open.lastIndex);
    if (tagEnd < 0 || tagEnd - start.index > MAX_TAG) {
      throw new UnreadableArchive(`${part}: damaged XML: a <${name}> tag ${tagEnd < 0 ? 'without its end' : `longer than ${MAX_TAG.toLocaleString('en-GB')} characters`}`);
    }
    if (xml.charCodeAt(tagEnd - 1) === 0x2f) {
      yield { attrs: xml.slice(open.lastIndex, tagEnd - 1), body: undefined };
      open.lastIndex = tagEnd + 1;
      continue;
    }
    const close = `</${start[1]}${name}>`;
    const end = xml.indexOf(close, tagEnd + 1);
    if (end < 0) throw new UnreadableArchive(`${part}: damaged XML: a <${start[1]}${name}> element without its end`);
    yield { attrs: xml.slice(open.lastIndex, tagEnd), body: xml.slice(tagEnd + 1, end) };
    open.lastIndex = end + close.length;
  }
}

function firstElement(xml: string, name: string, part: string): Element | undefined {
  for (const element of elementsOf(xml, name, part)) return element;
  return undefined;
}

const ENTITY = /&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/gi;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text → its characters; OOXML's own "_x000D_" escapes too. */
function decodeXml(text: string): string {
  const decoded = text.includes('&')
    ? text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
        if (name) return NAMED[name.toLowerCase()]!;
        const code = hex ? Number.parseInt(hex, 16) : Number(dec);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      })
    : text;
  return decoded.includes('_x') ? decoded.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : decoded;
}

const NAME_CHAR = /[\w.:-]/;

/** A start tag's attributes, by local name (the "r:" of "r:id" dropped). A scanner, linear in the tag. */
function attributes(text: string): Map<string, string> {
  const map = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    if (!NAME_CHAR.test(text[at]!)) {
      at++;
      continue;
    }
    const nameStart = at;
    while (at < text.length && NAME_CHAR.test(text[at]!)) at++;
    const name = text.slice(nameStart, at);
    while (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r') at++;
    if (text[at] !== '=') continue;
    at++;
    while (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r') at++;
    const quote = text[at];
    if (quote !== '"' && quote !== "'") continue;
    const end = text.indexOf(quote, at + 1);
    if (end < 0) break;
    const local = name.slice(name.lastIndexOf(':') + 1);
    if (!map.has(local)) map.set(local, decodeXml(text.slice(at + 1, end)));
    at = end + 1;
  }
  return map;
}

/** The text of the `<t>` elements of a string item, phonetic runs (`<rPh>`) left out. */
function stringItemText(xml: string, part: string): string {
  let text = '';
  let rest = xml;
  // phonetic runs hold <t> too: cut them out first
  if (rest.includes('rPh')) {
    let kept = '';
    let from = 0;
    const open = /<((?:[\w.-]+:)?)rPh(?=[\s/>])/g;
    for (let m = open.exec(rest); m; m = open.exec(rest)) {
      kept += rest.slice(from, m.index);
      const tagEnd = rest.indexOf('>', open.lastIndex);
      const close = `</${m[1]}rPh>`;
      const end = tagEnd < 0 ? -1 : rest.charCodeAt(tagEnd - 1) === 0x2f ? tagEnd + 1 : rest.indexOf(close, tagEnd);
      from = end < 0 ? rest.length : rest.charCodeAt(tagEnd - 1) === 0x2f ? end : end + close.length;
      open.lastIndex = from;
    }
    rest = kept + rest.slice(from);
  }
  for (const t of elementsOf(rest, 't', part)) text += decodeXml(t.body ?? '');
  return text;
}

function relationships(zip: ZipArchive, budget: ExpansionBudget, part: string): Map<string, { type: string; target: string }> {
  const dir = posix.dirname(part);
  const relsName = posix.join(dir, '_rels', `${posix.basename(part)}.rels`);
  const entry = findEntry(zip, relsName);
  const map = new Map<string, { type: string; target: string }>();
  if (!entry) return map;
  for (const element of elementsOf(readEntry(zip, entry, budget).toString('utf8'), 'Relationship', relsName, MAX_ITEMS.relationships)) {
    const a = attributes(element.attrs);
    const target = a.get('Target') ?? '';
    if (a.get('TargetMode') === 'External') continue;
    // "worksheets/sheet1.xml" is relative to the part's folder, "/xl/worksheets/sheet1.xml" to the archive
    const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir, target));
    map.set(a.get('Id') ?? '', { type: a.get('Type') ?? '', target: resolved });
  }
  return map;
}

// Number formats that show a date or time: the built-in ones, and custom codes with date parts.
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const isDateCode = (code: string) => /[dmyhs]/i.test(code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ''));

/** styles.xml → for each cell style index, whether its number format shows a date. */
function dateStyles(xml: string, part: string): boolean[] {
  const custom = new Map<number, string>();
  for (const element of elementsOf(xml, 'numFmt', part, MAX_ITEMS.formats)) {
    const a = attributes(element.attrs);
    custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const cellXfs = firstElement(xml, 'cellXfs', part)?.body ?? '';
  const dates: boolean[] = [];
  for (const element of elementsOf(cellXfs, 'xf', part, MAX_ITEMS.formats)) {
    const id = Number(attributes(element.attrs).get('numFmtId') ?? 0);
    const code = custom.get(id);
    dates.push(code === undefined ? DATE_FORMAT_IDS.has(id) : isDateCode(code));
  }
  return dates;
}

/** "AB12" → column 28. */
function columnOf(reference: string): number | undefined {
  const letters = /^([A-Z]{1,3})\d*$/i.exec(reference)?.[1]?.toUpperCase();
  if (!letters) return undefined;
  let column = 0;
  for (const char of letters) column = column * 26 + (char.charCodeAt(0) - 64);
  return column;
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Opens the workbook: its sheets, in the workbook's order. Throws UnreadableArchive. */
export function openSpreadsheet(bytes: Buffer, budget: ExpansionBudget): Spreadsheet {
  const zip = openZip(bytes);
  const root = relationships(zip, budget, '');
  const officeDocument = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookEntry = findEntry(zip, officeDocument);
  if (!workbookEntry) throw new UnreadableArchive(`no ${officeDocument} in the zip: not an .xlsx workbook (a Word or PowerPoint file, or another zip?)`);
  const workbookXml = readEntry(zip, workbookEntry, budget).toString('utf8');
  const rels = relationships(zip, budget, officeDocument);
  const date1904 = /date1904\s*=\s*["'](1|true)["']/.test(/<(?:[\w.-]+:)?workbookPr\b[^>]*>/.exec(workbookXml)?.[0] ?? '');

  const sheets: SheetRef[] = [];
  const sheetList = firstElement(workbookXml, 'sheets', officeDocument)?.body ?? '';
  for (const element of elementsOf(sheetList, 'sheet', officeDocument, MAX_ITEMS.sheets)) {
    const a = attributes(element.attrs);
    const rel = rels.get(a.get('id') ?? '');
    sheets.push({ name: a.get('name') ?? '', part: rel?.type.endsWith('/worksheet') ? rel.target : undefined });
  }

  let shared: string[] | undefined;
  const sharedStrings = () => {
    if (!shared) {
      const part = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target;
      const entry = part ? findEntry(zip, part) : undefined;
      const xml = entry ? readEntry(zip, entry, budget).toString('utf8') : '';
      shared = [];
      for (const item of elementsOf(xml, 'si', part!, MAX_ITEMS.strings)) shared.push(stringItemText(item.body ?? '', part!));
    }
    return shared;
  };
  let dates: boolean[] | undefined;
  const isDate = (style: number) => {
    if (!dates) {
      const part = [...rels.values()].find((r) => r.type.endsWith('/styles'))?.target;
      const entry = part ? findEntry(zip, part) : undefined;
      dates = entry ? dateStyles(readEntry(zip, entry, budget).toString('utf8'), part!) : [];
    }
    return dates[style] === true;
  };
  const dateOf = (serial: number) => new Date((date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30)) + Math.round(serial * 86_400_000)).toISOString().slice(0, 10);

  /** One `<c>` element → what it holds, or undefined when empty. */
  function cellValue(attrs: Map<string, string>, body: string, part: string): CellValue | undefined {
    const type = attrs.get('t') ?? 'n';
    if (type === 'inlineStr') {
      const text = stringItemText(firstElement(body, 'is', part)?.body ?? '', part);
      return text.trim() === '' ? undefined : { kind: 'text', value: text };
    }
    const formula = firstElement(body, 'f', part);
    const saved = firstElement(body, 'v', part);
    if (!saved) return formula ? { kind: 'formula', formula: decodeXml(formula.body ?? '').trim() } : undefined;
    const raw = decodeXml(saved.body ?? '');
    switch (type) {
      case 's': {
        const text = /^\d+$/.test(raw.trim()) ? sharedStrings()[Number(raw)] : undefined;
        if (text === undefined) return { kind: 'malformed', raw: `shared string ${raw}` };
        return text.trim() === '' ? undefined : { kind: 'text', value: text };
      }
      case 'str':
        return raw.trim() === '' ? undefined : { kind: 'text', value: raw };
      case 'b':
        return raw === '1' || raw === '0' ? { kind: 'logical', value: raw === '1' } : { kind: 'malformed', raw };
      case 'e':
        return { kind: 'error', value: raw };
      case 'd':
        return { kind: 'date', value: raw.slice(0, 10) };
      default: {
        const text = raw.trim();
        if (text === '') return undefined;
        // no real number has 40 characters; a longer one is not worth a regular expression's time
        if (text.length > 40 || !NUMBER.test(text)) return { kind: 'malformed', raw };
        const value = Number(text);
        if (!Number.isFinite(value)) return { kind: 'malformed', raw };
        return isDate(Number(attrs.get('s') ?? 0)) ? { kind: 'date', value: dateOf(value) } : { kind: 'number', value };
      }
    }
  }

  return {
    sheets,
    readRows(sheet, wants, onRow) {
      const entry = sheet.part ? findEntry(zip, sheet.part) : undefined;
      if (!entry) throw new UnreadableArchive(`sheet ${sheet.name}: its part ${sheet.part ?? '(none)'} is missing from the zip`);
      const xml = readEntry(zip, entry, budget).toString('utf8');
      let rowNumber = 0;
      for (const row of elementsOf(xml, 'row', entry.name)) {
        const r = Number(attributes(row.attrs).get('r'));
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        const cells = new Map<number, CellValue>();
        let column = 0;
        for (const cell of elementsOf(row.body ?? '', 'c', entry.name)) {
          const attrs = attributes(cell.attrs);
          const ref = attrs.get('r');
          column = (ref && columnOf(ref)) || column + 1;
          if (column > MAX_COLUMN) break;
          if (!wants(column)) continue;
          const value = cell.body === undefined ? undefined : cellValue(attrs, cell.body, entry.name);
          if (value) cells.set(column, value);
        }
        if (cells.size > 0 && !onRow(rowNumber, cells)) return;
      }
    },
  };
}
