/**
 * A sheet's width and the run's paper → how it prints: paper size, orientation, one page wide
 * (as many pages tall as it takes), margins, the rows repeated at the top of every page (the
 * legend and the table's header) and a footer naming workbook, sheet and page.
 *
 * Portrait when the sheet fits a portrait page at full size, else landscape. Every sheet prints
 * one page wide: nothing is cut off at the right and no page holds columns without the legend
 * and the country or indicator they belong to.
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

/** The widest sheet, in width units, that prints at full size on a portrait page. */
export function portraitWidth(paper: Paper): number {
  return (PAPER_WIDTH[paper] - MARGINS.left - MARGINS.right) * UNITS_PER_INCH;
}

/**
 * A sheet `width` units wide → its page setup. `titleRows` ("1:7") print at the top of every
 * page: the legend and the header, so every page says what its colours and columns mean.
 */
export function pageSetupFor(width: number, paper: Paper, titleRows: string): Partial<PageSetup> {
  return {
    paperSize: PAPER_SIZE[paper] as PageSetup['paperSize'],
    orientation: width <= portraitWidth(paper) ? 'portrait' : 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: MARGINS,
    printTitlesRow: titleRows,
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
