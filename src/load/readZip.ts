/**
 * A zip archive's bytes → its entries, and the text of an entry inflated under a budget. An
 * .xlsx workbook is a zip; this reader exists so that a workbook's size is checked before it is
 * expanded: every entry declares its expanded size, an entry is inflated only if that fits the
 * budget, and inflation stops at the declared size, so a zip bomb (500 MB of zeros in 575 KB)
 * or an entry that lies about its size costs at most the budget, never the machine's memory.
 */
import { inflateRawSync } from 'node:zlib';
import { formatSize } from './readInputFile.js';

/** The archive or one of its entries cannot be read as a workbook; the message says why. */
export class UnreadableArchive extends Error {
  override name = 'UnreadableArchive';
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

export interface ZipArchive {
  readonly bytes: Buffer;
  readonly entries: ReadonlyMap<string, ZipEntry>;
}

/** How many bytes the entries read so far may still expand to. */
export interface ExpansionBudget {
  remaining: number;
  readonly limit: number;
}

/** No workbook has more entries; a central directory claiming more is refused before it is read. */
export const MAX_ZIP_ENTRIES = 10_000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}

/** The archive's directory; throws UnreadableArchive when the bytes are no zip or a damaged one. */
export function openZip(bytes: Buffer): ZipArchive {
  const end = bytes.length >= 22 ? findEndOfCentralDirectory(bytes) : -1;
  if (end < 0) throw new UnreadableArchive('no zip directory found: the file is not a zip archive, or it was cut short');
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new UnreadableArchive('a ZIP64 archive (over 4 GB or 65,535 entries), far larger than any workbook');
  }
  if (count > MAX_ZIP_ENTRIES) throw new UnreadableArchive(`${count.toLocaleString('en-GB')} entries in the zip, more than the ${MAX_ZIP_ENTRIES.toLocaleString('en-GB')} a workbook may have`);
  if (offset + size > end) throw new UnreadableArchive('the zip directory points past the end of the file: the file was cut short or is damaged');

  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL) throw new UnreadableArchive('the zip directory is damaged');
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    // bit 11: the name is UTF-8; otherwise code page 437, of which the names a workbook needs use only ASCII
    const name = bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    entries.set(name, {
      name,
      flags,
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { bytes, entries };
}

/** The entry named `name` (exactly, or failing that in any case), or undefined. */
export function findEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  const exact = zip.entries.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const entry of zip.entries.values()) if (entry.name.toLowerCase() === lower) return entry;
  return undefined;
}

/** The entry's bytes, expanded; its size counts against `budget`, checked before inflating. */
export function readEntry(zip: ZipArchive, entry: ZipEntry, budget: ExpansionBudget): Buffer {
  if (entry.flags & 0x1) throw new UnreadableArchive(`${entry.name} is encrypted: save the workbook without a password`);
  if (entry.size > budget.remaining) {
    throw new UnreadableArchive(
      `${entry.name} expands to ${formatSize(entry.size)}; the parts of a workbook that are read may expand to ${formatSize(budget.limit)} in all (GI-TOC's expand to under 1 MB): refused unread`,
    );
  }
  const local = entry.localOffset;
  if (local + 30 > zip.bytes.length || zip.bytes.readUInt32LE(local) !== LOCAL) throw new UnreadableArchive(`${entry.name}: damaged zip entry`);
  const start = local + 30 + zip.bytes.readUInt16LE(local + 26) + zip.bytes.readUInt16LE(local + 28);
  const data = zip.bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new UnreadableArchive(`${entry.name}: the zip entry runs past the end of the file`);
  let expanded: Buffer;
  if (entry.method === 0) {
    expanded = data;
  } else if (entry.method === 8) {
    if (entry.size === 0) return Buffer.alloc(0);
    try {
      // Never more than declared: an entry that lies about its size stops here.
      expanded = inflateRawSync(data, { maxOutputLength: entry.size });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') {
        throw new UnreadableArchive(`${entry.name} expands to more than the ${formatSize(entry.size)} it declares: a damaged or crafted archive`);
      }
      throw new UnreadableArchive(`${entry.name}: damaged compressed data (${(error as Error).message})`);
    }
  } else {
    throw new UnreadableArchive(`${entry.name} uses zip compression method ${entry.method}, which workbooks do not use`);
  }
  if (expanded.length !== entry.size) throw new UnreadableArchive(`${entry.name} expands to ${expanded.length} bytes, not the ${entry.size} it declares: a damaged archive`);
  budget.remaining -= expanded.length;
  return expanded;
}
