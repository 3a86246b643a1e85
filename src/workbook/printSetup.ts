/**
 * A sheet's width and the run's paper → how it prints: paper size, orientation, one page wide
 * (as many pages tall as it takes), margins, the rows repeated at the top of every page (the
 * legend and the table's header) and a footer naming workbook, sheet and page.
 *
 * Portrait when the sheet fits a portrait page at full size, else landscape. A sheet prints one
 * page wide unless that would shrink its text below MIN_SCALE of its size (about 7 pt): the
 * all-countries tables of 40 to 52 columns would print at 4 pt. Those print as few pages wide
 * as keeps them readable, with the frozen columns (ISO3 and country) repeated on each, so no
 * page holds figures without the country they belong to.
 */
import type { HeaderFooter, PageSetup } from 'exceljs';
import type { Paper } from '../outputPaths.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

/** What every sheet of one workbook prints with. */
export interface PrintOptions {
  readonly paper: Paper;
  /** The workbook's title, for the footer. */
  readonly title: string;
}

/** Excel's paper codes. */
const PAPER_SIZE: Readonly<Record<Paper, number>> = { a4: 9, letter: 1 };
/** Portrait page width, in inches. */
const PAPER_WIDTH: Readonly<Record<Paper, number>> = { a4: 8.27, letter: 8.5 };
/** Inches: narrow sides, so wide tables print as large as they can; room for the footer below. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 };
/** Width units an inch: a unit is a digit of 7 px at 96 px an inch. */
const UNITS_PER_INCH = 96 / 7;

/** Portrait page height, in inches: a landscape page's width. */
const PAPER_HEIGHT: Readonly<Record<Paper, number>> = { a4: 11.69, letter: 11 };
/** The smallest print scale that keeps 11 pt cell text readable (about 7 pt). */
export const MIN_SCALE = 0.65;

/** The widest sheet, in width units, that prints at full size on a portrait page. */
export function portraitWidth(paper: Paper): number {
  return (PAPER_WIDTH[paper] - MARGINS.left - MARGINS.right) * UNITS_PER_INCH;
}

function landscapeWidth(paper: Paper): number {
  return (PAPER_HEIGHT[paper] - MARGINS.left - MARGINS.right) * UNITS_PER_INCH;
}

/** How many landscape pages wide a sheet prints so that its text keeps MIN_SCALE of its size. */
export function pagesWide(width: number, paper: Paper): number {
  return Math.max(1, Math.ceil((width * MIN_SCALE) / landscapeWidth(paper)));
}

/**
 * A sheet `width` units wide → its page setup. `titleRows` ("1:7") print at the top of every
 * page: the legend and the header, so every page says what its colours and columns mean;
 * `titleColumns` ("A:B") at the left of every page when the sheet prints several pages wide.
 */
export function pageSetupFor(width: number, paper: Paper, titleRows: string, titleColumns?: string): Partial<PageSetup> {
  const wide = pagesWide(width, paper);
  return {
    paperSize: PAPER_SIZE[paper] as PageSetup['paperSize'],
    orientation: width <= portraitWidth(paper) ? 'portrait' : 'landscape',
    fitToPage: true,
    fitToWidth: wide,
    fitToHeight: 0,
    margins: MARGINS,
    printTitlesRow: titleRows,
    ...(wide > 1 && titleColumns ? { printTitlesColumn: titleColumns } : {}),
  };
}

/** "&" starts a code in Excel's header and footer text; a literal one is written twice. */
function literal(text: string): string {
  return text.replaceAll('&', '&&');
}

/** The footer: title and sheet at the left, "Page 2 of 5" at the right, from the template. */
export function footerFor(template: WorkbookTemplate, options: PrintOptions): Partial<HeaderFooter> {
  const codes = { title: literal(options.title), sheet: '&A', page: '&P', pages: '&N' };
  const left = fillPlaceholders(template.print.footerLeft, codes);
  const right = fillPlaceholders(template.print.footerRight, codes);
  return { oddFooter: `&L${left}&R${right}` };
}
