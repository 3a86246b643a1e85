/**
 * templates/brief.json → BriefTemplate: what an editor changes in a brief (section order,
 * headings, fixed text, colours), validated once when this module loads. How each section type
 * is drawn lives in the layout* files.
 *
 * Text holds placeholders in braces ("{country}"); `fillText` replaces them and refuses any it
 * has no value for, so a typo in the template fails the build instead of printing "{contry}".
 */
import { z } from 'zod';
import rawTemplate from '../../templates/brief.json' with { type: 'json' };
import { issuesToProblems } from '../load/schemas.js';
import { DataError } from '../errors.js';

const Text = z.string().min(1);
const ChartId = z.enum(['pyramid', 'markets', 'actors', 'resilience', 'changes', 'landscape', 'comparison', 'trend']);
const Hex = z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour as #rrggbb');
const QuadrantText = z.strictObject({ title: Text, means: Text });
const RankMoveText = z.strictObject({ up: Text, down: Text, same: Text });

/** Every section may start on a new page. */
const newPage = z.boolean().optional();

const TitleSection = z.strictObject({
  type: z.literal('title'),
  newPage,
  outline: Text,
  kicker: Text,
  location: Text,
  composites: z.array(z.enum(['criminality', 'resilience'])).min(1).max(2),
  reading: z.strictObject({ worse: Text, better: Text }),
  components: Text,
  quadrantLabel: Text,
  quadrant: Text,
  quadrantSame: Text,
  quadrantMoved: Text,
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
});

/** Every edition up to the brief's: the trend chart, then each composite's score and three ranks. */
const TrendSection = z.strictObject({
  type: z.literal('trend'),
  newPage,
  heading: Text,
  intro: Text,
  chart: ChartId,
  /** The label of a row of ranks: {of}, {continent}, {region}. */
  ranks: Text,
});

const FiguresSection = z.strictObject({
  type: z.literal('figures'),
  newPage,
  heading: Text,
  headingFirstEdition: Text.optional(),
  intro: Text.optional(),
  introFirstEdition: Text.optional(),
  charts: z.array(ChartId).min(1),
});

const PillarSection = z.strictObject({
  type: z.literal('pillar'),
  newPage,
  heading: Text,
  composite: z.enum(['criminality', 'resilience']),
  intro: Text,
  parts: z
    .array(z.strictObject({ component: z.enum(['markets', 'actors', 'resilience']), heading: Text, chart: ChartId.optional() }))
    .min(1),
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

const AboutSection = z.strictObject({
  type: z.literal('about'),
  newPage,
  heading: Text,
  items: z
    .array(z.strictObject({ term: Text, text: Text, textFirstEdition: Text.optional(), textWithProfile: Text.optional() }))
    .min(1),
  citationLabel: Text,
  citation: Text,
});

const Section = z.discriminatedUnion('type', [TitleSection, FiguresSection, TrendSection, PillarSection, NarrativeSection, AboutSection]);

export const BriefTemplate = z.strictObject({
  creator: Text,
  author: Text,
  title: Text,
  subject: Text,
  keywords: z.array(Text),
  footer: Text,
  pageNumber: Text,
  editionsJoiner: Text,
  notAvailable: Text,
  changeSince: Text,
  firstEdition: Text,
  colors: z.strictObject({ about: z.string().optional(), accent: Hex }),
  quadrants: z.strictObject({
    'high-criminality-low-resilience': QuadrantText,
    'high-criminality-high-resilience': QuadrantText,
    'low-criminality-low-resilience': QuadrantText,
    'low-criminality-high-resilience': QuadrantText,
  }),
  table: z.strictObject({ indicator: Text, score: Text, change: Text, changeFirstEdition: Text, definition: Text, average: Text }),
  sections: z.array(Section).min(1),
});
export type BriefTemplate = z.infer<typeof BriefTemplate>;
export type BriefSection = z.infer<typeof Section>;
export type TitleSection = z.infer<typeof TitleSection>;
export type FiguresSection = z.infer<typeof FiguresSection>;
export type TrendSection = z.infer<typeof TrendSection>;
export type PillarSection = z.infer<typeof PillarSection>;
export type NarrativeSection = z.infer<typeof NarrativeSection>;
export type AboutSection = z.infer<typeof AboutSection>;

/** Any template value → BriefTemplate, or a DataError naming every problem. */
export function parseBriefTemplate(value: unknown, file = 'templates/brief.json'): BriefTemplate {
  const result = BriefTemplate.safeParse(value);
  if (!result.success) throw new DataError(file, issuesToProblems(result.error));
  return result.data;
}

/** The template shipped in templates/brief.json. */
export const DEFAULT_BRIEF_TEMPLATE: BriefTemplate = parseBriefTemplate(rawTemplate);

/** "{country} in {edition}" + values → "Peru in 2023". An unknown placeholder is an error. */
export function fillText(pattern: string, values: Readonly<Record<string, string | number>>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`brief template: no value for {${name}} in "${pattern}"`);
    return String(value);
  });
}
