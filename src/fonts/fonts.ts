/**
 * The one type family of every output: Source Sans 3 (SIL Open Font License), static TTF faces
 * from the `source-sans` npm package. Charts measure their text with these very faces and the
 * PDF embeds them, so a label that fits on screen fits in print.
 *
 * Each face is read and parsed once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

export type Face = 'regular' | 'semibold' | 'bold' | 'italic';

const FILES: Readonly<Record<Face, string>> = {
  regular: 'SourceSans3-Regular.ttf',
  semibold: 'SourceSans3-Semibold.ttf',
  bold: 'SourceSans3-Bold.ttf',
  italic: 'SourceSans3-It.ttf',
};

/** The family name charts ask for; the PDF maps it back to these faces. */
export const FONT_FAMILY = 'Source Sans 3';

const require = createRequire(import.meta.url);
const fontDir = require.resolve('source-sans/package.json').replace(/package\.json$/, 'TTF/');

const bytesCache = new Map<Face, Buffer>();
const fontCache = new Map<Face, fontkit.Font>();

/** The TTF file's bytes, for embedding. */
export function faceBytes(face: Face): Buffer {
  let bytes = bytesCache.get(face);
  if (!bytes) {
    bytes = readFileSync(fontDir + FILES[face]);
    bytesCache.set(face, bytes);
  }
  return bytes;
}

/** The parsed face, for measuring. */
export function faceFont(face: Face): fontkit.Font {
  let font = fontCache.get(face);
  if (!font) {
    font = fontkit.create(faceBytes(face)) as fontkit.Font;
    fontCache.set(face, font);
  }
  return font;
}

/**
 * A shaped word as pdfkit 0.20's EmbeddedFont keeps it: fontkit's glyph run with positions in
 * thousandths of an em and each position's advanceWidth added (its layoutRun).
 */
export interface WordRun {
  readonly glyphs: readonly { readonly id: number; readonly advanceWidth: number }[];
  readonly positions: readonly { readonly xAdvance: number }[];
  readonly advanceWidth: number;
}

/**
 * Shaped words, one cache per face for the whole process, shared by everything that measures
 * (page plan, charts) and by pdfkit, which paints with the same cache (openBriefDocument): a
 * word is shaped once however often it is measured and printed. Shaping (OpenType substitution
 * and positioning) is the dearest step of setting text.
 *
 * Text is taken word by word, each word with the space after it, as pdfkit takes it; a last
 * word is shaped with a space too, and the space left out, so "word" and "word " are one
 * shaping. Joining words' runs gives what shaping the whole text gives because these faces
 * neither substitute nor position across a space (test/fonts/fonts.test.ts checks every
 * character of the four faces on both sides of one).
 */
const wordCaches: Record<Face, Record<string, WordRun>> = {
  regular: Object.create(null),
  semibold: Object.create(null),
  bold: Object.create(null),
  italic: Object.create(null),
};

/** The face's word cache, keyed by word as pdfkit keys it; pdfkit reads and fills it. */
export function wordRuns(face: Face): Record<string, WordRun> {
  return wordCaches[face];
}

/** pdfkit 0.20's EmbeddedFont.layoutRun, for a word pdfkit has not shaped yet. */
function shapeWord(face: Face, word: string): WordRun {
  const font = faceFont(face);
  const run = font.layout(word);
  const scale = 1000 / font.unitsPerEm;
  for (let i = 0; i < run.positions.length; i++) {
    const position = run.positions[i] as unknown as Record<string, number>;
    for (const key in position) position[key]! *= scale;
    position.advanceWidth = run.glyphs[i]!.advanceWidth * scale;
  }
  return run as unknown as WordRun;
}

function wordRun(face: Face, word: string): WordRun {
  const cache = wordCaches[face];
  let run = cache[word];
  if (!run) {
    run = shapeWord(face, word);
    cache[word] = run;
  }
  return run;
}

/** A text's advance in thousandths of an em, joined from its words' runs. */
function advanceOf(text: string, face: Face): number {
  let units = 0;
  let last = 0;
  for (let space = text.indexOf(' '); space !== -1; space = text.indexOf(' ', last)) {
    units += wordRun(face, text.slice(last, space + 1)).advanceWidth;
    last = space + 1;
  }
  if (last < text.length) {
    const run = wordRun(face, `${text.slice(last)} `);
    units += run.advanceWidth - run.positions[run.positions.length - 1]!.xAdvance;
  }
  return units;
}

/** Widths per face, in ems, by text: one map per face, so a lookup builds no key. */
const widthCaches: Record<Face, Map<string, number>> = { regular: new Map(), semibold: new Map(), bold: new Map(), italic: new Map() };

/** The advance width of `text` set in `face` at `size` points (kerning included). */
export function measureText(text: string, size: number, face: Face = 'regular'): number {
  const cache = widthCaches[face];
  let ems = cache.get(text);
  if (ems === undefined) {
    ems = advanceOf(text, face) / 1000;
    cache.set(text, ems);
  }
  return ems * size;
}
