/**
 * Standard competition ranking ("1, 2, 2, 4"): rank 1 is the highest value.
 *
 * The values are the doubles the Index itself computes, (sum of markets / n + sum of actors /
 * m) / 2 and the like (see siteValues in scoreEdition.ts), not the exact fractions: ocindex.net
 * orders countries by those doubles, so two exact ties whose doubles differ in the last bit get
 * different ranks (2023 Romania prints 123rd, Guinea 122nd, both exactly 4.58333…). Countries
 * whose doubles are equal share a rank.
 */
export function rankCountries(values: ReadonlyMap<string, number>): Map<string, number> {
  const sorted = [...values.values()].sort((a, b) => b - a);
  const firstIndex = new Map<number, number>();
  sorted.forEach((value, index) => {
    if (!firstIndex.has(value)) firstIndex.set(value, index);
  });
  const ranks = new Map<string, number>();
  for (const [key, value] of values) ranks.set(key, firstIndex.get(value)! + 1);
  return ranks;
}
