/**
 * Text + width → the lines it breaks into at spaces, measured with the very faces the PDF
 * embeds. The charts (vega never wraps, it only cuts) and the PDF layout both break text here,
 * so a line that fits in one fits in the other.
 */
import { measureText, type Face } from './fonts.js';

/** Whitespace runs count as one space, but no-break spaces join; a word wider than `width` is cut where it must be. */
export function wrapText(text: string, width: number, size: number, face: Face = 'regular'): string[] {
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
