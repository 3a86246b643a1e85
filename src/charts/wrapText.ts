/**
 * Text + width → lines that fit, measured with the embedded font. Vega does not wrap titles or
 * labels; it only cuts them, which a brief must never show.
 */
import { measureText, type Face } from '../fonts/fonts.js';

/** Breaks at spaces; a single word wider than the width keeps a line of its own. */
export function wrapText(text: string, width: number, size: number, face: Face = 'regular'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measureText(candidate, size, face) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
