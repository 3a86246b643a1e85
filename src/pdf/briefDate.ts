/**
 * The date a brief carries (CreationDate, ModDate, and so the document ID): SOURCE_DATE_EPOCH
 * when set, as reproducible builds expect, else the last day of the edition's year. Never the
 * clock: the same data must give the same bytes.
 */
export function briefDate(edition: number, sourceDateEpoch: string | undefined = process.env.SOURCE_DATE_EPOCH): Date {
  if (sourceDateEpoch !== undefined && sourceDateEpoch.trim() !== '') {
    if (!/^\d+$/.test(sourceDateEpoch.trim())) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${sourceDateEpoch}"`);
    return new Date(Number(sourceDateEpoch.trim()) * 1000);
  }
  return new Date(`${edition}-12-31T00:00:00Z`);
}
