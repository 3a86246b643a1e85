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

/** A rank change: −6 → "−6", 3 → "+3", 0 → "0", null → "n/a". */
export function formatRankChange(change: number | null): string {
  if (change === null) return 'n/a';
  return change > 0 ? `+${change}` : change < 0 ? `${MINUS}${-change}` : '0';
}

/** 1 → "1st", 32 → "32nd", 113 → "113th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "32nd of 193 countries", "10th of 35 countries in Americas". */
export function formatRank(rank: { scope: string; group: string; rank: number; of: number }): string {
  const where = rank.scope === 'world' ? '' : ` in ${rank.group}`;
  return `${ordinal(rank.rank)} of ${rank.of} countries${where}`;
}

/** "32nd of 193 countries, −6 since 2021"; without a previous edition, the rank alone. */
export function formatRankLine(
  rank: { scope: string; group: string; rank: number; of: number; change: number | null },
  previousEdition: number | null,
): string {
  if (rank.change === null || previousEdition === null) return formatRank(rank);
  return `${formatRank(rank)}, ${formatRankChange(rank.change)} since ${previousEdition}`;
}
