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

/** Widths per face, in ems, by text: one map per face, so a lookup builds no key. */
const widthCaches: Record<Face, Map<string, number>> = { regular: new Map(), semibold: new Map(), bold: new Map(), italic: new Map() };

/** The advance width of `text` set in `face` at `size` points (kerning included). */
export function measureText(text: string, size: number, face: Face = 'regular'): number {
  const cache = widthCaches[face];
  let unitsPerSize = cache.get(text);
  if (unitsPerSize === undefined) {
    const font = faceFont(face);
    unitsPerSize = font.layout(text).advanceWidth / font.unitsPerEm;
    cache.set(text, unitsPerSize);
  }
  return unitsPerSize * size;
}
