/**
 * Hostile and careless inputs, made cheaply: workbooks patched at the XML level (no spreadsheet
 * library in between, so any byte can be put where a program might put it), zip bombs streamed
 * from zeros, pages in other encodings. See issue 12.
 */
import JSZip from 'jszip';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDeflateRaw } from 'node:zlib';
import { tempDir, WORKBOOK_2025 } from './workbookFixtures.js';

/** The parts of a zip as text (XML) or bytes (images), by name. */
export type Parts = Map<string, string | Buffer>;

/** The official 2025 workbook with its parts changed by `edit`, written to a temp file; returns its path. */
export async function patchedWorkbook(edit: (parts: Parts) => void, name = 'patched.xlsx'): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(WORKBOOK_2025));
  const parts: Parts = new Map();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    parts.set(entry.name, /\.(xml|rels)$/.test(entry.name) ? await entry.async('string') : await entry.async('nodebuffer'));
  }
  edit(parts);
  return writeZipParts(parts, name);
}

/** A zip of `parts`, deflated, written to a temp file; returns its path. */
export async function writeZipParts(parts: Parts, name = 'parts.xlsx'): Promise<string> {
  const out = new JSZip();
  for (const [part, content] of parts) out.file(part, content);
  const file = join(await tempDir(), name);
  await writeFile(file, await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }));
  return file;
}

/** Text of a part, for editing. */
export function text(parts: Parts, name: string): string {
  const part = parts.get(name);
  if (typeof part !== 'string') throw new Error(`no text part ${name}`);
  return part;
}

/** The sheet part of a sheet name in the official 2025 workbook. */
export const SHEET_PART: Readonly<Record<string, string>> = {
  '2025_dataset': 'xl/worksheets/sheet2.xml',
  '2023_dataset': 'xl/worksheets/sheet3.xml',
  '2021_dataset': 'xl/worksheets/sheet4.xml',
};

/** Replaces the content of cell `ref` ("D2") of a sheet part with `cell` (a whole `<c …>…</c>` element). */
export function setCell(parts: Parts, part: string, ref: string, cell: string): void {
  const xml = text(parts, part);
  const pattern = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  if (!pattern.test(xml)) throw new Error(`no cell ${ref} in ${part}`);
  parts.set(part, xml.replace(pattern, cell));
}

/** Renames a sheet in xl/workbook.xml. */
export function renameSheet(parts: Parts, from: string, to: string): void {
  const xml = text(parts, 'xl/workbook.xml');
  if (!xml.includes(`name="${from}"`)) throw new Error(`no sheet ${from}`);
  parts.set('xl/workbook.xml', xml.replace(`name="${from}"`, `name="${to}"`));
}

/** `rows` rows of junk appended to a sheet part after its last row, each naming no country. */
export function appendJunkRows(parts: Parts, part: string, rows: number, firstRow = 195): void {
  const junk: string[] = [];
  for (let n = 0; n < rows; n++) {
    const r = firstRow + n;
    junk.push(`<row r="${r}"><c r="C${r}" t="inlineStr"><is><t>junk ${n}</t></is></c><c r="D${r}"><v>5</v></c></row>`);
  }
  parts.set(part, text(parts, part).replace('</sheetData>', `${junk.join('')}</sheetData>`));
}

/**
 * A zip whose one entry `name` expands to `size` bytes of zeros, declaring `declared` (the true
 * size unless a lie is wanted), plus the small parts of a workbook so that it opens as one.
 * Streamed: the zeros are never in memory at once. Returns the file's path.
 */
export async function zipBomb(size: number, declared = size, name = 'xl/worksheets/sheet2.xml'): Promise<string> {
  const deflater = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflater.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflater.on('end', resolve));
  const zeros = Buffer.alloc(1 << 22);
  for (let left = size; left > 0; left -= zeros.length) {
    const piece = left >= zeros.length ? zeros : zeros.subarray(0, left);
    if (!deflater.write(piece)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await done;
  const data = Buffer.concat(chunks);
  const small: [string, Buffer][] = [
    ['[Content_Types].xml', Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')],
    [
      'xl/workbook.xml',
      Buffer.from(
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
          '<sheets><sheet name="2025_dataset" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    ],
    [
      'xl/_rels/workbook.xml.rels',
      Buffer.from(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/${name}"/></Relationships>`,
      ),
    ],
  ];
  const entries: { name: string; method: number; data: Buffer; size: number }[] = [
    ...small.map(([n, d]) => ({ name: n, method: 0, data: d, size: d.length })),
    { name, method: 8, data, size: declared },
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const nameBytes = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, entry.data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const file = join(await tempDir(), 'bomb.xlsx');
  await writeFile(file, Buffer.concat([...locals, directory, end]));
  return file;
}

/** Windows-1252 bytes of `text` (which must use only characters that encoding has). */
export function windows1252(text: string): Buffer {
  const high: Record<string, number> = {
    '€': 0x80,
    '‚': 0x82,
    ƒ: 0x83,
    '„': 0x84,
    '…': 0x85,
    '†': 0x86,
    '‡': 0x87,
    ˆ: 0x88,
    '‰': 0x89,
    Š: 0x8a,
    '‹': 0x8b,
    Œ: 0x8c,
    Ž: 0x8e,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '•': 0x95,
    '–': 0x96,
    '—': 0x97,
    '˜': 0x98,
    '™': 0x99,
    š: 0x9a,
    '›': 0x9b,
    œ: 0x9c,
    ž: 0x9e,
    Ÿ: 0x9f,
  };
  return Buffer.from(
    [...text].map((c) => {
      const code = c.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const byte = high[c];
      if (byte === undefined) throw new Error(`${c} is not in Windows-1252`);
      return byte;
    }),
  );
}
