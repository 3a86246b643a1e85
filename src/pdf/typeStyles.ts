/**
 * The brief's type scale: one family (Source Sans 3), four faces. `leading` is the height of a
 * line box; text sits optically centred in it (see `textTop`). Colours are names resolved from
 * the template's palette when painting.
 */
import type { Face } from '../fonts/fonts.js';

export type ColorName =
  | 'text'
  | 'muted'
  | 'faint'
  | 'rule'
  | 'strong'
  | 'accent'
  /** Marks: each pillar's bars, the direction of a change, the average's tick. */
  | 'criminality'
  | 'resilience'
  | 'worse'
  | 'better'
  | 'average';

export interface TypeStyle {
  readonly face: Face;
  readonly size: number;
  readonly leading: number;
  readonly color: ColorName;
}

const style = (face: Face, size: number, leading: number, color: ColorName = 'text'): TypeStyle => ({ face, size, leading, color });

export const TYPE = {
  kicker: style('semibold', 9, 12, 'accent'),
  title: style('bold', 30, 36),
  /** A title too long for one line at the title size ("République démocratique du Congo"). */
  titleLong: style('bold', 24, 29),
  location: style('regular', 12.5, 17, 'muted'),
  h2: style('bold', 17, 22),
  h3: style('semibold', 12.5, 17),
  h4: style('semibold', 10.5, 15, 'muted'),
  body: style('regular', 10, 14.5),
  narrative: style('regular', 9.5, 13.25),
  intro: style('regular', 10, 14.5, 'muted'),
  caption: style('semibold', 10, 14),
  cardLabel: style('semibold', 11, 15),
  cardReading: style('regular', 8.5, 12, 'muted'),
  bigFigure: style('bold', 30, 34),
  figureChange: style('regular', 10.5, 14, 'muted'),
  rankLine: style('regular', 9.5, 13),
  cell: style('regular', 9, 11.5),
  cellStrong: style('semibold', 9, 11.5),
  cellMuted: style('regular', 9, 11.5, 'muted'),
  mark: style('regular', 9, 12.5),
  scale: style('regular', 8, 10.5, 'muted'),
  fact: style('regular', 9.5, 13.5),
  definition: style('regular', 8, 10.5, 'muted'),
  tableHead: style('semibold', 8, 10.5, 'muted'),
  groupRow: style('semibold', 9, 11.5, 'accent'),
  term: style('semibold', 9, 12.5),
  glossaryTerm: style('regular', 8, 10.5),
  small: style('regular', 9, 12.5),
  footer: style('regular', 8, 10, 'muted'),
} as const satisfies Record<string, TypeStyle>;

export type TypeName = keyof typeof TYPE;

/**
 * Where pdfkit must be told to draw a line (pdfkit's y is the top of the font's ascender, the
 * baseline lying one em below for Source Sans 3, whose ascender is 1000/1000) so that the glyphs
 * sit centred in a line box of height `leading` starting at `lineTop`.
 */
export function textTop(lineTop: number, style: TypeStyle): number {
  // Caps span 0.66 em above the baseline, descenders 0.2 em below: centre that band.
  return lineTop + style.leading / 2 - 0.77 * style.size;
}
