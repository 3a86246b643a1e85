/**
 * How cells look, shared by every painter: the number format of each column kind, and the
 * font every styled cell names in full.
 *
 * Numbers are stored as numbers and only shown with these formats, so a reader's sums and
 * charts use the real values. Changes carry an explicit sign; the negative section prints a
 * real minus sign (U+2212, as the briefs do), quoted because Excel takes only a few ASCII
 * symbols unquoted. A format's negative section shows the absolute value, so "−" is not doubled.
 *
 * A font given only as {bold: true} is written without a name or size, and readers then fall
 * back to their own default (LibreOffice picks a serif), hence cellFont.
 */
import type { Font } from 'exceljs';
import type { ColumnKind } from './tablePlan.js';

export const NUMBER_FORMATS: Readonly<Record<ColumnKind, string>> = {
  text: '@',
  prose: '@',
  score: '0.00',
  change: '+0.00;"\u2212"0.00;0.00',
  integer: '0',
  rankChange: '+0;"\u2212"0;0',
};

const DEFAULT_FONT: Partial<Font> = { name: 'Calibri', family: 2, scheme: 'minor', size: 11 };

/** Font options → a complete exceljs font in the workbook's default face. */
export function cellFont(options: Partial<Font> = {}): Partial<Font> {
  return { ...DEFAULT_FONT, ...options };
}
