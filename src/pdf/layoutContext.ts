/**
 * What every section layout gets: the flow, the template, the brief and model, the charts by id,
 * the placeholder values every template string may use, and a place to put warnings.
 */
import { countryInOf, countryInSentence, countryName, countrySlug, countryTitle, groupInSentence, groupName } from '../index/countries.js';
import { countryPageUrl, editionPublished } from '../index/editions.js';
import { indicatorsOf } from '../index/taxonomy.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import type { IndexModel } from '../model/buildIndexModel.js';
import { formatChange } from '../present/formatFigures.js';
import { capitalise, listWords } from '../present/formatWords.js';
import type { BriefChart, ChartId } from './briefCharts.js';
import { fillText, type BriefTemplate } from './briefTemplate.js';
import type { PageFlow } from './pagePlan.js';

/**
 * What the sections shared by country and scope briefs (figures, glossary, about) use: the
 * flow, the charts, the placeholder values, and the little of the brief they read.
 */
export interface SectionContext {
  readonly flow: PageFlow;
  readonly charts: ReadonlyMap<ChartId, BriefChart>;
  /** Placeholders common to all template text: {country} or {name}, {edition}, {previousEdition}, … */
  readonly values: Readonly<Record<string, string | number>>;
  readonly warn: (message: string) => void;
  readonly brief: {
    readonly edition: number;
    readonly previousEdition: number | null;
    /** Editions up to the brief's: a brief of one has no trend. */
    readonly history: readonly unknown[];
    /** GI-TOC's analysis of the brief's subject, when there is one. */
    readonly profile?: unknown;
  };
}

export interface LayoutContext extends SectionContext {
  readonly template: BriefTemplate;
  readonly model: IndexModel;
  readonly brief: CountryBrief;
}

/** Template text with the common placeholders and any `extra` ones filled in. */
export function text(context: Pick<SectionContext, 'values'>, pattern: string, extra: Record<string, string | number> = {}): string {
  return fillText(pattern, { ...context.values, ...extra });
}

/** "+0.05 since 2021"; n/a for an indicator new in this edition; nothing in a first edition. */
export function changeSince(context: Pick<SectionContext, 'values' | 'brief'> & { readonly template: { readonly notAvailable: string; readonly changeSince: string } }, change: number | null): string {
  const { brief, template } = context;
  if (brief.previousEdition === null) return '';
  if (change === null) return template.notAvailable;
  return text(context, template.changeSince, { change: formatChange(change) });
}

/**
 * Items joined as a sentence lists them: "a, b and c"; "national policies and laws, and judicial
 * system and detention" when an item has an "and" of its own, so the list cannot be misread.
 */
export function listed(context: { readonly template: Pick<BriefTemplate, 'listJoiner' | 'listLastJoiner' | 'listSerialJoiner' | 'listLastJoinerBefore'> }, items: readonly string[]): string {
  const { listJoiner, listLastJoiner, listSerialJoiner, listLastJoinerBefore } = context.template;
  const serial = items.some((item) => item.includes(listLastJoiner));
  // a language's own rule for the last item: Spanish writes "e" for "y" before an i- sound
  const rule = listLastJoinerBefore?.find((r) => new RegExp(r.pattern, 'u').test(items.at(-1) ?? ''));
  const last = rule ? (serial ? rule.serialJoiner : rule.joiner) : serial ? listSerialJoiner : listLastJoiner;
  return listWords(items, listJoiner, last);
}

/** The placeholder values every template string may use. */
export function commonValues(template: BriefTemplate, model: IndexModel, brief: CountryBrief): Record<string, string | number> {
  const count = (component: string) => indicatorsOf(brief.edition).filter((i) => i.component === component).length;
  const country = countryInSentence(brief.country);
  const published = editionPublished(brief.edition);
  const current = Math.max(...model.editions.keys());
  return {
    country,
    Country: capitalise(country),
    countryTitle: countryTitle(brief.country),
    countryName: countryName(brief.country),
    inCountry: countryInOf(brief.country).in,
    ofCountry: countryInOf(brief.country).of,
    iso3: brief.country.iso3,
    continent: groupName(brief.country.continent),
    region: groupName(brief.country.region),
    continentIn: groupInSentence(brief.country.continent),
    regionIn: groupInSentence(brief.country.region),
    edition: brief.edition,
    // Only texts about changes use it; they have a first-edition variant.
    ...(brief.previousEdition === null ? {} : { previousEdition: brief.previousEdition }),
    // Every edition the brief shows (the trend goes back to the first): "2021, 2023 and 2025".
    editions: listWords(
      brief.history.map((point) => String(point.edition)),
      template.listJoiner,
      template.listLastJoiner,
    ),
    ...(published === null ? {} : { published: fillText(published.day ? template.dates.day : template.dates.month, { date: published.date }) }),
    url: countryPageUrl(countrySlug(brief.country), brief.edition, current),
    countryCount: brief.composites.criminality.ranks.find((rank) => rank.scope === 'world')?.of ?? 0,
    indicatorCount: indicatorsOf(brief.edition).length,
    marketCount: count('markets'),
    actorCount: count('actors'),
    resilienceCount: count('resilience'),
  };
}
