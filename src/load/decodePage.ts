/**
 * A country page file's bytes → its text, decoded in the encoding it is in, or a DataError with
 * one line saying what the file is instead. A browser's copy saved by an editor is UTF-8 (with
 * or without a byte-order mark), UTF-16 (Notepad's "Unicode"), or Windows-1252 (older Windows
 * editors' "ANSI", a superset of Latin-1): each is decoded as what it is, so "ñ" stays "ñ".
 * A file that is none of these (empty, binary, a PDF, a workbook, text mixing two encodings,
 * text already damaged by an earlier wrong decoding) is refused, never read as a page full of
 * missing scores.
 */
import { DataError } from '../errors.js';
import type { InputLimit } from './readInputFile.js';

/** A page file: GI-TOC's pages are about 30 KB of text; no real one comes near this. */
export const PAGE_LIMITS: InputLimit = { what: 'a country page', maxBytes: 512 * 1024, typical: "GI-TOC's pages are about 30 KB" };

export interface DecodedPage {
  readonly text: string;
  /** "UTF-8", "UTF-8 with a byte-order mark", "UTF-16LE", "Windows-1252"… */
  readonly encoding: string;
}

const SIGNATURES: readonly (readonly [bytes: readonly number[], what: string])[] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF file'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (a workbook, a Word document or another zip)'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an old-style Office document (.doc or .xls)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document (save it as plain text)'],
];

const startsWith = (bytes: Buffer, prefix: readonly number[]) => prefix.every((b, n) => bytes[n] === b);

/** The 1-based line of byte `offset`. */
function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let n = 0; n < offset; n++) if (bytes[n] === 0x0a) line++;
  return line;
}

/** Where UTF-8 multi-byte sequences are well formed and where they are not. */
function scanUtf8(bytes: Buffer): { valid: number; firstValid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstValid = -1;
  let firstInvalid = -1;
  for (let n = 0; n < bytes.length; ) {
    const b = bytes[n]!;
    if (b < 0x80) {
      n++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && n + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[n + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      if (firstValid < 0) firstValid = n;
      n += length;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = n;
      n++;
    }
  }
  return { valid, firstValid, invalid, firstInvalid };
}

/** NUL bytes mostly at odd (LE) or even (BE) offsets: UTF-16 text without a byte-order mark. */
function utf16WithoutMark(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let n = 0; n < sample.length; n++) if (sample[n] === 0) n % 2 === 0 ? even++ : odd++;
  const half = sample.length / 2;
  if (odd > half * 0.6 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.6 && odd < half * 0.05) return 'utf-16be';
  return undefined;
}

/** Bytes → text; `file` names the page in the DataError thrown when it is no text in a known encoding. */
export function decodePage(file: string, bytes: Buffer): DecodedPage {
  const refuse = (message: string) => new DataError(file, [{ at: '', message }]);
  if (bytes.length === 0) throw refuse('the file is empty (0 bytes): give the text of a country page, as a browser copies it');

  let decoded: DecodedPage;
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw refuse('the file is UTF-32 text: save it as UTF-8 and import it again');
  } else if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    decoded = { text: decodeUtf8(file, bytes.subarray(3)), encoding: 'UTF-8 with a byte-order mark' };
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    decoded = { text: decodeUtf16(file, bytes.subarray(2), label), encoding: `${label.toUpperCase()} with a byte-order mark` };
  } else if (utf16WithoutMark(bytes)) {
    const label = utf16WithoutMark(bytes)!;
    decoded = { text: decodeUtf16(file, bytes, label), encoding: `${label.toUpperCase()} (no byte-order mark)` };
  } else {
    const signature = SIGNATURES.find(([prefix]) => startsWith(bytes, prefix));
    if (signature) throw refuse(`the file is ${signature[1]}, not text: give the text of a country page, as a browser copies it`);
    const nul = bytes.indexOf(0);
    if (nul >= 0) throw refuse(`the file is binary, not text (it holds NUL bytes, the first on line ${lineAt(bytes, nul)}): give the text of a country page`);
    decoded = decodeSingleByte(file, bytes);
  }

  const { text } = decoded;
  const damaged = text.indexOf('\ufffd');
  if (damaged >= 0) {
    const line = text.slice(0, damaged).split('\n').length;
    throw refuse(`line ${line} holds U+FFFD (�), the mark a program leaves where it could not decode a character: the text was damaged before it was saved; copy the page again`);
  }
  if (text.trim() === '') throw refuse(`the file holds only white space (${bytes.length} bytes): give the text of a country page`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point
  const controls = text.match(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g)?.length ?? 0;
  if (controls > text.length / 10) throw refuse(`the file is binary, not text (${controls} of its ${text.length} characters are control characters)`);
  return decoded;
}

function decodeUtf8(file: string, bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { firstInvalid } = scanUtf8(bytes);
    throw new DataError(file, [{ at: '', message: `the file starts as UTF-8 (it has a UTF-8 byte-order mark) but line ${lineAt(bytes, firstInvalid)} is not UTF-8: save it again as UTF-8` }]);
  }
}

function decodeUtf16(file: string, bytes: Buffer, label: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new DataError(file, [{ at: '', message: `the file looks like ${label.toUpperCase()} text but is not valid ${label.toUpperCase()}: save it as UTF-8 and import it again` }]);
  }
}

/**
 * No byte-order mark and no NUL: UTF-8 when it is valid UTF-8; otherwise Windows-1252, the
 * encoding Windows editors save as "ANSI" (Latin-1 is a subset of it). Text that mixes valid
 * UTF-8 with other bytes was damaged by an editor and is refused, as are bytes Windows-1252
 * leaves undefined.
 */
function decodeSingleByte(file: string, bytes: Buffer): DecodedPage {
  const scan = scanUtf8(bytes);
  if (scan.invalid === 0) return { text: bytes.toString('utf8'), encoding: 'UTF-8' };
  if (scan.valid > 0) {
    throw new DataError(file, [
      {
        at: '',
        message:
          `the file mixes encodings: line ${lineAt(bytes, scan.firstValid)} is UTF-8, line ${lineAt(bytes, scan.firstInvalid)} is not ` +
          `(byte 0x${bytes[scan.firstInvalid]!.toString(16).toUpperCase()}): save the page again as UTF-8`,
      },
    ]);
  }
  const undefinedByte = bytes.findIndex((b) => b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d);
  if (undefinedByte >= 0) {
    throw new DataError(file, [
      {
        at: '',
        message:
          `the file is neither UTF-8 nor Windows-1252 (Latin-1): byte 0x${bytes[undefinedByte]!.toString(16).toUpperCase()} on line ` +
          `${lineAt(bytes, undefinedByte)} is a character of neither: save the page as UTF-8 and import it again`,
      },
    ]);
  }
  return { text: decodeWindows1252(bytes), encoding: 'Windows-1252 (the file is not UTF-8)' };
}

/** Windows-1252's bytes 0x80–0x9F (the rest is Latin-1); Node 20's TextDecoder reads them as Latin-1's C1 controls. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Buffer): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 65_536) {
    const chunk = bytes.subarray(start, start + 65_536);
    text += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return text;
}
