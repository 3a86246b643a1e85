/**
 * templates/<lang>/names.json → the names of countries, regions, continents and the world in
 * Spanish and French, each in the four forms running text needs: as a label ("Perú"), in a
 * sentence with its article ("el Perú"), after "in" ("en el Perú", "au Pérou") and after "of"
 * ("del Perú", "du Pérou"). Our own table, checked by hand: an article or a contraction is not
 * something Intl gives. English names live in countries.ts.
 */
import * as z from 'zod';
import rawSpanish from '../../templates/es/names.json' with { type: 'json' };
import rawFrench from '../../templates/fr/names.json' with { type: 'json' };
import { DataError } from '../errors.js';
import type { Lang } from '../present/locale.js';

const Text = z.string().min(1);
const PlaceName = z.strictObject({ name: Text, inSentence: Text, in: Text, of: Text });
export type PlaceName = z.infer<typeof PlaceName>;

const Names = z.strictObject({
  about: z.string().optional(),
  world: PlaceName,
  /** By the English name of the continent, region, or the ISO3 code of the country. */
  continents: z.record(z.string(), PlaceName),
  regions: z.record(z.string(), PlaceName),
  countries: z.record(z.string(), PlaceName),
});
export type Names = z.infer<typeof Names>;

function parseNames(value: unknown, file: string): Names {
  const result = Names.safeParse(value);
  if (!result.success)
    throw new DataError(
      file,
      result.error.issues.map((issue) => ({ at: issue.path.join('.'), message: issue.message })),
    );
  return result.data;
}

const NAMES: Readonly<Record<Exclude<Lang, 'en'>, Names>> = {
  es: parseNames(rawSpanish, 'templates/es/names.json'),
  fr: parseNames(rawFrench, 'templates/fr/names.json'),
};

/** The names table of a translated language. */
export function namesOf(lang: Exclude<Lang, 'en'>): Names {
  return NAMES[lang];
}

/** A country's four forms in `lang`; a country missing from the table is a template error. */
export function translatedCountry(lang: Exclude<Lang, 'en'>, iso3: string): PlaceName {
  const name = NAMES[lang].countries[iso3];
  if (!name) throw new Error(`templates/${lang}/names.json: no country ${iso3}`);
  return name;
}

/** A continent's, region's ("World": the world's) four forms in `lang`. */
export function translatedGroup(lang: Exclude<Lang, 'en'>, group: string): PlaceName {
  const names = NAMES[lang];
  const name = group === 'World' ? names.world : (names.regions[group] ?? names.continents[group]);
  if (!name) throw new Error(`templates/${lang}/names.json: no region or continent "${group}"`);
  return name;
}
