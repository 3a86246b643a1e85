/**
 * The profile box of GI-TOC's country page (capital, population, GDP, area; on older pages also
 * income group, geography and GINI index) → one line of facts under the title. Only a profile of
 * the brief's own edition has a say: an earlier page's population is not this edition's.
 */
import type { ProfileFacts } from '../load/schemas.js';
import type { SummarySection } from './briefTemplate.js';
import { text, type LayoutContext } from './layoutContext.js';

/** Fixed locale: the same figures print the same way on every machine. */
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** Facts → "Capital Lima · Population 34,217,848 · …", in the page's order; null when there are none. */
export function factsLine(context: LayoutContext, section: SummarySection, facts: ProfileFacts | undefined): string | null {
  if (!facts) return null;
  const words = section.facts;
  const value = (n: number | null, pattern?: string) => (n === null ? words.noData : pattern ? text(context, pattern, { value: NUMBER.format(n) }) : NUMBER.format(n));
  const parts: string[] = [];
  const add = (label: string, shown: string | undefined) => {
    if (shown !== undefined) parts.push(`${label} ${shown}`);
  };
  add(words.capital, facts.capital);
  add(words.population, facts.population === undefined ? undefined : value(facts.population));
  add(words.gdp, facts.gdpUsdMillions === undefined ? undefined : value(facts.gdpUsdMillions, words.gdpValue));
  add(words.area, facts.areaKm2 === undefined ? undefined : value(facts.areaKm2, words.areaValue));
  add(words.incomeGroup, facts.incomeGroup === undefined ? undefined : (facts.incomeGroup ?? words.noData));
  add(words.geographyType, facts.geographyType === undefined ? undefined : (facts.geographyType ?? words.noData));
  add(words.gini, facts.gini === undefined ? undefined : value(facts.gini));
  if (parts.length === 0) return null;
  return `${parts.join(' · ')}. ${text(context, words.source)}`;
}
