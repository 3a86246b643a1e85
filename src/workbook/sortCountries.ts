/**
 * ISO3 codes → countries sorted by display name with English collation ("Côte d'Ivoire" among
 * the Cs, "Türkiye" among the Ts), whatever the machine's locale; ISO3 breaks any tie.
 */
import { countryByIso3, type Country } from '../index/countries.js';

const collator = new Intl.Collator('en', { sensitivity: 'variant', numeric: false });

export function sortCountries(iso3s: Iterable<string>): Country[] {
  return [...iso3s]
    .map(countryByIso3)
    .sort((a, b) => collator.compare(a.name, b.name) || (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
}

/** Names in English collation order. */
export function sortNames(names: Iterable<string>): string[] {
  return [...names].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
}
