/**
 * Edition (+ SOURCE_DATE_EPOCH) → the date a workbook says it was made: in its document
 * properties and on every zip entry. Never the clock, so the same data gives the same bytes.
 *
 * SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/) wins when set;
 * otherwise the last day of the edition's year, which is what the data can vouch for.
 */
export function documentDate(edition: number, sourceDateEpoch: string | undefined = process.env.SOURCE_DATE_EPOCH): Date {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    if (!/^\d+$/.test(sourceDateEpoch)) {
      throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${sourceDateEpoch}"`);
    }
    const date = new Date(Number(sourceDateEpoch) * 1000);
    // A zip entry cannot record a date before 1980.
    if (date.getUTCFullYear() < 1980) throw new Error(`SOURCE_DATE_EPOCH ${sourceDateEpoch} is before 1980, which a zip file cannot record`);
    return date;
  }
  return new Date(`${edition}-12-31T00:00:00Z`);
}
