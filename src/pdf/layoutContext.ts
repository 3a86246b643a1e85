/**
 * What every section layout gets: the flow, the template, the brief and model, the charts by id,
 * the placeholder values every template string may use, and a place to put warnings.
 */
import { indicatorsOf } from '../index/taxonomy.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import type { IndexModel } from '../model/buildIndexModel.js';
import { formatChange } from '../present/formatFigures.js';
import type { BriefChart, ChartId } from './briefCharts.js';
import { fillText, type BriefTemplate } from './briefTemplate.js';
import type { PageFlow } from './pagePlan.js';

export interface LayoutContext {
  readonly flow: PageFlow;
  readonly template: BriefTemplate;
  readonly model: IndexModel;
  readonly brief: CountryBrief;
  readonly charts: ReadonlyMap<ChartId, BriefChart>;
  /** Placeholders common to all template text: {country}, {edition}, {previousEdition}, … */
  readonly values: Readonly<Record<string, string | number>>;
  readonly warn: (message: string) => void;
}

/** Template text with the common placeholders and any `extra` ones filled in. */
export function text(context: LayoutContext, pattern: string, extra: Record<string, string | number> = {}): string {
  return fillText(pattern, { ...context.values, ...extra });
}

/** "+0.05 since 2021", or "first edition" when there is nothing to compare with. */
export function changeSince(context: LayoutContext, change: number | null): string {
  const { brief, template } = context;
  if (brief.previousEdition === null) return template.firstEdition;
  if (change === null) return template.notAvailable;
  return text(context, template.changeSince, { change: formatChange(change) });
}

/** The placeholder values every template string may use. */
export function commonValues(template: BriefTemplate, brief: CountryBrief): Record<string, string | number> {
  // Every edition the brief shows (the trend goes back to the first): "2021, 2023 and 2025".
  const editions = brief.history.map((point) => String(point.edition));
  const listed = editions.length < 2 ? editions.join('') : `${editions.slice(0, -1).join(', ')}${template.editionsJoiner}${editions.at(-1)}`;
  const count = (component: string) => indicatorsOf(brief.edition).filter((i) => i.component === component).length;
  return {
    country: brief.country.name,
    iso3: brief.country.iso3,
    continent: brief.country.continent,
    region: brief.country.region,
    edition: brief.edition,
    // Only texts about changes use it; they have a first-edition variant.
    ...(brief.previousEdition === null ? {} : { previousEdition: brief.previousEdition }),
    editions: listed,
    countryCount: brief.composites.criminality.ranks.find((rank) => rank.scope === 'world')?.of ?? 0,
    marketCount: count('markets'),
    actorCount: count('actors'),
    resilienceCount: count('resilience'),
  };
}
