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

/**
 * Advance widths of " " to "~" in 11 pt Calibri regular, in hundredths of a digit's width (read
 * from Carlito, which has Calibri's metrics). For deciding whether a line fits exactly.
 */
const ASCII_WIDTHS = [
  45, 64, 79, 98, 100, 141, 135, 44, 60, 60, 98, 98, 49, 60, 50, 76, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 53, 53, 98, 98, 98, 91, 176, 114, 107, 105, 121, 96, 91, 124, 123, 50, 63, 103,
  83, 169, 127, 131, 102, 133, 107, 91, 96, 127, 112, 176, 102, 96, 92, 61, 76, 61, 98, 98, 57, 95, 104, 83, 104, 98, 60, 93, 104, 45, 47, 90, 45, 158, 104, 104, 104, 104, 69, 77, 66, 104, 89, 141,
  85, 89, 78, 62, 91, 62, 98,
];

/** `text` on one line in 11 pt Calibri regular, in width units; a character beyond ASCII counts as a digit. */
export function lineWidth(text: string): number {
  let hundredths = 0;
  for (const char of text) hundredths += ASCII_WIDTHS[char.codePointAt(0)! - 32] ?? 100;
  return hundredths / 100;
}
