/**
 * The files in data/, as zod schemas beside their types. Every file the generator reads is
 * checked here once; later stages trust these types.
 */
import * as z from 'zod';
import { COUNTRIES } from '../index/countries.js';
import { editionYearProblem } from '../index/editions.js';
import { INDICATORS, MARKET_GROUPS, RESILIENCE_GROUPS } from '../index/taxonomy.js';

const iso3s = COUNTRIES.map((c) => c.iso3) as [string, ...string[]];
const indicatorIds = INDICATORS.map((i) => i.id) as [string, ...string[]];

export const Iso3 = z.enum(iso3s, { error: (issue) => `unknown ISO3 code ${JSON.stringify(issue.input)}` });
export const IndicatorId = z.enum(indicatorIds, { error: (issue) => `unknown indicator ${JSON.stringify(issue.input)}` });

/** An indicator score: 1 to 10 in steps of 0.5. */
export const Score = z
  .number()
  .min(1, 'expected a score from 1 to 10')
  .max(10, 'expected a score from 1 to 10')
  .refine((n) => Number.isInteger(n * 2), 'expected a score in steps of 0.5');

/** A published composite: 1 to 10, at most 2 decimals. */
export const Published = z
  .number()
  .min(1)
  .max(10)
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'expected at most 2 decimals');

/** A change as a page prints it: −9 to +9, 2 decimals. */
export const Change = z
  .number()
  .min(-9)
  .max(9)
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'expected at most 2 decimals');

/** An edition's year: from the first edition (2021) to next year. */
export const EditionYear = z
  .number()
  .int()
  .superRefine((year, context) => {
    const problem = editionYearProblem(year);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/**
 * The most narrative a profile may have: far beyond any real country page (about 30 paragraphs,
 * the longest about 1,200 characters), so that a profile the importer accepts always makes a
 * brief of a sensible length.
 */
export const MAX_PARAGRAPHS = 100;
export const MAX_PARAGRAPH_CHARS = 5_000;
/** A fact of the profile box in words (a capital, an income group): a line of the box. */
export const MAX_FACT_CHARS = 200;
/** An indicator's definition as its page prints it: about 150 characters. */
export const MAX_DEFINITION_CHARS = 1_000;

export const Source = z.strictObject({
  file: z.string().min(1),
  sheet: z.string().min(1).optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const EditionCountry = z.strictObject({
  iso3: Iso3,
  /** The name as the source spelled it, kept for the record. */
  sourceName: z.string(),
  published: z.strictObject({ criminality: Published, markets: Published, actors: Published, resilience: Published }),
  scores: z.partialRecord(IndicatorId, Score),
});
export type EditionCountry = z.infer<typeof EditionCountry>;

export const EditionFile = z.strictObject({
  edition: EditionYear,
  source: Source,
  countries: z.array(EditionCountry),
});
export type EditionFile = z.infer<typeof EditionFile>;

const Group = z.enum([...MARKET_GROUPS, 'Criminal actors', ...RESILIENCE_GROUPS]);

export const Paragraph = z.strictObject({
  text: z.string().min(1).max(MAX_PARAGRAPH_CHARS, `expected a paragraph of at most ${MAX_PARAGRAPH_CHARS} characters`),
  pillar: z.enum(['criminality', 'resilience']).nullable(),
  group: Group.nullable(),
  indicators: z.array(IndicatorId),
  /** "inferred" by the importer, "checked" once a person has confirmed or corrected it, "unplaced" when no indicator fit. */
  tagging: z.enum(['inferred', 'checked', 'unplaced']),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const PageScore = z.strictObject({
  score: Published,
  /** null where the page prints n/a: the indicator is new in this edition. */
  change: Change.nullable(),
});

/**
 * The profile box of a country page, as figures. A field the page's layout lacks is absent; one
 * the page prints as "No data" is null. 2021 and 2023 pages also give the income group, the
 * geography type and (2023) the GINI index; 2025 pages only capital, population, GDP and area.
 */
export const ProfileFacts = z.strictObject({
  capital: z.string().min(1).max(MAX_FACT_CHARS).optional(),
  population: z.number().int().positive().nullable().optional(),
  /** GDP in millions of current US dollars. */
  gdpUsdMillions: z.number().nonnegative().nullable().optional(),
  areaKm2: z.number().positive().nullable().optional(),
  incomeGroup: z.string().min(1).max(MAX_FACT_CHARS).nullable().optional(),
  geographyType: z.string().min(1).max(MAX_FACT_CHARS).nullable().optional(),
  gini: z.number().min(0).max(100).nullable().optional(),
});
export type ProfileFacts = z.infer<typeof ProfileFacts>;

export const ProfileFile = z.strictObject({
  iso3: Iso3,
  edition: EditionYear,
  source: Source,
  /** The page's profile box, when the copied text includes it. */
  facts: ProfileFacts.optional(),
  components: z.strictObject({ markets: PageScore, actors: PageScore }),
  indicators: z.array(PageScore.extend({ id: IndicatorId, definition: z.string().max(MAX_DEFINITION_CHARS) }).strict()),
  paragraphs: z.array(Paragraph).max(MAX_PARAGRAPHS, `expected at most ${MAX_PARAGRAPHS} paragraphs`),
});
export type ProfileFile = z.infer<typeof ProfileFile>;

/** zod issues as Problems: "countries[12].scores.cocaine-trade: expected a score in steps of 0.5". */
export function issuesToProblems(error: z.ZodError): { at: string; message: string }[] {
  return error.issues.map((issue) => ({
    at: issue.path.map((key, n) => (typeof key === 'number' ? `[${key}]` : `${n === 0 ? '' : '.'}${String(key)}`)).join(''),
    message: issue.message,
  }));
}
