/**
 * How cells look, shared by every painter: the number format of each column kind, the font
 * every styled cell names in full, and the colours of a change (tone), a score (heat) or n/a.
 *
 * Numbers are stored as numbers and only shown with these formats, so a reader's sums and
 * charts use the real values. Changes carry an explicit sign; the negative section prints a
 * real minus sign (U+2212, as the briefs do), quoted because Excel takes only a few ASCII
 * symbols unquoted. A format's negative section shows the absolute value, so "−" is not doubled.
 *
 * A font given only as {bold: true} is written without a name or size, and readers then fall
 * back to their own default (LibreOffice picks a serif), hence cellFont.
 */
import type { Cell, Font } from 'exceljs';
import { heatColour } from './heatColour.js';
import type { CellPlan, ColumnKind } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

export const NUMBER_FORMATS: Readonly<Record<ColumnKind, string>> = {
  text: '@',
  prose: '@',
  score: '0.00',
  change: '+0.00;"\u2212"0.00;0.00',
  integer: '0',
};

const DEFAULT_FONT: Partial<Font> = { name: 'Calibri', family: 2, scheme: 'minor', size: 11 };

/** Font options → a complete exceljs font in the workbook's default face. */
export function cellFont(options: Partial<Font> = {}): Partial<Font> {
  return { ...DEFAULT_FONT, ...options };
}

/**
 * A planned cell's colours onto an exceljs cell: "n/a" in muted grey text; a change's tone
 * (a dark fill with white text: orange for worse, blue for better, none for unchanged), else a
 * score's heat fill. Tables and legends both use it, so a legend's sample looks exactly like
 * the cells it explains.
 */
export function paintColours(target: Cell, planned: CellPlan, colours: WorkbookTemplate['colours']): void {
  if (planned.notAvailable) {
    target.font = cellFont({ color: { argb: colours.muted } });
  } else if (planned.tone && planned.tone !== 'unchanged') {
    const direction = colours[planned.tone];
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: direction.toneFill } };
    target.font = cellFont({ color: { argb: direction.toneFont } });
  } else if (planned.heat && typeof planned.value === 'number') {
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: heatColour(planned.value, colours[planned.heat]) } };
  }
}
