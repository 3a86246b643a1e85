/**
 * The `scope` part of templates/workbook.json → ScopeTemplate: the words of the region,
 * continent and world workbooks (buildScopeWorkbook). What differs by kind of scope sits under
 * `kinds` (how the scope is named, the document category) and `sheets.groups` (the sheet of a
 * continent's regions, or of the world's continents and regions; a region has none). Notes may
 * be limited to some kinds, or to workbooks with (or without) a previous edition.
 */
import * as z from 'zod';
import { LegendText, namesDiffer, SheetName, When } from './templateParts.js';

export const ScopeKind = z.enum(['region', 'continent', 'world']);

/** How a kind of scope is named: {scope} in text ("South America", "The world"), its noun, its category. */
const KindWords = z.strictObject({ scope: z.string().min(1), noun: z.string().min(1), category: z.string().min(1) });

/** A Summary note: always shown, or only for some kinds of scope and/or when `when` holds. */
const ScopeNote = z.union([z.string(), z.strictObject({ when: When.optional(), kinds: z.array(ScopeKind).min(1).optional(), text: z.string() })]);
export type ScopeNote = z.infer<typeof ScopeNote>;

const Sheets = z
  .strictObject({
    summary: SheetName,
    members: SheetName,
    indicators: SheetName,
    editions: SheetName,
    /** The sub-groups' sheet: a continent's regions, the world's continents and regions. */
    groups: z.strictObject({ continent: SheetName, world: SheetName }),
  })
  .superRefine(({ groups, ...sheets }, context) => {
    const message = 'sheet names must differ (Excel ignores case)';
    if (!namesDiffer(Object.values(sheets))) return void context.addIssue({ code: 'custom', message });
    for (const kind of ['continent', 'world'] as const) {
      if (!namesDiffer([...Object.values(sheets), groups[kind]])) context.addIssue({ code: 'custom', path: ['groups', kind], message });
    }
  });

export const ScopeTemplate = z.strictObject({
  /** {scope}, {name}, {edition}, {editions}. */
  title: z.string(),
  subject: z.string(),
  keywords: z.array(z.string()),
  kinds: z.strictObject({ region: KindWords, continent: KindWords, world: KindWords }),
  sheets: Sheets,
  summary: z.strictObject({
    heading: z.string(),
    subheading: z.string(),
    fields: z.strictObject({
      name: z.string(),
      kind: z.string(),
      continent: z.string(),
      edition: z.string(),
      previousEdition: z.string(),
      members: z.string(),
      source: z.string(),
      citation: z.string(),
      dataFiles: z.string(),
    }),
    columns: z.strictObject({ composite: z.string(), higherIs: z.string(), average: z.string(), change: z.string() }),
    notesHeading: z.string(),
    notes: z.array(ScopeNote),
  }),
  members: z.strictObject({
    country: z.string(),
    iso3: z.string(),
    continent: z.string(),
    region: z.string(),
    score: z.string(),
    rank: z.string(),
    previousRank: z.string(),
    quadrant: z.string(),
  }),
  indicators: z.strictObject({
    pillar: z.string(),
    group: z.string(),
    indicator: z.string(),
    average: z.string(),
    difference: z.string(),
    differenceNote: z.string(),
    change: z.string(),
  }),
  groups: z.strictObject({
    kind: z.string(),
    name: z.string(),
    continent: z.string(),
    countries: z.string(),
    score: z.string(),
    change: z.string(),
  }),
  editions: z.strictObject({ composite: z.string(), reading: z.string(), change: z.string() }),
  /**
   * The Indicators sheet colours a difference from the world as it colours a change: dark orange
   * for worse, dark blue for better. Its legend says which the colour stands for there.
   */
  legend: z.strictObject({
    worseThanWorld: LegendText,
    betterThanWorld: LegendText,
    worseEither: LegendText,
    betterEither: LegendText,
  }),
});
export type ScopeTemplate = z.infer<typeof ScopeTemplate>;
