/**
 * templates/workbook.json → WorkbookTemplate: every word an editor may change in the two
 * workbooks (sheet names, headers, labels, notes, the About text) and the palette, checked once
 * when the module loads so that the sheet builders can trust it.
 */
import { z } from 'zod';
import raw from '../../templates/workbook.json' with { type: 'json' };

/**
 * Excel refuses (with a repair prompt) sheet names over 31 characters or with []:*?/\ in them,
 * and keeps "History" for itself (exceljs throws on it).
 */
const SheetName = z
  .string()
  .min(1)
  .max(31, 'a sheet name has at most 31 characters')
  .regex(/^[^[\]:*?/\\]+$/, 'a sheet name cannot contain [ ] : * ? / \\')
  .refine((name) => !name.startsWith("'") && !name.endsWith("'"), 'a sheet name cannot start or end with an apostrophe')
  .refine((name) => name.toLowerCase() !== 'history', 'Excel reserves the sheet name "History"');

/** ARGB, as exceljs wants it: "FFF16913". */
const Argb = z.string().regex(/^[0-9A-F]{8}$/, 'expected a colour as 8 upper-case hex digits (ARGB)');

const Direction = z.strictObject({ low: Argb, mid: Argb, high: Argb, toneFill: Argb, toneFont: Argb });

function distinctSheets<T extends Record<string, string>>(shape: z.ZodType<T>) {
  return shape.refine((sheets) => new Set(Object.values(sheets).map((s) => s.toLowerCase())).size === Object.keys(sheets).length, {
    message: 'sheet names must differ (Excel ignores case)',
  });
}

/** [meaning, detail]: the meaning prints beside the sample on every page, so it stays short. */
const LegendText = z.tuple([z.string().min(1).max(30, 'a legend meaning has at most 30 characters'), z.string()]);

const Scopes = z.strictObject({ world: z.string(), continent: z.string(), region: z.string() });

export const WorkbookTemplate = z.strictObject({
  creator: z.string().min(1),
  publisher: z.string().min(1),
  indexName: z.string().min(1),
  website: z.string().min(1),
  citation: z.string().min(1),
  source: z.string().min(1),
  /** "2025, 2023 and 2021": the separator, then the joiner before the last. */
  editionsJoiner: z.string(),
  editionsSeparator: z.string(),
  noPreviousEdition: z.string(),
  pillars: z.strictObject({ criminality: z.string(), resilience: z.string() }),
  higherIs: z.strictObject({ worse: z.string(), better: z.string() }),
  reading: z.strictObject({ worse: z.string(), better: z.string(), unchanged: z.string() }),
  notes: z.strictObject({
    newIndicator: z.string(),
    newIndicatorColumn: z.string(),
    noPreviousEdition: z.string(),
    comparison: z.string(),
    indicatorHeader: z.string(),
    compositeHeader: z.string(),
    truncated: z.string(),
    notScoredYet: z.string(),
    changeBetween: z.string(),
  }),
  /** Each legend line: what a colour (or a blank) means, short enough for the country column, then the detail. */
  legend: z.strictObject({
    worseChange: LegendText,
    betterChange: LegendText,
    worseScore: LegendText,
    betterScore: LegendText,
    blankChange: LegendText,
    blankNoPrevious: LegendText,
    blankScore: LegendText,
    ranks: LegendText,
  }),
  country: z.strictObject({
    title: z.string(),
    subject: z.string(),
    keywords: z.array(z.string()),
    category: z.string(),
    sheets: distinctSheets(
      z.strictObject({ summary: SheetName, scores: SheetName, deltas: SheetName, history: SheetName, narrative: SheetName }),
    ),
    summary: z.strictObject({
      heading: z.string(),
      subheading: z.string(),
      fields: z.strictObject({
        country: z.string(),
        iso3: z.string(),
        edition: z.string(),
        previousEdition: z.string(),
        region: z.string(),
        continent: z.string(),
        quadrant: z.string(),
        previousQuadrant: z.string(),
        source: z.string(),
        citation: z.string(),
        dataFiles: z.string(),
      }),
      columns: z.strictObject({
        composite: z.string(),
        higherIs: z.string(),
        score: z.string(),
        previous: z.string(),
        change: z.string(),
        rank: z.string(),
        previousRank: z.string(),
        average: z.string(),
      }),
      notesHeading: z.string(),
      notes: z.array(z.string()),
    }),
    scores: z.strictObject({
      pillar: z.string(),
      group: z.string(),
      indicator: z.string(),
      definition: z.string(),
      score: z.string(),
      previous: z.string(),
      change: z.string(),
      average: z.string(),
    }),
    deltas: z.strictObject({
      pillar: z.string(),
      group: z.string(),
      indicator: z.string(),
      previous: z.string(),
      score: z.string(),
      change: z.string(),
      reading: z.string(),
    }),
    history: z.strictObject({
      pillar: z.string(),
      group: z.string(),
      measure: z.string(),
      reading: z.string(),
      composite: z.string(),
      rank: z.string(),
      rankName: z.string(),
      rankReading: z.string(),
    }),
    narrative: z.strictObject({
      number: z.string(),
      section: z.string(),
      indicators: z.string(),
      text: z.string(),
      unplaced: z.string(),
      sectionPattern: z.string(),
    }),
  }),
  allCountries: z.strictObject({
    title: z.string(),
    subject: z.string(),
    keywords: z.array(z.string()),
    category: z.string(),
    sheets: distinctSheets(
      z.strictObject({ scores: SheetName, deltas: SheetName, editions: SheetName, regions: SheetName, about: SheetName }),
    ),
    columns: z.strictObject({
      iso3: z.string(),
      country: z.string(),
      continent: z.string(),
      region: z.string(),
      rank: z.string(),
      rankIn: z.string(),
      scopes: Scopes,
    }),
    editions: z.strictObject({ score: z.string(), change: z.string() }),
    regions: z.strictObject({
      scope: z.string(),
      name: z.string(),
      continent: z.string(),
      countries: z.string(),
      scopes: Scopes,
    }),
    about: z.strictObject({
      topic: z.string(),
      text: z.string(),
      rows: z.array(z.tuple([z.string(), z.string()])),
    }),
  }),
  colours: z.strictObject({ headerFill: Argb, headerBorder: Argb, worse: Direction, better: Direction }),
});
export type WorkbookTemplate = z.infer<typeof WorkbookTemplate>;

function parseTemplate(input: unknown): WorkbookTemplate {
  const parsed = WorkbookTemplate.safeParse(input);
  if (!parsed.success) throw new Error(`templates/workbook.json:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The checked template the workbook builders use. */
export const WORKBOOK_TEMPLATE: WorkbookTemplate = parseTemplate(raw);
