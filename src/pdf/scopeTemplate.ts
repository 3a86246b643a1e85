/**
 * templates/scope.json → ScopeTemplate: what an editor changes in a regional, continental or
 * world brief, validated once when this module loads. The words both kinds of brief share (list
 * joiners, dates, quadrant names, the accent colour) stay in templates/brief.json; the figures,
 * glossary and about sections have the country brief's shape.
 */
import * as z from 'zod';
import rawTemplate from '../../templates/scope.json' with { type: 'json' };
import rawSpanish from '../../templates/es/scope.json' with { type: 'json' };
import rawFrench from '../../templates/fr/scope.json' with { type: 'json' };
import { currentLang, type Lang } from '../present/locale.js';
import { DataError } from '../errors.js';
import { issuesToProblems } from '../load/schemas.js';
import { AboutSection, ChartId, FiguresSection, GlossarySection, newPage, OneOrMany, Text } from './briefTemplate.js';

/** `marked`: how the landscape chart sets the members apart, as a clause. */
const KindWords = z.strictObject({ kicker: Text, location: Text, title: Text, peers: Text, marked: Text });
const PeerRankWords = z.strictObject({ first: Text, other: Text });
const QUADRANT_IDS = ['high-criminality-low-resilience', 'high-criminality-high-resilience', 'low-criminality-low-resilience', 'low-criminality-high-resilience'] as const;
const SentencePair = z.strictObject({ sentence: Text, most: OneOrMany, least: OneOrMany });

const ScopeSummarySection = z.strictObject({
  type: z.literal('scopeSummary'),
  newPage,
  outline: Text,
  composites: z
    .array(z.enum(['criminality', 'resilience']))
    .min(1)
    .max(2),
  reading: z.strictObject({ worse: Text, better: Text }),
  /** Under the average: {score}. */
  against: z.strictObject({ continent: Text, world: Text, worldItself: Text }),
  /** {rank}, {of}, {peers}; `previous` wraps a line: {line}, {previousRank}, {previousEdition}. */
  peerRanks: z.strictObject({ about: z.string().optional(), criminality: PeerRankWords, resilience: PeerRankWords, previous: Text }),
  headline: z.strictObject({
    heading: Text,
    criminality: SentencePair,
    resilience: SentencePair,
    moves: z.strictObject({ both: Text, rose: Text, fell: Text, none: Text }),
    markets: z.strictObject({ one: Text, many: Text, item: Text, none: Text, world: Text, worldItem: Text }),
    more: Text,
  }),
  charts: z.array(z.array(ChartId).min(1).max(2)).min(1),
});

const MembersSection = z.strictObject({
  type: z.literal('members'),
  newPage,
  heading: Text,
  intro: Text,
  introFirstEdition: Text,
  /** The world brief lists the top and bottom {count} rather than all 193. */
  world: z.strictObject({ heading: Text, intro: Text, introFirstEdition: Text, count: z.number().int().min(1).max(50), top: Text, bottom: Text }),
  columns: z.strictObject({ country: Text, criminality: Text, resilience: Text, rankInScope: Text, rankAmongAll: Text, region: Text, quadrant: Text }),
});

const ScopeHistorySection = z.strictObject({
  type: z.literal('scopeHistory'),
  newPage,
  heading: Text,
  intro: Text,
  introWorld: Text,
  /** The label of the world's row under a composite. */
  world: Text,
});

/** A continent's regions, or the world's continents and regions; a region has none and no such section. */
const GroupsSection = z.strictObject({
  type: z.literal('groups'),
  newPage,
  heading: Text,
  intro: Text,
  world: z.strictObject({ heading: Text, intro: Text }),
  continents: Text,
  columns: z.strictObject({ group: z.string(), countries: Text, criminality: Text, resilience: Text, change: Text }),
});

const ScopePillarSection = z.strictObject({
  type: z.literal('scopePillar'),
  newPage,
  heading: Text,
  composite: z.enum(['criminality', 'resilience']),
  intro: Text,
  parts: z.array(z.strictObject({ component: z.enum(['markets', 'actors', 'resilience']), heading: Text })).min(1),
});

const Section = z.discriminatedUnion('type', [ScopeSummarySection, MembersSection, FiguresSection, ScopeHistorySection, GroupsSection, ScopePillarSection, GlossarySection, AboutSection]);

export const ScopeTemplate = z.strictObject({
  about: z.string().optional(),
  creator: Text,
  author: Text,
  kinds: z.strictObject({ region: KindWords, continent: KindWords, world: KindWords }),
  subject: Text,
  keywords: z.array(Text),
  footer: Text,
  pageNumber: Text,
  notAvailable: Text,
  changeSince: Text,
  quadrantCounts: z.strictObject({
    about: z.string().optional(),
    sentence: Text,
    means: Text,
    ...Object.fromEntries(QUADRANT_IDS.map((id) => [id, OneOrMany])),
  } as Record<(typeof QUADRANT_IDS)[number], typeof OneOrMany> & { about: z.ZodOptional<z.ZodString>; sentence: typeof Text; means: typeof Text }),
  quadrantShort: z.strictObject({
    about: z.string().optional(),
    ...Object.fromEntries(QUADRANT_IDS.map((id) => [id, Text])),
  } as Record<(typeof QUADRANT_IDS)[number], typeof Text> & { about: z.ZodOptional<z.ZodString> }),
  sections: z.array(Section).min(1),
  indicatorTable: z.strictObject({
    indicator: Text,
    average: Text,
    world: Text,
    change: Text,
    mean: Text,
    legend: z.strictObject({ bar: Text, world: Text, worse: Text, better: Text, notAvailable: Text }),
  }),
});
export type ScopeTemplate = z.infer<typeof ScopeTemplate>;
export type ScopeSection = z.infer<typeof Section>;
export type ScopeSummarySection = z.infer<typeof ScopeSummarySection>;
export type MembersSection = z.infer<typeof MembersSection>;
export type ScopeHistorySection = z.infer<typeof ScopeHistorySection>;
export type GroupsSection = z.infer<typeof GroupsSection>;
export type ScopePillarSection = z.infer<typeof ScopePillarSection>;

/** Any template value → ScopeTemplate, or a DataError naming every problem. */
export function parseScopeTemplate(value: unknown, file = 'templates/scope.json'): ScopeTemplate {
  const result = ScopeTemplate.safeParse(value);
  if (!result.success) throw new DataError(file, issuesToProblems(result.error));
  return result.data;
}

/** The template shipped in templates/scope.json. */
export const DEFAULT_SCOPE_TEMPLATE: ScopeTemplate = parseScopeTemplate(rawTemplate);

const TEMPLATES: Readonly<Record<Lang, ScopeTemplate>> = {
  en: DEFAULT_SCOPE_TEMPLATE,
  es: parseScopeTemplate(rawSpanish, 'templates/es/scope.json'),
  fr: parseScopeTemplate(rawFrench, 'templates/fr/scope.json'),
};

/** The scope template of `lang`, by default the output's language (src/present/locale.ts). */
export function scopeTemplateFor(lang: Lang = currentLang()): ScopeTemplate {
  return TEMPLATES[lang];
}
