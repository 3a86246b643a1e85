/**
 * TablePlan → exceljs cells: header row, values with their number formats, tones, heat fills,
 * notes, column widths and row heights from the text, conditional colour scales. paintTableSheet
 * puts one table on a sheet of its own, under its legend, with the header frozen and an autofilter.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { cellFont, NUMBER_FORMATS, paintColours } from './cellStyles.js';
import { SCALE_MAX, SCALE_MID, SCALE_MIN } from './heatColour.js';
import { longestWord, PROSE_CHARS_PER_UNIT, rowHeightFor, textLength, wrappedLineCount } from './measureText.js';
import { paintLegend } from './paintLegend.js';
import type { CellPlan, ColumnPlan, TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

/** Excel's limit; a longer string makes Excel repair the file. */
export const MAX_CELL_TEXT = 32_767;
/** Prose columns wrap at this width; wider reads badly. */
const PROSE_WIDTH = 80;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/**
 * Excel's width excludes the cell's side padding. It also keeps exceljs from writing no width
 * at all: exceljs drops a width of exactly 9 as "the default", which Excel shows as 8.43.
 */
const WIDTH_PADDING = 0.7;
/** Roughly what fits across a landscape page at a readable scale, in width units. */
const PRINT_WIDTH = 260;
/** Percent: about 7 pt type, the smallest that still reads on paper. */
const WIDE_PRINT_SCALE = 60;
/** A header may wrap over this many lines before its column grows instead. */
const HEADER_LINES = 3;

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

/** Column widths from content and header; a header may wrap, so it asks only for a third of its length. */
export function columnWidths(plan: TablePlan): number[] {
  return plan.columns.map((column, c) => {
    const content = Math.max(0, ...plan.rows.map((row) => shownLength(row[c] ?? { value: null }, column)));
    const header = Math.max(longestWord(column.header), Math.ceil(textLength(column.header) / HEADER_LINES));
    const limit = column.kind === 'prose' ? (column.maxWidth ?? PROSE_WIDTH) : MAX_WIDTH;
    return Math.min(limit, Math.max(MIN_WIDTH, content + 2, header + 2)) + WIDTH_PADDING;
  });
}

function safeText(value: string, note: string | undefined, notes: { truncated: string }): { text: string; note: string | undefined } {
  if (textLength(value) <= MAX_CELL_TEXT) return { text: value, note };
  const text = `${[...value].slice(0, MAX_CELL_TEXT - 1).join('')}…`;
  return { text, note: note ? `${note}\n${notes.truncated}` : notes.truncated };
}

/**
 * Paints `plan` with its header at `firstRow`; returns the last row used. Strings are written
 * as strings: exceljs makes formulas only from {formula} objects, which nothing here builds, so
 * "=1+1" from the data stays text.
 */
export function paintTable(sheet: Worksheet, plan: TablePlan, firstRow: number, template: WorkbookTemplate): number {
  const colours = template.colours;
  const widths = columnWidths(plan);
  widths.forEach((width, c) => {
    const column = sheet.getColumn(c + 1);
    column.width = Math.max(column.width ?? 0, width);
  });

  const header = sheet.getRow(firstRow);
  let headerLines = 1;
  plan.columns.forEach((column, c) => {
    const target = header.getCell(c + 1);
    target.value = column.header;
    target.font = cellFont({ bold: true });
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.headerFill } };
    target.border = { bottom: { style: 'thin', color: { argb: colours.headerBorder } } };
    target.alignment = { vertical: 'bottom', wrapText: true, horizontal: column.kind === 'text' || column.kind === 'prose' ? 'left' : 'right' };
    if (column.headerNote) target.note = column.headerNote;
    headerLines = Math.max(headerLines, wrappedLineCount(column.header, widths[c]! - 1));
  });
  header.height = rowHeightFor(headerLines);

  plan.rows.forEach((cells, r) => {
    const row = sheet.getRow(firstRow + 1 + r);
    let lines = 1;
    plan.columns.forEach((column, c) => {
      const planned = cells[c] ?? { value: null };
      const target = row.getCell(c + 1);
      let note = planned.note;
      if (typeof planned.value === 'string') {
        const safe = safeText(planned.value, note, template.notes);
        target.value = safe.text;
        note = safe.note;
        if (column.kind === 'prose') lines = Math.max(lines, wrappedLineCount(safe.text, widths[c]! - 1, PROSE_CHARS_PER_UNIT));
      } else {
        target.value = planned.value;
      }
      target.numFmt = NUMBER_FORMATS[planned.kind ?? column.kind];
      target.alignment = { vertical: 'top', wrapText: column.kind === 'prose' };
      paintColours(target, planned, colours);
      if (note) target.note = note;
    });
    // Excel does not grow rows to fit wrapped text written by a program; set the height.
    if (lines > 1) row.height = rowHeightFor(lines);
  });

  const lastRow = firstRow + plan.rows.length;
  if (plan.rows.length > 0) {
    plan.columns.forEach((column, c) => {
      if (!column.colourScale) return;
      const stops = colours[column.colourScale];
      const letter = columnLetter(c + 1);
      sheet.addConditionalFormatting({
        ref: `${letter}${firstRow + 1}:${letter}${lastRow}`,
        rules: [
          {
            type: 'colorScale',
            priority: c + 1,
            cfvo: [
              { type: 'num', value: SCALE_MIN },
              { type: 'num', value: SCALE_MID },
              { type: 'num', value: SCALE_MAX },
            ],
            color: [{ argb: stops.low }, { argb: stops.mid }, { argb: stops.high }],
          },
        ],
      });
    });
  }
  return lastRow;
}

/** The row of a table's header: row 1, or below its legend and a blank row. */
export function headerRowOf(plan: TablePlan): number {
  return plan.legend && plan.legend.length > 0 ? plan.legend.length + 2 : 1;
}

/**
 * The one header row for sibling sheets, below the longest legend, so a reader (or a program
 * reading the workbook) finds every table's header on the same row.
 */
export function sharedHeaderRow(plans: readonly TablePlan[]): number {
  return Math.max(1, ...plans.map(headerRowOf));
}

/**
 * A new sheet holding `plan`: its legend from row 1, then the table with its header at
 * `headerRow` (at least below the legend), the header, the legend above it and any key columns
 * frozen, an autofilter, printable with the header repeated on every page.
 */
export function paintTableSheet(
  workbook: Workbook,
  name: string,
  plan: TablePlan,
  template: WorkbookTemplate,
  headerRow = headerRowOf(plan),
): Worksheet {
  if (headerRow < headerRowOf(plan)) throw new Error(`sheet ${name}: header row ${headerRow} would overwrite the legend`);
  const frozen = plan.frozenColumns ?? 0;
  const topLeftCell = `${columnLetter(frozen + 1)}${headerRow + 1}`;
  const width = columnWidths(plan).reduce((sum, w) => sum + w, 0);
  // A narrow table prints one page wide; a wide one (every indicator) would shrink to nothing,
  // so it prints small but legible across pages, repeating the key columns on each.
  const fit = width <= PRINT_WIDTH
    ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
    : { fitToPage: false, scale: WIDE_PRINT_SCALE, ...(frozen > 0 ? { printTitlesColumn: `A:${columnLetter(frozen)}` } : {}) };
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: frozen, ySplit: headerRow, topLeftCell, activeCell: topLeftCell }],
    pageSetup: { orientation: 'landscape', printTitlesRow: `${headerRow}:${headerRow}`, ...fit },
  });
  if (plan.legend) paintLegend(sheet, plan.legend, 1, template);
  const lastRow = paintTable(sheet, plan, headerRow, template);
  if (plan.filter !== false) {
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: lastRow, column: plan.columns.length } };
  }
  return sheet;
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
