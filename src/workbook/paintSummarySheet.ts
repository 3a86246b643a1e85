/**
 * SummaryPlan → the Summary sheet: a form, not a list, so no frozen header or filter. Heading,
 * label/value fields, the composites table and the legend of its colours, then source, citation
 * and notes with their text merged across the table's width and wrapped, so nothing runs off
 * the page when printed one page wide, with the heading atop every page.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { cellFont } from './cellStyles.js';
import type { SummaryPlan } from './layoutSummary.js';
import { lineWidth, PROSE_CHARS_PER_UNIT, rowHeightFor, textLength, wrappedLineCount } from './measureText.js';
import { paintLegend } from './paintLegend.js';
import { paintTable, sheetWidth } from './paintTable.js';
import { footerFor, pageSetupFor, type PrintOptions } from './printSetup.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

/** Wraps `text` across columns `from`..`to` of `row`, merged, with a row tall enough for it. */
function paintWideText(sheet: Worksheet, row: number, from: number, to: number, text: string): void {
  const target = sheet.getCell(row, from);
  target.value = text;
  target.numFmt = '@';
  target.alignment = { wrapText: true, vertical: 'top' };
  if (to > from) sheet.mergeCells(row, from, row, to);
  let width = 0;
  for (let c = from; c <= to; c += 1) width += sheet.getColumn(c).width ?? 9;
  // Measured exactly for one line; wrapped lines are counted generously, so none is cut off.
  if (lineWidth(text) <= width - 1) return;
  const lines = wrappedLineCount(text, width - 1, PROSE_CHARS_PER_UNIT);
  if (lines > 1) sheet.getRow(row).height = rowHeightFor(lines);
}

function paintField(sheet: Worksheet, row: number, label: string, value: string | number, lastColumn: number): void {
  const labelCell = sheet.getCell(row, 1);
  labelCell.value = label;
  labelCell.font = cellFont({ bold: true });
  labelCell.alignment = { vertical: 'top' };
  if (typeof value === 'number') {
    const valueCell = sheet.getCell(row, 2);
    valueCell.value = value;
    valueCell.numFmt = '0';
    valueCell.alignment = { horizontal: 'left', vertical: 'top' };
  } else {
    paintWideText(sheet, row, 2, lastColumn, value);
  }
}

export function paintSummarySheet(workbook: Workbook, name: string, plan: SummaryPlan, template: WorkbookTemplate, print: PrintOptions): Worksheet {
  const sheet = workbook.addWorksheet(name);
  const lastColumn = plan.composites.columns.length;
  const labels = [...plan.fields, ...plan.sources].map(([label]) => textLength(label));
  // Room for the longest label, as layoutColumns sizes columns (2 for air, 0.7 for cell padding).
  sheet.getColumn(1).width = Math.max(...labels) + 2.7;

  const heading = sheet.getCell(1, 1);
  heading.value = plan.heading;
  heading.font = cellFont({ bold: true, size: 14 });
  sheet.getRow(1).height = 21;
  sheet.getCell(2, 1).value = plan.subheading;
  sheet.getCell(2, 1).font = cellFont({ italic: true });

  // The table first: it sets the column widths the merged text below wraps within.
  let row = 4 + plan.fields.length + 1;
  row = paintTable(sheet, plan.composites, row, template) + 2;
  if (plan.legend.length > 0) row = paintLegend(sheet, plan.legend, row, lastColumn, template) + 1;
  plan.fields.forEach(([label, value], n) => {
    paintField(sheet, 4 + n, label, value, lastColumn);
  });

  for (const [label, value] of plan.sources) paintField(sheet, row++, label, value, lastColumn);
  row += 1;
  sheet.getCell(row, 1).value = plan.notesHeading;
  sheet.getCell(row, 1).font = cellFont({ bold: true });
  row += 1;
  for (const note of plan.notes) paintWideText(sheet, row++, 1, lastColumn, note);
  sheet.pageSetup = { ...sheet.pageSetup, ...pageSetupFor(sheetWidth(sheet, lastColumn), print.paper, '1:1') };
  sheet.headerFooter = { ...sheet.headerFooter, ...footerFor(template, print) };
  return sheet;
}
