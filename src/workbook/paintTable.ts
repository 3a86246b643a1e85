/**
 * TablePlan → exceljs cells: header row, values with their number formats, tones, heat fills,
 * "n/a", notes, column widths and header height (layoutColumns), row heights from the text,
 * conditional colour scales. paintTableSheet puts one table on a sheet of its own, under its
 * legend, with the header frozen, an autofilter and its print setup.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { cellFont, NUMBER_FORMATS, paintColours } from './cellStyles.js';
import { SCALE_MAX, SCALE_MID, SCALE_MIN } from './heatColour.js';
import { layoutColumns } from './layoutColumns.js';
import { PROSE_CHARS_PER_UNIT, rowHeightFor, textLength, wrappedLineCount } from './measureText.js';
import { paintLegend } from './paintLegend.js';
import { footerFor, pageSetupFor, type PrintOptions } from './printSetup.js';
import type { TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

/** Excel's limit; a longer string makes Excel repair the file. */
export const MAX_CELL_TEXT = 32_767;

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
  const { widths, upright, headerHeight } = layoutColumns(plan);
  widths.forEach((width, c) => {
    const column = sheet.getColumn(c + 1);
    column.width = Math.max(column.width ?? 0, width);
  });

  const header = sheet.getRow(firstRow);
  plan.columns.forEach((column, c) => {
    const target = header.getCell(c + 1);
    target.value = column.header;
    target.font = cellFont({ bold: true });
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.headerFill } };
    target.border = { bottom: { style: 'thin', color: { argb: colours.headerBorder } } };
    const textual = column.kind === 'text' || column.kind === 'prose';
    target.alignment = upright[c] ? { vertical: 'bottom', horizontal: 'center', wrapText: true, textRotation: 90 } : { vertical: 'bottom', horizontal: textual ? 'left' : 'right', wrapText: true };
    if (column.headerNote) target.note = column.headerNote;
  });
  header.height = headerHeight;

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
      // "n/a" is text in a column of numbers: right-aligned, so the column still reads as one.
      target.numFmt = planned.notAvailable ? NUMBER_FORMATS.text : NUMBER_FORMATS[planned.kind ?? column.kind];
      target.alignment = { vertical: 'top', wrapText: column.kind === 'prose', ...(planned.notAvailable ? { horizontal: 'right' as const } : {}) };
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

/** The sum of a sheet's column widths, as painted. */
export function sheetWidth(sheet: Worksheet, columns: number): number {
  let width = 0;
  for (let c = 1; c <= columns; c += 1) width += sheet.getColumn(c).width ?? 9;
  return width;
}

/**
 * A new sheet holding `plan`: its legend from row 1, then the table with its header at
 * `headerRow` (at least below the legend), the header, the legend above it and any key columns
 * frozen, an autofilter, printed one page wide with the legend and header atop every page.
 */
export function paintTableSheet(workbook: Workbook, name: string, plan: TablePlan, template: WorkbookTemplate, print: PrintOptions, headerRow = headerRowOf(plan)): Worksheet {
  if (headerRow < headerRowOf(plan)) throw new Error(`sheet ${name}: header row ${headerRow} would overwrite the legend`);
  if (plan.rows.length === 0) throw new Error(`sheet ${name}: no rows; leave the sheet out rather than ship it empty`);
  const frozen = plan.frozenColumns ?? 0;
  const topLeftCell = `${columnLetter(frozen + 1)}${headerRow + 1}`;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: frozen, ySplit: headerRow, topLeftCell, activeCell: topLeftCell }],
  });
  // The table first: its widths are what the legend's detail wraps within.
  const lastRow = paintTable(sheet, plan, headerRow, template);
  if (plan.legend) paintLegend(sheet, plan.legend, 1, plan.columns.length, template);
  if (plan.filter !== false) {
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: lastRow, column: plan.columns.length } };
  }
  const keys = frozen > 0 ? `A:${columnLetter(frozen)}` : undefined;
  sheet.pageSetup = { ...sheet.pageSetup, ...pageSetupFor(sheetWidth(sheet, plan.columns.length), print.paper, `1:${headerRow}`, keys) };
  sheet.headerFooter = { ...sheet.headerFooter, ...footerFor(template, print) };
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
