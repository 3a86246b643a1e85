/**
 * templates/workbook.json → WorkbookTemplate: every word an editor may change in the workbooks
 * (sheet names, headers, labels, notes, the About text) and the palette, checked once when the
 * module loads so that the sheet builders can trust it. The words of the region, continent and
 * world workbooks sit under `scope` (scopeTemplate.ts).
 */
import * as z from 'zod';
import raw from '../../templates/workbook.json' with { type: 'json' };
import rawSpanish from '../../templates/es/workbook.json' with { type: 'json' };
import rawFrench from '../../templates/fr/workbook.json' with { type: 'json' };
import { currentLang, type Lang } from '../present/locale.js';
import { MIN_DISTANCE, MIN_LIGHTNESS_GAP, shadeNear } from './colourDistance.js';
import { ScopeTemplate } from './scopeTemplate.js';
import { distinctSheets, LegendText, SheetName, When } from './templateParts.js';

export { showsIn, When } from './templateParts.js';

/** ARGB, as exceljs wants it: "FFF16913". */
const Argb = z.string().regex(/^[0-9A-F]{8}$/, 'expected a colour as 8 upper-case hex digits (ARGB)');

const Direction = z.strictObject({ low: Argb, mid: Argb, high: Argb, toneFill: Argb, toneFont: Argb });

/** A note: always shown, or only when `when` holds. */
const Note = z.union([z.string(), z.strictObject({ when: When, text: z.string() })]);

/** An About row: [topic, text], or one shown only when `when` holds. */
const AboutRow = z.union([z.tuple([z.string(), z.string()]), z.strictObject({ when: When, topic: z.string(), text: z.string() })]);

/** Footer text: {page} and {pages} become the page number and count, {sheet} the sheet's name. */
const FooterText = z.string().refine((text) => !/&/.test(text), 'write "and" rather than "&", which Excel reads as a footer code');

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
  /** What a change that does not exist reads, as the briefs print it: "n/a". */
  notAvailable: z.string().min(1),
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
    notAvailable: LegendText,
    blankScore: LegendText,
    ranks: LegendText,
  }),
  print: z.strictObject({ about: z.string(), footerLeft: FooterText, footerRight: FooterText }),
  country: z.strictObject({
    title: z.string(),
    subject: z.string(),
    keywords: z.array(z.string()),
    category: z.string(),
    sheets: distinctSheets(z.strictObject({ summary: SheetName, scores: SheetName, deltas: SheetName, history: SheetName, narrative: SheetName })),
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
      notes: z.array(Note),
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
    sheets: distinctSheets(z.strictObject({ scores: SheetName, deltas: SheetName, editions: SheetName, regions: SheetName, about: SheetName })),
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
      rows: z.array(AboutRow),
    }),
  }),
  scope: ScopeTemplate,
  colours: z.strictObject({ headerFill: Argb, headerBorder: Argb, muted: Argb, worse: Direction, better: Direction }).superRefine((colours, context) => {
    // A change's fill must never pass for a score's shade (see shadeNear).
    for (const direction of ['worse', 'better'] as const) {
      const near = shadeNear(colours[direction].toneFill, [colours.worse, colours.better]);
      if (near === undefined) continue;
      context.addIssue({
        code: 'custom',
        path: [direction, 'toneFill'],
        message: `a change's fill must stand apart from every score shade (ΔE ${MIN_DISTANCE}, ${MIN_LIGHTNESS_GAP} L*), but is close to ${near}`,
      });
    }
  }),
});
export type WorkbookTemplate = z.infer<typeof WorkbookTemplate>;

function parseTemplate(input: unknown, file = 'templates/workbook.json'): WorkbookTemplate {
  const parsed = WorkbookTemplate.safeParse(input);
  if (!parsed.success) throw new Error(`${file}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The checked English template. */
export const WORKBOOK_TEMPLATE: WorkbookTemplate = parseTemplate(raw);

const TEMPLATES: Readonly<Record<Lang, WorkbookTemplate>> = {
  en: WORKBOOK_TEMPLATE,
  es: parseTemplate(rawSpanish, 'templates/es/workbook.json'),
  fr: parseTemplate(rawFrench, 'templates/fr/workbook.json'),
};

/** The workbook template of `lang`, by default the output's language (src/present/locale.ts). */
export function workbookTemplateFor(lang: Lang = currentLang()): WorkbookTemplate {
  return TEMPLATES[lang];
}
