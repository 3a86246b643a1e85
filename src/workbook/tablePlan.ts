/**
 * A sheet's table as plain data: what each column holds and how it reads, and every cell's
 * value, colour role and note. The layout* functions build these from the model (pure, easy to
 * test); paintTable turns one into exceljs cells. Nothing here knows about exceljs.
 */

/** Which way a score reads: markets and actors (and criminality) higher is worse, resilience better. */
export type HigherIs = 'worse' | 'better';

/** A change seen through its direction: a rise in a market score is 'worse'. */
export type Tone = 'worse' | 'better' | 'unchanged';

/**
 * How a column's numbers are stored and shown. Values are plain numbers in the unit a reader
 * sees (6.4, not 640); the painter only chooses the number format.
 */
export type ColumnKind =
  | 'text' // one line; the column grows to fit
  | 'prose' // long text, wrapped in a column of bounded width; the row grows to fit
  | 'score' // 0.00
  | 'change' // +0.00 / −0.00 / 0.00
  | 'integer'; // ranks, counts, years
// There is deliberately no signed rank change: ocindex.net printed previous − current until 2023
// and current − previous from 2025, so readers take its sign either way. Sheets show the
// previous rank beside the current one instead.

export interface ColumnPlan {
  readonly header: string;
  readonly kind: ColumnKind;
  /** A note on the header cell: a definition, or why the column reads n/a. */
  readonly headerNote?: string;
  /**
   * A conditional colour scale over the whole column, from white at 1 to a dark tone at 10.
   * Only for columns whose every row reads the same way; sorting rows keeps it right.
   */
  readonly colourScale?: HigherIs;
  /** For prose: the width it wraps at (default 80 characters). */
  readonly maxWidth?: number;
}

/** A cell's value: a string stays text (never a formula), null is a blank cell. */
export type CellValue = string | number | null;

export interface CellPlan {
  readonly value: CellValue;
  /** Fill and font for a change: orange for worse, blue for better. */
  readonly tone?: Tone;
  /**
   * A fill computed from the value, as a colour scale would, for columns whose rows read in
   * different directions (a country's market and resilience indicators in one column). Stored
   * on the cell, so it travels with the row when a reader sorts.
   */
  readonly heat?: HigherIs;
  readonly note?: string;
  /** Shown as this kind rather than the column's: a rank in a column of scores. */
  readonly kind?: ColumnKind;
  /**
   * The text "n/a" where a change does not exist (an indicator new in the edition), written as
   * the briefs print it: muted and right-aligned, so a column of numbers still reads as one.
   */
  readonly notAvailable?: true;
}

/**
 * A line of a sheet's legend, painted above the table: a sample cell coloured as the table
 * colours its cells (or blank), what it means in a few words, and the detail. A sheet that
 * colours cells says so on itself.
 */
export interface LegendLine {
  readonly sample: CellPlan;
  readonly meaning: string;
  readonly detail: string;
}

export interface TablePlan {
  readonly columns: readonly ColumnPlan[];
  /** Each row has one cell per column. */
  readonly rows: readonly (readonly CellPlan[])[];
  /** Columns kept in view when scrolling right (ISO3 and country name, say). */
  readonly frozenColumns?: number;
  /** false for prose sheets where a filter helps nobody. */
  readonly filter?: boolean;
  /** What the colours mean, above the header; every sheet with coloured changes has one. */
  readonly legend?: readonly LegendLine[];
}

/** A cell with only a value. */
export function cell(value: CellValue, extra: Omit<CellPlan, 'value'> = {}): CellPlan {
  return { value, ...extra };
}

/** A change that does not exist: the template's "n/a", marked so painters and legends know it. */
export function notAvailableCell(text: string, extra: Omit<CellPlan, 'value' | 'notAvailable'> = {}): CellPlan {
  return { value: text, notAvailable: true, ...extra };
}

/** Model hundredths → the number a cell stores: 640 → 6.4 (the nearest double, as typed). */
export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}

/**
 * A score change and the direction its score reads → Tone. A rise in a market or actor score is
 * worse; a rise in resilience is better. Only for scores: a rank is never toned (see ColumnKind).
 */
export function toneOfChange(change: number, higherIs: HigherIs): Tone {
  if (change === 0) return 'unchanged';
  return change > 0 === (higherIs === 'worse') ? 'worse' : 'better';
}
