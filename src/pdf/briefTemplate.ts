/**
 * templates/brief.json → BriefTemplate: what an editor changes in a brief (section order,
 * headings, fixed text, colours), validated once when this module loads. How each section type
 * is drawn lives in the layout* files.
 *
 * Text holds placeholders in braces ("{country}"); `fillText` replaces them and refuses any it
 * has no value for, so a typo in the template fails the build instead of printing "{contry}".
 */
import * as z from 'zod';
import rawTemplate from '../../templates/brief.json' with { type: 'json' };
import rawSpanish from '../../templates/es/brief.json' with { type: 'json' };
import rawFrench from '../../templates/fr/brief.json' with { type: 'json' };
import { currentLang, type Lang } from '../present/locale.js';
import { issuesToProblems } from '../load/schemas.js';
import { DataError } from '../errors.js';
import { fillText as fill, type Placeholders } from '../present/fillText.js';

export const Text = z.string().min(1);
export const ChartId = z.enum(['pyramid', 'comparison', 'trend', 'landscape']);
const Hex = z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour as #rrggbb');
const QuadrantText = z.strictObject({ title: Text, means: Text });
const RankMoveText = z.strictObject({ up: Text, down: Text, same: Text });
/** A sentence about one item or several tied ones. */
export const OneOrMany = z.strictObject({ one: Text, many: Text });

/** Every section may start on a new page. */
export const newPage = z.boolean().optional();

/** Page 1: a summary a reader can stop after. */
const SummarySection = z.strictObject({
  type: z.literal('summary'),
  newPage,
  outline: Text,
  kicker: Text,
  location: Text,
  composites: z
    .array(z.enum(['criminality', 'resilience']))
    .min(1)
    .max(2),
  reading: z.strictObject({ worse: Text, better: Text }),
  /** Rank lines: {rank}, {of}, {groupIn}; `previous` wraps a line: {line}, {previousRank}, {previousEdition}. */
  ranks: z.strictObject({ world: Text, continent: Text, region: Text, previous: Text }),
  /** The move of the rank among all countries, in words: {previousEdition}, {previousRank}, {of}. */
  rankMoves: z.strictObject({ about: z.string().optional(), criminality: RankMoveText, resilience: RankMoveText }),
  facts: z.strictObject({
    about: z.string().optional(),
    capital: Text,
    population: Text,
    gdp: Text,
    gdpValue: Text,
    area: Text,
    areaValue: Text,
    incomeGroup: Text,
    geographyType: Text,
    gini: Text,
    noData: Text,
    source: Text,
  }),
  quadrant: Text,
  quadrantSame: Text,
  quadrantMoved: Text,
  headline: z.strictObject({
    heading: Text,
    markets: OneOrMany,
    actors: OneOrMany,
    resilience: z.strictObject({ sentence: Text, strongest: OneOrMany, weakest: OneOrMany, tied: Text }),
    changes: z.strictObject({ both: Text, worse: Text, better: Text, none: Text }),
    more: Text,
  }),
  /** Rows of charts: one chart takes the column, two share it. */
  charts: z.array(z.array(ChartId).min(1).max(2)).min(1),
});

export const FiguresSection = z.strictObject({
  type: z.literal('figures'),
  newPage,
  heading: Text,
  intro: Text.optional(),
  charts: z.array(ChartId).min(1),
});

const PillarSection = z.strictObject({
  type: z.literal('pillar'),
  newPage,
  heading: Text,
  composite: z.enum(['criminality', 'resilience']),
  intro: Text,
  parts: z.array(z.strictObject({ component: z.enum(['markets', 'actors', 'resilience']), heading: Text })).min(1),
});

/** Each composite's score and three ranks in every edition up to the brief's. */
const HistorySection = z.strictObject({
  type: z.literal('history'),
  newPage,
  heading: Text,
  intro: Text,
  /** The label of a row of ranks: {of}, {continent}, {region}. */
  ranks: Text,
});

const NarrativeSection = z.strictObject({
  type: z.literal('narrative'),
  newPage,
  heading: Text,
  intro: Text,
  general: Text,
  pillars: z.strictObject({ criminality: Text, resilience: Text }),
  /** Without a profile of the brief's edition but with an earlier one: {earlierEdition}, {earlierFile}. */
  earlier: Text,
});

export const GlossarySection = z.strictObject({
  type: z.literal('glossary'),
  newPage,
  heading: Text,
  intro: Text,
});

export const AboutSection = z.strictObject({
  type: z.literal('about'),
  newPage,
  heading: Text,
  items: z
    .array(
      z.strictObject({
        term: Text,
        text: Text,
        textFirstEdition: Text.optional(),
        textWithProfile: Text.optional(),
        /** When the edition's publication date is not known. */
        textUndated: Text.optional(),
      }),
    )
    .min(1),
  citationLabel: Text,
  citation: Text,
  /** In a translated template: the line saying who translated the fixed text, printed before the citation. */
  translation: z.strictObject({ term: Text, text: Text }).optional(),
});

const Section = z.discriminatedUnion('type', [SummarySection, FiguresSection, PillarSection, HistorySection, NarrativeSection, GlossarySection, AboutSection]);

/** The indicator tables of the pillar sections: column heads and the legend. */
const IndicatorTable = z.strictObject({
  indicator: Text,
  score: Text,
  average: Text,
  change: Text,
  changeFirstEdition: Text,
  mean: Text,
  legend: z.strictObject({ bar: Text, average: Text, worse: Text, better: Text, notAvailable: Text }),
});

export const BriefTemplate = z.strictObject({
  about: z.string().optional(),
  creator: Text,
  author: Text,
  title: Text,
  subject: Text,
  keywords: z.array(Text),
  footer: Text,
  pageNumber: Text,
  listJoiner: z.string(),
  listLastJoiner: z.string(),
  /** Before the last item when an item has the last joiner in it: "a and b, and c and d". */
  listSerialJoiner: z.string(),
  /** Other last joiners where the last item begins as the pattern says (Spanish "e" before an i- sound). */
  listLastJoinerBefore: z
    .array(
      z.strictObject({
        pattern: z.string().refine((p) => {
          try {
            new RegExp(p, 'u');
            return true;
          } catch {
            return false;
          }
        }, 'expected a regular expression'),
        joiner: z.string(),
        serialJoiner: z.string(),
      }),
    )
    .optional(),
  notAvailable: Text,
  changeSince: Text,
  /** How a publication date reads: {date} is "10 November 2025" or "September 2023". */
  dates: z.strictObject({ day: Text, month: Text }),
  colors: z.strictObject({ about: z.string().optional(), accent: Hex }),
  quadrants: z.strictObject({
    'high-criminality-low-resilience': QuadrantText,
    'high-criminality-high-resilience': QuadrantText,
    'low-criminality-low-resilience': QuadrantText,
    'low-criminality-high-resilience': QuadrantText,
  }),
  indicatorTable: IndicatorTable,
  sections: z.array(Section).min(1),
});
export type BriefTemplate = z.infer<typeof BriefTemplate>;
export type BriefSection = z.infer<typeof Section>;
export type SummarySection = z.infer<typeof SummarySection>;
export type FiguresSection = z.infer<typeof FiguresSection>;
export type PillarSection = z.infer<typeof PillarSection>;
export type HistorySection = z.infer<typeof HistorySection>;
export type NarrativeSection = z.infer<typeof NarrativeSection>;
export type GlossarySection = z.infer<typeof GlossarySection>;
export type AboutSection = z.infer<typeof AboutSection>;

/** Any template value → BriefTemplate, or a DataError naming every problem. */
export function parseBriefTemplate(value: unknown, file = 'templates/brief.json'): BriefTemplate {
  const result = BriefTemplate.safeParse(value);
  if (!result.success) throw new DataError(file, issuesToProblems(result.error));
  return result.data;
}

/** The template shipped in templates/brief.json. */
export const DEFAULT_BRIEF_TEMPLATE: BriefTemplate = parseBriefTemplate(rawTemplate);

const TEMPLATES: Readonly<Record<Lang, BriefTemplate>> = {
  en: DEFAULT_BRIEF_TEMPLATE,
  es: parseBriefTemplate(rawSpanish, 'templates/es/brief.json'),
  fr: parseBriefTemplate(rawFrench, 'templates/fr/brief.json'),
};

/** The brief template of `lang`, by default the output's language (src/present/locale.ts). */
export function briefTemplateFor(lang: Lang = currentLang()): BriefTemplate {
  return TEMPLATES[lang];
}

/** "{country} in {edition}" + values → "Peru in 2023". An unknown placeholder is an error. */
export function fillText(pattern: string, values: Placeholders): string {
  return fill(pattern, values, 'brief template');
}
