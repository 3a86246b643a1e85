/**
 * Text + width → the lines it breaks into at spaces, measured with the very faces the PDF
 * embeds. The charts (vega never wraps, it only cuts) and the PDF layout both break text here,
 * so a line that fits in one fits in the other.
 */
import { measureText, type Face } from './fonts.js';

/**
 * Lines already broken, by face, size, width and text: the page plan breaks a paragraph several
 * times over (to measure a block, to place it, to keep lines together), ~600 breaks a brief for
 * ~270 different ones. Emptied when it holds more than a few briefs' worth, so a long run keeps
 * no more than that.
 */
const broken = new Map<string, readonly string[]>();
const KEPT = 4096;

/** Whitespace runs count as one space, but no-break spaces join; a word wider than `width` is cut where it must be. */
export function wrapText(text: string, width: number, size: number, face: Face = 'regular'): readonly string[] {
  const key = `${face} ${size} ${width} ${text}`;
  let lines = broken.get(key);
  if (!lines) {
    if (broken.size >= KEPT) broken.clear();
    lines = Object.freeze(breakLines(text, width, size, face));
    broken.set(key, lines);
  }
  return lines;
}

function breakLines(text: string, width: number, size: number, face: Face): string[] {
  // No-break spaces (U+00A0, U+2007, U+202F: the French space before ":") hold words together.
  const words = text.split(/[^\S\u00A0\u2007\u202F]+/).filter((word) => word.length > 0);
  const space = measureText(' ', size, face);
  const lines: string[] = [];
  let line: string[] = [];
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = measureText(word, size, face);
    if (line.length > 0 && lineWidth + space + wordWidth <= width) {
      line.push(word);
      lineWidth += space + wordWidth;
      continue;
    }
    if (line.length > 0) lines.push(line.join(' '));
    if (wordWidth <= width) {
      line = [word];
      lineWidth = wordWidth;
    } else {
      // A word wider than the column (a URL, say)
      const pieces = breakWord(word, width, size, face);
      lines.push(...pieces.slice(0, -1));
      line = [pieces[pieces.length - 1]!];
      lineWidth = measureText(line[0]!, size, face);
    }
  }
  if (line.length > 0) lines.push(line.join(' '));
  return lines;
}

function breakWord(word: string, width: number, size: number, face: Face): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measureText(piece + char, size, face) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}
