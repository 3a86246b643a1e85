/**
 * Where each output goes, relative to the output folder, and back: the one naming scheme of
 * out/, stable for schedules, the manifest and the index page. Kept apart from the pipeline so
 * the main thread of a generate run can plan without loading the renderers.
 *
 *   <edition>/<slug>.pdf, .xlsx                    a country, A4 (".letter.pdf" on US Letter), in English
 *   <edition>/regions/<slug>.pdf, .xlsx            a region
 *   <edition>/continents/<slug>.pdf, .xlsx         a continent
 *   <edition>/world.pdf, .xlsx                     the world
 *   <edition>/ocindex-<edition>-all-countries.xlsx every country in one workbook
 *   <edition>/charts/[regions/|continents/]<slug>/<chart>.svg   charts (no paper)
 *   index.html                                     the page that lists them all
 *
 * In Spanish or French, every path but index.html gains the language after the edition:
 * <edition>/es/peru.pdf, <edition>/fr/regions/south-america.xlsx, <edition>/es/charts/peru/…
 * English, the first language, keeps the paths it always had.
 *
 * Workbooks carry the paper too: their print setup follows the run's paper.
 */
import type { Lang } from './present/locale.js';
import { countryByIso3, countrySlug, nameKey } from './index/countries.js';

export const FORMATS = ['pdf', 'xlsx', 'svg'] as const;
export type Format = (typeof FORMATS)[number];
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

export const CHART_IDS = ['pyramid', 'comparison', 'trend', 'landscape'] as const;

/** What a brief is about: a country, a region, a continent, or the world. */
export type ScopeKind = 'country' | 'region' | 'continent' | 'world';
const FOLDERS: Readonly<Record<ScopeKind, string>> = { country: '', region: 'regions/', continent: 'continents/', world: '' };

export const INDEX_PAGE = 'index.html';

/** "South America" → "south-america"; "Central & Eastern Europe" → "central-eastern-europe". */
export function nameSlug(name: string): string {
  return nameKey(name).replace(/ /g, '-');
}

/** ".letter" on US Letter; A4, the default, has no suffix. */
function paperSuffix(paper: Paper): string {
  return paper === 'a4' ? '' : `.${paper}`;
}

/** "" in English, "es/" in Spanish: the folder of a language within an edition. */
function langFolder(lang: Lang): string {
  return lang === 'en' ? '' : `${lang}/`;
}

/** The file name (without extension) of a scope's outputs: "peru", "regions/south-america", "world". */
export function scopeStem(kind: ScopeKind, name: string): string {
  return kind === 'world' ? 'world' : `${FOLDERS[kind]}${nameSlug(name)}`;
}

/**
 * "2025/peru.pdf", "2025/regions/south-america.letter.xlsx", "2025/charts/peru/pyramid.svg".
 * A first edition has no trend chart: a trend of one point says nothing.
 */
export function scopeOutputPaths(kind: ScopeKind, name: string, edition: number, format: Format, paper: Paper = 'a4', firstEdition = false, lang: Lang = 'en'): string[] {
  const stem = scopeStem(kind, name);
  switch (format) {
    case 'pdf':
    case 'xlsx':
      return [`${edition}/${langFolder(lang)}${stem}${paperSuffix(paper)}.${format}`];
    case 'svg':
      return CHART_IDS.filter((id) => !(firstEdition && id === 'trend')).map((id) => chartPath(edition, stem, id, lang));
  }
}

/** A country's outputs: see scopeOutputPaths. */
export function countryOutputPaths(iso3: string, edition: number, format: Format, paper: Paper = 'a4', firstEdition = false, lang: Lang = 'en'): string[] {
  return scopeOutputPaths('country', countrySlug(countryByIso3(iso3)), edition, format, paper, firstEdition, lang);
}

export function chartPath(edition: number, stem: string, id: string, lang: Lang = 'en'): string {
  return `${edition}/${langFolder(lang)}charts/${stem}/${id}.svg`;
}

export function allCountriesPath(edition: number, paper: Paper = 'a4', lang: Lang = 'en'): string {
  return `${edition}/${langFolder(lang)}ocindex-${edition}-all-countries${paperSuffix(paper)}.xlsx`;
}

/** What an output path names, read back from the scheme above; undefined for anything else. */
export interface OutputDescription {
  readonly edition: number;
  readonly kind: ScopeKind | 'all-countries';
  /** The slug ("peru", "south-america", "world", "all-countries"). */
  readonly slug: string;
  readonly format: Exclude<Format, 'svg'>;
  readonly paper: Paper;
  readonly lang: Lang;
}

const OUTPUT = /^(\d{4})\/(?:(es|fr)\/)?(?:(regions|continents)\/)?([a-z0-9-]+?)(?:\.(letter))?\.(pdf|xlsx)$/;

export function describeOutput(path: string): OutputDescription | undefined {
  const match = OUTPUT.exec(path);
  if (!match) return undefined;
  const [, year, lang, folder, slug, paper, format] = match;
  const edition = Number(year);
  const allCountries = `ocindex-${edition}-all-countries`;
  const kind: OutputDescription['kind'] = folder === 'regions' ? 'region' : folder === 'continents' ? 'continent' : slug === 'world' ? 'world' : slug === allCountries ? 'all-countries' : 'country';
  if (kind === 'all-countries' && format !== 'xlsx') return undefined;
  return {
    edition,
    kind,
    slug: kind === 'all-countries' ? 'all-countries' : slug!,
    format: format as 'pdf' | 'xlsx',
    paper: (paper ?? 'a4') as Paper,
    lang: (lang ?? 'en') as Lang,
  };
}
