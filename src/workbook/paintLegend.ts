/**
 * LegendLine[] → legend rows on a sheet: each line's sample in column 1, coloured exactly as the
 * table colours its cells, its meaning in column 2 and the detail in column 3, running on over
 * the empty cells to its right. Wide sheets repeat columns 1 and 2 on every printed page, so
 * the sample and its meaning print whole on each; the detail prints with the first columns.
 */
import type { Worksheet } from 'exceljs';
import { NUMBER_FORMATS, paintColours } from './cellStyles.js';
import { textLength } from './measureText.js';
import type { CellPlan, LegendLine } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

/** Room for `chars` characters, as paintTable sizes columns (2 for air, 0.7 for cell padding). */
function widen(sheet: Worksheet, column: number, chars: number): void {
  const target = sheet.getColumn(column);
  target.width = Math.max(target.width ?? 0, chars + 2.7);
}

function shownLength({ value }: CellPlan): number {
  if (value === null) return 0;
  return typeof value === 'number' ? value.toFixed(2).length : textLength(value);
}

/** Paints `legend` from `firstRow`; returns the row after the last line. */
export function paintLegend(sheet: Worksheet, legend: readonly LegendLine[], firstRow: number, template: WorkbookTemplate): number {
  widen(sheet, 1, Math.max(0, ...legend.map((line) => shownLength(line.sample))));
  widen(sheet, 2, Math.max(0, ...legend.map((line) => textLength(line.meaning))));
  legend.forEach(({ sample, meaning, detail }, n) => {
    const row = firstRow + n;
    const swatch = sheet.getCell(row, 1);
    swatch.value = sample.value;
    swatch.numFmt = typeof sample.value === 'number' ? NUMBER_FORMATS[sample.kind ?? 'score'] : '@';
    swatch.alignment = { horizontal: 'center', vertical: 'top' };
    paintColours(swatch, sample, template.colours);
    [meaning, detail].forEach((text, c) => {
      const target = sheet.getCell(row, 2 + c);
      target.value = text;
      target.numFmt = '@';
      target.alignment = { vertical: 'top' };
    });
  });
  return firstRow + legend.length;
}
