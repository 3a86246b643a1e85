/**
 * ISO3 codes → countries sorted by display name in the output's language, with that language's
 * collation ("Côte d'Ivoire" among the Cs, "Türkiye" among the Ts; "Perú" among the Ps),
 * whatever the machine's locale; ISO3 breaks any tie.
 */
import { countryByIso3, countryName, groupName, type Country } from '../index/countries.js';
import { currentLang } from '../present/locale.js';

const collators = new Map<string, Intl.Collator>();
/** The output language's collator, made once per language (making one is costly). */
function collator(): Intl.Collator {
  const lang = currentLang();
  const made = collators.get(lang) ?? new Intl.Collator(lang, { sensitivity: 'variant', numeric: false });
  collators.set(lang, made);
  return made;
}

export function sortCountries(iso3s: Iterable<string>): Country[] {
  const compare = collator();
  return [...iso3s].map(countryByIso3).sort((a, b) => compare.compare(countryName(a), countryName(b)) || (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
}

/** Regions or continents (English names) in the order of their printed names. */
export function sortNames(names: Iterable<string>): string[] {
  const compare = collator();
  return [...names].sort((a, b) => compare.compare(groupName(a), groupName(b)) || (a < b ? -1 : a > b ? 1 : 0));
}
