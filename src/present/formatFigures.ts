/**
 * How figures are printed, everywhere: briefs, charts and sheets. Input is hundredths
 * (integers, as the model computes them), so nothing is rounded twice and "−0.00" cannot occur.
 */
const MINUS = '\u2212';

/** 640 → "6.40". */
export function formatScore(hundredths: number): string {
  const sign = hundredths < 0 ? MINUS : '';
  const abs = Math.abs(hundredths);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 5 → "+0.05", −20 → "−0.20", 0 → "0.00", null → "n/a" (an indicator new in this edition). */
export function formatChange(hundredths: number | null): string {
  if (hundredths === null) return 'n/a';
  return hundredths > 0 ? `+${formatScore(hundredths)}` : formatScore(hundredths);
}

/** 1 → "1st", 32 → "32nd", 113 → "113th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * Which way a rank moved: "up" toward 1st (relatively more criminal, or more resilient: rank 1
 * is the highest score), "down", "same", or null without a previous rank.
 */
export type RankMove = 'up' | 'down' | 'same';
export function rankMove(rank: { rank: number; previous: number | null }): RankMove | null {
  if (rank.previous === null) return null;
  return rank.rank < rank.previous ? 'up' : rank.rank > rank.previous ? 'down' : 'same';
}
