/**
 * A painted exceljs Workbook + its document date → reproducible xlsx bytes.
 *
 * exceljs stamps every zip entry with the current time and gives data-bar and icon-set rules
 * random GUIDs, so its output differs on every run. pinZip rewrites the zip with one fixed
 * date, entries in a fixed order, and those GUIDs numbered in order of appearance.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** Excel and LibreOffice expect the content types first; the rest in plain code-unit order. */
function entryOrder(a: string, b: string): number {
  const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
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

/** xlsx bytes → the same workbook with fixed entry dates, order and rule ids. */
export async function pinZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const names = Object.keys(source.files).filter((name) => !source.files[name]!.dir).sort(entryOrder);
  const ids = new Map<string, string>();
  const pinned = new JSZip();
  for (const name of names) {
    const file = source.files[name]!;
    const options = { date, createFolders: false, unixPermissions: null, dosPermissions: null, comment: '' };
    if (name.startsWith('xl/worksheets/') && name.endsWith('.xml')) {
      const xml = (await file.async('string')).replace(RULE_ID, (_, prefix: string, guid: string) => {
        const key = guid.toUpperCase();
        if (!ids.has(key)) ids.set(key, stableId(ids.size + 1));
        return `${prefix}${ids.get(key)}`;
      });
      pinned.file(name, xml, options);
    } else {
      pinned.file(name, await file.async('uint8array'), options);
    }
  }
  return pinned.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}

export async function renderXlsx(workbook: ExcelJS.Workbook, date: Date): Promise<Uint8Array> {
  // Stored, not deflated: pinZip compresses once when it rewrites the zip.
  const written = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return pinZip(new Uint8Array(written as ArrayBuffer), date);
}
