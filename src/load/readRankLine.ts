/**
 * One rank line of a country page → its parts: "10th of 35 countries in Americas-1" → rank 10,
 * of 35, group "Americas", change −1, printed without a space.
 *
 * The printed change is kept as printed. Its sign means different things by edition (previous
 * − current until 2023, current − previous from 2025), so only the check against the data,
 * which knows the edition, interprets it. Whether a space precedes it is kept too: 2023 pages
 * glue the change to the continent and region names, 2025 pages do not, which tells layouts apart.
 */

export interface RankLine {
  readonly line: number;
  readonly text: string;
  readonly rank: number;
  readonly of: number;
  /** "Americas", "South America"; null on the world line ("31st of 193 countries"). */
  readonly group: string | null;
  /** As printed, sign and all; null when the line prints none (2021 pages). */
  readonly change: number | null;
  /** A space between the line and its change ("Americas -1"), not glued ("Americas-1"). */
  readonly spaced: boolean;
}

// The group is lazy so that a glued change ("Americas-1") is not read as part of the name.
const RANK_LINE = /^(\d{1,3})(?:st|nd|rd|th) of (\d{1,3}) countries(?: in (.+?))?( ?)(?:([-−+]?)(\d{1,3}))?$/;

/** A rank line's parts, or undefined when the line is no rank line. */
export function readRankLine(line: number, text: string): RankLine | undefined {
  const match = RANK_LINE.exec(text);
  if (!match) return undefined;
  const [, rank, of, group, space, sign, change] = match;
  return {
    line,
    text,
    rank: Number(rank),
    of: Number(of),
    group: group ?? null,
    change: change === undefined ? null : (sign === '-' || sign === '−' ? -1 : 1) * Number(change),
    spaced: change !== undefined && space === ' ',
  };
}
