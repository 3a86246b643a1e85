/**
 * LegendLine[] → legend rows on a sheet: each line's sample in column 1, coloured exactly as the
 * table colours its cells, its meaning in column 2 and the detail from column 3. A detail longer
 * than the table is wide wraps within it, merged across columns 3 to the table's last, so a
 * sheet printed one page wide shows every word of its legend on every page.
 */
import type { Worksheet } from 'exceljs';
import { NUMBER_FORMATS, paintColours } from './cellStyles.js';
import { lineWidth, PROSE_CHARS_PER_UNIT, rowHeightFor, textLength, wrappedLineCount } from './measureText.js';
import type { CellPlan, LegendLine } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

/** Room for `chars` characters, as layoutColumns sizes columns (2 for air, 0.7 for cell padding). */
function widen(sheet: Worksheet, column: number, chars: number): void {
  const target = sheet.getColumn(column);
  target.width = Math.max(target.width ?? 0, chars + 2.7);
}

function shownLength({ value }: CellPlan): number {
  if (value === null) return 0;
  return typeof value === 'number' ? value.toFixed(2).length : textLength(value);
}

/** The detail of row `row` across columns 3..`lastColumn`: one line, or wrapped and merged when longer. */
function paintDetail(sheet: Worksheet, row: number, lastColumn: number, detail: string): void {
  const target = sheet.getCell(row, 3);
  target.value = detail;
  target.numFmt = '@';
  target.alignment = { vertical: 'top' };
  let span = 0;
  for (let c = 3; c <= lastColumn; c += 1) span += sheet.getColumn(c).width ?? 9;
  // Measured exactly for one line; wrapped lines are counted generously, so none is cut off.
  if (lastColumn <= 3 || lineWidth(detail) <= span - 1) return;
  const lines = wrappedLineCount(detail, span - 1, PROSE_CHARS_PER_UNIT);
  sheet.mergeCells(row, 3, row, lastColumn);
  target.alignment = { vertical: 'top', wrapText: true };
  sheet.getRow(row).height = rowHeightFor(lines);
}

/** Paints `legend` from `firstRow` above or below a table of `lastColumn` columns; returns the row after the last line. */
export function paintLegend(sheet: Worksheet, legend: readonly LegendLine[], firstRow: number, lastColumn: number, template: WorkbookTemplate): number {
  widen(sheet, 1, Math.max(0, ...legend.map((line) => shownLength(line.sample))));
  widen(sheet, 2, Math.max(0, ...legend.map((line) => textLength(line.meaning))));
  legend.forEach(({ sample, meaning, detail }, n) => {
    const row = firstRow + n;
    const swatch = sheet.getCell(row, 1);
    swatch.value = sample.value;
    swatch.numFmt = typeof sample.value === 'number' ? NUMBER_FORMATS[sample.kind ?? 'score'] : '@';
    swatch.alignment = { horizontal: 'center', vertical: 'top' };
    paintColours(swatch, sample, template.colours);
    const label = sheet.getCell(row, 2);
    label.value = meaning;
    label.numFmt = '@';
    label.alignment = { vertical: 'top' };
    paintDetail(sheet, row, lastColumn, detail);
  });
  return firstRow + legend.length;
}
