/**
 * Rough text metrics in Excel's width unit (the width of one "0" in the default 11 pt font),
 * so columns can be sized from their content. exceljs cannot measure text; counting characters
 * is what a careful hand does too, and errs on the generous side for digits and capitals.
 */

/** Line height of the default 11 pt font, in points, with a little air. */
const LINE_HEIGHT = 15;

/** Excel's tallest row, in points; a taller one is outside the format. */
const MAX_ROW_HEIGHT = 409;

/** A row height for `lines` lines of text, within what Excel allows. */
export function rowHeightFor(lines: number): number {
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 2);
}

/**
 * Prose fits more characters per width unit than digits: about 1.3 in Calibri 11 (measured
 * with LibreOffice and Carlito, Calibri's metric twin). A little less, so rows err tall.
 */
export const PROSE_CHARS_PER_UNIT = 1.2;

/** Characters as a reader counts them: "Côte d'Ivoire" is 13, however it is encoded. */
export function textLength(text: string): number {
  return [...text].length;
}

/** The longest single word: a wrapped header can never be narrower than that. */
export function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map(textLength));
}

/**
 * Lines `text` takes when wrapped at `width` characters, breaking at spaces as Excel does (a
 * word longer than the line is split). `charsPerUnit` is PROSE_CHARS_PER_UNIT for prose.
 */
export function wrappedLineCount(text: string, width: number, charsPerUnit = 1): number {
  const perLine = Math.max(1, Math.floor(width * charsPerUnit));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/ +/)) {
      const length = textLength(word);
      if (used === 0) {
        count += Math.floor(Math.max(0, length - 1) / perLine);
        used = length % perLine || Math.min(length, perLine);
      } else if (used + 1 + length <= perLine) {
        used += 1 + length;
      } else {
        count += 1 + Math.floor(Math.max(0, length - 1) / perLine);
        used = length % perLine || Math.min(length, perLine);
      }
    }
    lines += count;
  }
  return lines;
}
