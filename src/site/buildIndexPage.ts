/**
 * model + the output files that exist → IndexPage: what out/index.html lists, as plain data.
 *
 * One row per country, region, continent and the world that has at least one file, per
 * edition; its criminality and resilience as the briefs print them (a country's own score, a
 * scope's mean of its countries' unrounded scores, from the model); its links in a fixed order.
 * Pure: the caller says which files exist (see writeIndexPage.ts).
 */
import { COUNTRIES, CONTINENTS, countrySlug, nameKey } from '../index/countries.js';
import type { IndexModel } from '../model/buildIndexModel.js';
import { LANGS, type Lang } from '../present/locale.js';
import { describeOutput, nameSlug, PAPERS, type OutputDescription, type Paper, type ScopeKind } from '../outputPaths.js';

/** One file to link to. */
export interface IndexLink {
  /** Relative to the output folder, "/"-separated: "2025/regions/south-america.letter.pdf". */
  readonly path: string;
  readonly format: 'pdf' | 'xlsx';
  readonly paper: Paper;
  readonly lang: Lang;
}

export interface IndexRow {
  readonly kind: ScopeKind;
  readonly slug: string;
  /** As lists print it: "Peru", "Central & Eastern Europe", "World". */
  readonly name: string;
  /** Hundredths; null when the data has no such edition (or no such scope). */
  readonly criminality: number | null;
  readonly resilience: number | null;
  /** Sorted by format, then language, then paper. */
  readonly links: readonly IndexLink[];
}

export interface IndexEdition {
  readonly edition: number;
  /** Sorted by kind (world, continents, regions, countries), then by name. */
  readonly rows: readonly IndexRow[];
  /** The all-countries workbooks, one per paper made. */
  readonly allCountries: readonly IndexLink[];
}

export interface IndexPage {
  /** Newest first: the current edition is what most readers want. */
  readonly editions: readonly IndexEdition[];
}

export const KIND_ORDER: readonly ScopeKind[] = ['world', 'continent', 'region', 'country'];

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Links in a fixed order: PDF before workbook, then English, Spanish, French, then A4 before Letter. */
export function compareLinks(a: IndexLink, b: IndexLink): number {
  return byCodeUnits(a.format, b.format) || LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang) || PAPERS.indexOf(a.paper) - PAPERS.indexOf(b.paper) || byCodeUnits(a.path, b.path);
}

/** Rows by kind, then by name without accents or case ("Côte d'Ivoire" among the C's). */
export function compareRows(a: IndexRow, b: IndexRow): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || byCodeUnits(nameKey(a.name), nameKey(b.name)) || byCodeUnits(a.slug, b.slug);
}

/** Slug → name, and the key the model's averages use, for every scope kind. */
function namesBySlug(): Readonly<Record<ScopeKind, ReadonlyMap<string, { name: string; key: string }>>> {
  const regions = [...new Set(COUNTRIES.map((c) => c.region))];
  return {
    world: new Map([['world', { name: 'World', key: 'World' }]]),
    continent: new Map(CONTINENTS.map((name) => [nameSlug(name), { name, key: name }])),
    region: new Map(regions.map((name) => [nameSlug(name), { name, key: name }])),
    country: new Map(COUNTRIES.map((c) => [countrySlug(c), { name: c.name, key: c.iso3 }])),
  };
}

/** A row's two figures, in hundredths, from the model of its edition. */
function figuresOf(model: IndexModel, edition: number, kind: ScopeKind, key: string | undefined): Pick<IndexRow, 'criminality' | 'resilience'> {
  const scores = model.editions.get(edition);
  if (!scores || key === undefined) return { criminality: null, resilience: null };
  if (kind === 'country') {
    const country = scores.scores.countries.get(key);
    return { criminality: country?.hundredths.criminality ?? null, resilience: country?.hundredths.resilience ?? null };
  }
  const average = scores.averages.get(key);
  return { criminality: average?.criminality ?? null, resilience: average?.resilience ?? null };
}

/**
 * `files`: output paths (relative, "/"-separated) that exist. Anything that is not a PDF or a
 * workbook of the naming scheme (charts, the manifest) is left out.
 */
export function buildIndexPage(model: IndexModel, files: readonly string[]): IndexPage {
  const names = namesBySlug();
  const described = files.flatMap((path) => {
    const description = describeOutput(path);
    return description ? [{ path, ...description }] : [];
  });
  const editions = [...new Set(described.map((d) => d.edition))].sort((a, b) => b - a);
  return {
    editions: editions.map((edition) => {
      const ofEdition = described.filter((d) => d.edition === edition);
      const link = (d: OutputDescription & { path: string }): IndexLink => ({ path: d.path, format: d.format, paper: d.paper, lang: d.lang });
      const groups = new Map<string, (OutputDescription & { path: string })[]>();
      for (const d of ofEdition) {
        if (d.kind === 'all-countries') continue;
        const id = `${d.kind}/${d.slug}`;
        groups.set(id, [...(groups.get(id) ?? []), d]);
      }
      const rows = [...groups.values()].map((group): IndexRow => {
        const { kind, slug } = group[0]! as { kind: ScopeKind; slug: string };
        // a slug no longer in the country table (a renamed country) is still listed, by its slug
        const known = names[kind].get(slug);
        return {
          kind,
          slug,
          name: known?.name ?? slug,
          ...figuresOf(model, edition, kind, known?.key),
          links: group.map(link).sort(compareLinks),
        };
      });
      const allCountries = ofEdition
        .filter((d) => d.kind === 'all-countries')
        .map(link)
        .sort(compareLinks);
      return { edition, rows: rows.sort(compareRows), allCountries };
    }),
  };
}
