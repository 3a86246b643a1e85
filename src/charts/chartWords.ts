/**
 * templates/charts/words.json → the words of every chart, validated once, and the placeholder
 * values a brief gives them. Text lives in the template so an editor (or a translator) changes
 * it without touching code.
 */
import { z } from 'zod';
import raw from '../../templates/charts/words.json' with { type: 'json' };
import { countryInSentence, groupInSentence } from '../index/countries.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import type { ScopeBrief } from '../model/buildScopeBrief.js';
import { fillText, type Placeholders } from '../present/fillText.js';

const Text = z.string().min(1);

const ChartWords = z.strictObject({
  about: z.string().optional(),
  source: Text,
  pyramid: z.strictObject({ title: Text, markets: Text, actors: Text, resilience: Text }),
  comparison: z.strictObject({ title: Text, country: Text, region: Text, continent: Text, world: Text }),
  trend: z.strictObject({ title: Text }),
  landscape: z.strictObject({ title: Text, subtitle: Text, region: Text, other: Text }),
  /** Regional, continental and world briefs. */
  scope: z.strictObject({
    about: z.string().optional(),
    /** The world's name as a label and in running text, where a region or continent has its own. */
    world: z.strictObject({ name: Text, nameIn: Text }),
    pyramid: z.strictObject({ title: Text, markets: Text, actors: Text, resilience: Text }),
    comparison: z.strictObject({ title: Text, worldTitle: Text, scope: Text, continent: Text, world: Text }),
    trend: z.strictObject({ title: Text }),
    landscape: z.strictObject({ title: Text, subtitle: Text, members: Text, other: Text, continent: Text }),
  }),
});
export type ChartWords = z.infer<typeof ChartWords>;

export const CHART_WORDS: ChartWords = ChartWords.parse(raw);

/** The placeholders every chart's words may use, for one brief. */
export function chartValues(brief: CountryBrief): Placeholders {
  const editions = brief.history.map((p) => p.edition);
  return {
    country: countryInSentence(brief.country),
    countryName: brief.country.name,
    region: brief.country.region,
    continent: brief.country.continent,
    regionIn: groupInSentence(brief.country.region),
    continentIn: groupInSentence(brief.country.continent),
    edition: brief.edition,
    first: editions[0] ?? brief.edition,
    last: editions.at(-1) ?? brief.edition,
  };
}

/** A chart's words with the brief's values and any `extra` ones filled in. */
export function chartText(pattern: string, brief: CountryBrief, extra: Placeholders = {}): string {
  return fillText(pattern, { ...chartValues(brief), ...extra }, 'templates/charts/words.json');
}

/** The placeholders every scope chart's words may use, for one regional, continental or world brief. */
export function scopeChartValues(brief: ScopeBrief): Placeholders {
  const editions = brief.history.map((p) => p.edition);
  const { world } = CHART_WORDS.scope;
  const name = brief.kind === 'world' ? world.name : brief.name;
  return {
    name,
    nameIn: brief.kind === 'world' ? world.nameIn : groupInSentence(brief.name),
    // A continent or the world lies in no continent: its own name keeps a shared pattern meaningful.
    continent: brief.continent ?? name,
    edition: brief.edition,
    first: editions[0] ?? brief.edition,
    last: editions.at(-1) ?? brief.edition,
    count: brief.members.length,
  };
}

/** A scope chart's words with the brief's values and any `extra` ones filled in. */
export function scopeChartText(pattern: string, brief: ScopeBrief, extra: Placeholders = {}): string {
  return fillText(pattern, { ...scopeChartValues(brief), ...extra }, 'templates/charts/words.json');
}
