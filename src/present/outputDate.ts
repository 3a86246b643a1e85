/**
 * Edition (+ SOURCE_DATE_EPOCH) → the date an output says it was made: PDF CreationDate and
 * ModDate (and so the document ID), workbook properties and zip entries. Never the clock: the
 * same data must give the same bytes.
 *
 * SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/) wins when set;
 * otherwise the last day of the edition's year, which is what the data can vouch for.
 */
export function outputDate(edition: number, sourceDateEpoch: string | undefined = process.env.SOURCE_DATE_EPOCH): Date {
  const epoch = sourceDateEpoch?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${sourceDateEpoch}"`);
    const date = new Date(Number(epoch) * 1000);
    // A zip entry (an .xlsx is a zip) cannot record a date before 1980.
    if (date.getUTCFullYear() < 1980) throw new Error(`SOURCE_DATE_EPOCH ${epoch} is before 1980, which a zip file cannot record`);
    return date;
  }
  return new Date(`${edition}-12-31T00:00:00Z`);
}
