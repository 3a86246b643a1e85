/**
 * templates/charts/words.json → the words of every chart, validated once, and the placeholder
 * values a brief gives them. Text lives in the template so an editor (or a translator) changes
 * it without touching code: titles, axis titles, legend labels, the source line and the alt
 * text. Another language's words load with loadChartWords.
 */
import * as z from 'zod';
import raw from '../../templates/charts/words.json' with { type: 'json' };
import rawSpanish from '../../templates/es/charts/words.json' with { type: 'json' };
import rawFrench from '../../templates/fr/charts/words.json' with { type: 'json' };
import { DataError } from '../errors.js';
import { countryInSentence, countryName, groupInSentence, groupName } from '../index/countries.js';
import { issuesToProblems } from '../load/schemas.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import type { ScopeBrief } from '../model/buildScopeBrief.js';
import { QUADRANT_LABELS, type Quadrant } from '../model/quadrant.js';
import { fillText, type Placeholders } from '../present/fillText.js';
import { currentLang, type Lang } from '../present/locale.js';

const Text = z.string().min(1);
/** A joiner may be a lone space, never nothing. */
const Joiner = z.string().min(1);

/** One pattern per way a comparison can go, each with {than}: "above {than}". */
const Versus = z.strictObject({ above: Text, below: Text, equal: Text });
export type Versus = z.infer<typeof Versus>;
const Quadrants = z.record(z.enum(Object.keys(QUADRANT_LABELS) as [Quadrant, ...Quadrant[]]), Text);
const Pyramid = z.strictObject({ title: Text, markets: Text, actors: Text, resilience: Text, alt: Text });
const Trend = z.strictObject({ title: Text, alt: Text, altPoint: Text });
const Axes = { criminalityAxis: Text, resilienceAxis: Text };

const ChartWordsSchema = z.strictObject({
  about: z.string().optional(),
  source: Text,
  listJoiner: Joiner,
  listLastJoiner: Joiner,
  pyramid: Pyramid,
  comparison: z.strictObject({
    title: Text,
    country: Text,
    region: Text,
    continent: Text,
    world: Text,
    alt: Text,
    altVersus: Versus,
    altThan: z.strictObject({ region: Text, regionAgain: Text, world: Text }),
  }),
  trend: Trend,
  landscape: z.strictObject({ title: Text, subtitle: Text, region: Text, other: Text, ...Axes, alt: Text, quadrants: Quadrants }),
  /** Regional, continental and world briefs. */
  scope: z.strictObject({
    about: z.string().optional(),
    /** The world's name as a label and in running text, where a region or continent has its own. */
    world: z.strictObject({ name: Text, nameIn: Text }),
    pyramid: Pyramid,
    comparison: z.strictObject({
      title: Text,
      worldTitle: Text,
      scope: Text,
      continent: Text,
      world: Text,
      alt: Text,
      worldAlt: Text,
      altVersus: Versus,
      altThan: Text,
      possessive: Text,
      possessiveEndingInS: Text,
    }),
    trend: Trend,
    landscape: z.strictObject({
      title: Text,
      subtitle: Text,
      members: Text,
      other: Text,
      continent: Text,
      ...Axes,
      alt: Text,
      worldAlt: Text,
      altQuadrant: Text,
      quadrants: Quadrants,
    }),
  }),
});
export type ChartWords = z.infer<typeof ChartWordsSchema>;

/** A words file's parsed JSON → ChartWords; every problem is listed, under the file's name. */
export function loadChartWords(json: unknown, file: string): ChartWords {
  const parsed = ChartWordsSchema.safeParse(json);
  if (!parsed.success) throw new DataError(file, issuesToProblems(parsed.error));
  return parsed.data;
}

const WORDS_FILE = 'templates/charts/words.json';

/** The English words. */
export const CHART_WORDS: ChartWords = loadChartWords(raw, WORDS_FILE);

const WORDS: Readonly<Record<Lang, ChartWords>> = {
  en: CHART_WORDS,
  es: loadChartWords(rawSpanish, 'templates/es/charts/words.json'),
  fr: loadChartWords(rawFrench, 'templates/fr/charts/words.json'),
};

/** The chart words of `lang`, by default the output's language (src/present/locale.ts). */
export function chartWords(lang: Lang = currentLang()): ChartWords {
  return WORDS[lang];
}

/** The file the current words come from, for errors. */
function wordsFile(): string {
  const lang = currentLang();
  return lang === 'en' ? WORDS_FILE : `templates/${lang}/charts/words.json`;
}

/** "2021, 2023 and 2025": items joined, the last two with the last joiner. */
export function listOf(items: readonly (string | number)[]): string {
  const texts = items.map(String);
  if (texts.length < 2) return texts.join('');
  const words = chartWords();
  return `${texts.slice(0, -1).join(words.listJoiner)}${words.listLastJoiner}${texts.at(-1)}`;
}

/** "6.35 (2021), 6.40 (2023)": a series or tally, every item joined alike. */
export function seriesOf(items: readonly string[]): string {
  return items.join(chartWords().listJoiner);
}

/** Which of a Versus's patterns says how `value` stands to `average`. */
export function versusOf(value: number, average: number): keyof Versus {
  return value === average ? 'equal' : value > average ? 'above' : 'below';
}

/** A pattern → text, with one brief's values and any `extra` ones: chartText or scopeChartText, bound to a brief. */
export type FillWords = (pattern: string, extra?: Placeholders) => string;

/** The placeholders every chart's words may use, for one brief. */
export function chartValues(brief: CountryBrief): Placeholders {
  const editions = brief.history.map((p) => p.edition);
  return {
    country: countryInSentence(brief.country),
    countryName: countryName(brief.country),
    region: groupName(brief.country.region),
    continent: groupName(brief.country.continent),
    regionIn: groupInSentence(brief.country.region),
    continentIn: groupInSentence(brief.country.continent),
    edition: brief.edition,
    first: editions[0] ?? brief.edition,
    last: editions.at(-1) ?? brief.edition,
  };
}

/** A chart's words with the brief's values and any `extra` ones filled in. */
export function chartText(pattern: string, brief: CountryBrief, extra: Placeholders = {}): string {
  return fillText(pattern, { ...chartValues(brief), ...extra }, wordsFile());
}

/** The placeholders every scope chart's words may use, for one regional, continental or world brief. */
export function scopeChartValues(brief: ScopeBrief): Placeholders {
  const editions = brief.history.map((p) => p.edition);
  const { world } = chartWords().scope;
  const name = brief.kind === 'world' ? world.name : groupName(brief.name);
  return {
    name,
    nameIn: brief.kind === 'world' ? world.nameIn : groupInSentence(brief.name),
    // A continent or the world lies in no continent: its own name keeps a shared pattern meaningful.
    continent: brief.continent === null ? name : groupName(brief.continent),
    edition: brief.edition,
    first: editions[0] ?? brief.edition,
    last: editions.at(-1) ?? brief.edition,
    count: brief.members.length,
  };
}

/** A scope chart's words with the brief's values and any `extra` ones filled in. */
export function scopeChartText(pattern: string, brief: ScopeBrief, extra: Placeholders = {}): string {
  return fillText(pattern, { ...scopeChartValues(brief), ...extra }, wordsFile());
}
