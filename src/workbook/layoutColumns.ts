/**
 * TablePlan → ColumnLayout: each column's width, whether its header stands upright, and the
 * header row's height, as plain numbers painters apply. Nothing here knows about exceljs.
 *
 * A header wraps within its column, at most three lines, and never inside a parenthesis:
 * "World rank in 2023 (of 193)" prints "World rank in / 2023 (of 193)", not "… (of / 193)".
 * Text widths are counted in characters, and bold Calibri runs 0.80 to 0.95 of a digit's width
 * a character (measured on Carlito, Calibri's metric twin), so a width is accepted only if the
 * header wraps well at every line length a reader's program may give it.
 *
 * A table too wide to print legibly with wrapped headers (every indicator of 193 countries)
 * turns the headers of its number columns upright, so those columns are as narrow as their
 * numbers and the table fits the width of a page at the largest scale it can.
 */
import { longestWord, textLength } from './measureText.js';
import type { CellPlan, ColumnPlan, TablePlan } from './tablePlan.js';

export interface ColumnLayout {
  /** Excel widths, cell padding included. */
  readonly widths: readonly number[];
  /** Per column: header text turned 90°, reading upwards. */
  readonly upright: readonly boolean[];
  /** Header row height, in points. */
  readonly headerHeight: number;
}

/** Prose columns wrap at this width; wider reads badly. */
const PROSE_WIDTH = 80;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/**
 * Excel's width excludes the cell's side padding. It also keeps exceljs from writing no width
 * at all: exceljs drops a width of exactly 9 as "the default", which Excel shows as 8.43.
 */
const WIDTH_PADDING = 0.7;
/** A header may wrap over this many lines before its column grows instead. */
const HEADER_LINES = 3;
/** A bold character's width, in digit widths: the narrowest and widest a header runs. */
const NARROW_CHAR = 0.8;
const WIDE_CHAR = 0.95;
/** Line height of 11 pt text, in points. */
const LINE_HEIGHT = 15;
/** Above this many width units a table's number headers stand upright: about 1.7 landscape pages. */
const UPRIGHT_ABOVE = 250;
/** Upright headers wrap at this many characters a line; a bold character runs up to this many points. */
const UPRIGHT_LINE_CHARS = 24;
const UPRIGHT_CHAR_PT = 5.2;
/** A width unit is a digit of 7 px at 96 px an inch: points per unit. */
const POINTS_PER_UNIT = (7 * 72) / 96;

/** The text a cell shows, for measuring: 6.4 shows as "6.40", −0.5 as "−0.50". */
function shownLength({ value, kind: own }: CellPlan, column: ColumnPlan): number {
  if (value === null) return 0;
  if (typeof value === 'string') return textLength(value);
  const kind = own ?? column.kind;
  switch (kind) {
    case 'score':
    case 'change':
      return Math.abs(value).toFixed(2).length + (kind === 'change' || value < 0 ? 1 : 0);
    default:
      return String(value).length;
  }
}

/** Greedy wrap at `chars` characters a line, breaking at spaces as Excel does. */
export function wrapWords(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/ +/)) {
    const last = lines.at(-1);
    if (last !== undefined && textLength(last) + 1 + textLength(word) <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** No line ends inside a parenthesis. */
function keepsGroups(lines: readonly string[]): boolean {
  let depth = 0;
  return lines.every((line) => {
    for (const char of line) depth += char === '(' ? 1 : char === ')' ? -1 : 0;
    return depth <= 0;
  });
}

/** Every line length a program may wrap `width` units at, from widest to narrowest characters. */
function lineLengths(width: number): number[] {
  const lengths: number[] = [];
  for (let chars = Math.floor(width / WIDE_CHAR); chars <= Math.floor(width / NARROW_CHAR); chars += 1) lengths.push(chars);
  return lengths;
}

/** The narrowest width from `from` at which `header` wraps well however it is measured. */
function headerWidth(header: string, from: number): number {
  const whole = textLength(header) * WIDE_CHAR + 1;
  for (let width = Math.max(from, longestWord(header)); width < whole; width += 0.5) {
    const wraps = lineLengths(width).map((chars) => wrapWords(header, chars));
    if (wraps.every((lines) => lines.length <= HEADER_LINES && keepsGroups(lines))) return width;
  }
  return Math.max(from, Math.ceil(whole));
}

/** Lines a header takes in a column `width` units wide, at a typical character width. */
function headerLines(header: string, width: number): number {
  return wrapWords(header, Math.floor(width / ((NARROW_CHAR + WIDE_CHAR) / 2))).length;
}

/** Column `c`'s widest value, in characters as shown. */
function contentWidth(plan: TablePlan, c: number): number {
  const column = plan.columns[c]!;
  return Math.max(0, ...plan.rows.map((row) => shownLength(row[c] ?? { value: null }, column)));
}

/** Widths with every header wrapped within its column. */
function wrappedLayout(plan: TablePlan): ColumnLayout {
  const inner = plan.columns.map((column, c) => {
    const limit = column.kind === 'prose' ? (column.maxWidth ?? PROSE_WIDTH) : MAX_WIDTH;
    const content = Math.min(limit, Math.max(MIN_WIDTH, contentWidth(plan, c) + 2));
    return headerWidth(column.header, content);
  });
  const lines = Math.max(1, ...plan.columns.map((column, c) => headerLines(column.header, inner[c]!)));
  return { widths: inner.map((width) => width + WIDTH_PADDING), upright: inner.map(() => false), headerHeight: lines * LINE_HEIGHT + 2 };
}

/**
 * Number columns as narrow as their numbers (or as their header's lines, side by side), their
 * headers upright in a row as tall as the longest line; text columns as wrappedLayout has them.
 */
function uprightLayout(plan: TablePlan, wrapped: ColumnLayout): ColumnLayout {
  const upright = plan.columns.map((column) => column.kind !== 'text' && column.kind !== 'prose');
  const wraps = plan.columns.map((column) => wrapWords(column.header, UPRIGHT_LINE_CHARS));
  const tallest = Math.max(0, ...wraps.filter((_, c) => upright[c]).flatMap((lines) => lines.map(textLength)));
  const widths = plan.columns.map((_, c) => {
    if (!upright[c]) return wrapped.widths[c]!;
    const across = (wraps[c]!.length * LINE_HEIGHT) / POINTS_PER_UNIT;
    return Math.max(contentWidth(plan, c) + 1, across) + WIDTH_PADDING;
  });
  const textLines = Math.max(1, ...plan.columns.map((column, c) => (upright[c] ? 1 : headerLines(column.header, widths[c]! - WIDTH_PADDING))));
  return { widths, upright, headerHeight: Math.max(textLines * LINE_HEIGHT, tallest * UPRIGHT_CHAR_PT + 10) };
}

export function layoutColumns(plan: TablePlan): ColumnLayout {
  const wrapped = wrappedLayout(plan);
  const total = wrapped.widths.reduce((sum, width) => sum + width, 0);
  return total > UPRIGHT_ABOVE ? uprightLayout(plan, wrapped) : wrapped;
}

/** Column widths from content and header (see layoutColumns). */
export function columnWidths(plan: TablePlan): number[] {
  return [...layoutColumns(plan).widths];
}
