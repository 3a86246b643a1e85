/**
 * Standard competition ranking ("1, 2, 2, 4"): rank 1 is the highest value. Countries compare
 * by their published (rounded) figure, as the country pages print ranks of printed scores.
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
