/**
 * Text + type style + width → lines, breaking at spaces, measured with the very faces the PDF
 * embeds. The painter draws each line as it is given, so what the page plan says is what prints.
 */
import { measureText } from '../fonts/fonts.js';
import type { TypeStyle } from './typeStyles.js';

/** Kerning across a space is not measured word by word; keep this much in hand. */
const SLACK = 0.5;

export function textWidth(text: string, style: TypeStyle): number {
  return measureText(text, style.size, style.face);
}

/** The lines `text` breaks into at `width`; whitespace runs count as one space. */
export function wrapText(text: string, style: TypeStyle, width: number): string[] {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const space = textWidth(' ', style);
  const limit = width - SLACK;
  const lines: string[] = [];
  let line: string[] = [];
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = textWidth(word, style);
    if (line.length > 0 && lineWidth + space + wordWidth <= limit) {
      line.push(word);
      lineWidth += space + wordWidth;
      continue;
    }
    if (line.length > 0) lines.push(line.join(' '));
    if (wordWidth <= limit) {
      line = [word];
      lineWidth = wordWidth;
    } else {
      // A word wider than the column (a URL, say): cut it where it must be cut.
      const pieces = breakWord(word, style, limit);
      lines.push(...pieces.slice(0, -1));
      line = [pieces[pieces.length - 1]!];
      lineWidth = textWidth(line[0]!, style);
    }
  }
  if (line.length > 0) lines.push(line.join(' '));
  return lines;
}

function breakWord(word: string, style: TypeStyle, limit: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && textWidth(piece + char, style) > limit) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}
