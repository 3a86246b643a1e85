/**
 * Paper → page geometry, in PDF points (1/72 in). The text column is 468 pt (6.5 in) on both
 * papers, so a brief breaks its lines identically on A4 and US Letter and the charts can be
 * rendered once at BRIEF_CONTENT_WIDTH and drawn at scale 1, type sizes matching the body text.
 */
export type Paper = 'a4' | 'letter';

/** The width of the text column and of every chart, in points. */
export const BRIEF_CONTENT_WIDTH = 468;

const SIZES: Readonly<Record<Paper, { width: number; height: number }>> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

export interface PageGeometry {
  readonly paper: Paper;
  readonly width: number;
  readonly height: number;
  /** The text column: left edge, width, and the top and bottom of the flow area. */
  readonly left: number;
  readonly contentWidth: number;
  readonly top: number;
  readonly bottom: number;
  /** Baseline-free top of the running footer's line box, below `bottom`. */
  readonly footerY: number;
}

/** Top margin and footer band: Letter is 50 pt shorter than A4, so it gives up a little of each. */
const MARGINS: Readonly<Record<Paper, { top: number; footer: number }>> = {
  a4: { top: 50, footer: 54 },
  letter: { top: 44, footer: 50 },
};

export function pageGeometry(paper: Paper): PageGeometry {
  const { width, height } = SIZES[paper];
  const { top, footer: footerHeight } = MARGINS[paper];
  return {
    paper,
    width,
    height,
    left: (width - BRIEF_CONTENT_WIDTH) / 2,
    contentWidth: BRIEF_CONTENT_WIDTH,
    top,
    bottom: height - footerHeight,
    footerY: height - footerHeight + 18,
  };
}
