/**
 * The zod pieces the workbook templates share (workbookTemplate.ts, scopeTemplate.ts): a sheet
 * name Excel accepts, a set of sheet names that differ, a legend line, and text shown only in
 * workbooks with (or without) a previous edition.
 */
import * as z from 'zod';

/**
 * Excel refuses (with a repair prompt) sheet names over 31 characters or with []:*?/\ in them,
 * and keeps "History" for itself (exceljs throws on it).
 */
export const SheetName = z
  .string()
  .min(1)
  .max(31, 'a sheet name has at most 31 characters')
  .regex(/^[^[\]:*?/\\]+$/, 'a sheet name cannot contain [ ] : * ? / \\')
  .refine((name) => !name.startsWith("'") && !name.endsWith("'"), 'a sheet name cannot start or end with an apostrophe')
  .refine((name) => name.toLowerCase() !== 'history', 'Excel reserves the sheet name "History"');

/** Whether `names` differ as Excel compares sheet names (ignoring case). */
export function namesDiffer(names: readonly string[]): boolean {
  return new Set(names.map((name) => name.toLowerCase())).size === names.length;
}

export function distinctSheets<T extends Record<string, string>>(shape: z.ZodType<T>) {
  return shape.refine((sheets) => namesDiffer(Object.values(sheets)), {
    message: 'sheet names must differ (Excel ignores case)',
  });
}

/** [meaning, detail]: the meaning prints beside the sample on every page, so it stays short. */
export const LegendText = z.tuple([z.string().min(1).max(30, 'a legend meaning has at most 30 characters'), z.string()]);

/**
 * Text that only some workbooks show: "compared" where there is a previous edition (so changes
 * and a Deltas sheet), "firstEdition" where there is none.
 */
export const When = z.enum(['compared', 'firstEdition']);
export type When = z.infer<typeof When>;

/** Whether text marked `when` shows in a workbook with (compared) or without a previous edition. */
export function showsIn(when: When | undefined, compared: boolean): boolean {
  return when === undefined || (when === 'compared') === compared;
}
