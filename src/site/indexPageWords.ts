/**
 * Every word out/index.html prints, in one place: when languages come (issue 13) this becomes
 * one entry per language (or moves beside templates/brief.json), and the page builder takes
 * the words it is given.
 */
import type { Paper, ScopeKind } from '../outputPaths.js';
import type { Lang } from '../present/locale.js';

export const INDEX_WORDS = {
  title: 'Global Organized Crime Index: briefs and workbooks',
  intro:
    'Every brief (PDF) and workbook (Excel) in this folder, with criminality and resilience as the briefs print them. ' +
    'Scores run from 1 to 10: higher criminality is worse, higher resilience is better. ' +
    'A region, a continent and the world score the mean of their countries’ scores.',
  noOutputs: 'Nothing has been generated into this folder yet.',
  edition: (edition: number) => `${edition} edition`,
  editions: 'Editions',
  allCountries: (edition: number) => `All countries of the ${edition} edition in one workbook:`,
  allCountriesLink: (edition: number) => `the all-countries workbook of ${edition}`,
  noRows: 'No brief or workbook of a country, region, continent or the world yet.',
  controls: 'Filter the tables',
  filterText: 'Name contains',
  filterKind: 'Kind',
  allKinds: 'All kinds',
  status: (shown: string, total: string) => `Showing ${shown} of ${total} rows.`,
  columns: { name: 'Name', kind: 'Kind', criminality: 'Criminality', resilience: 'Resilience', pdf: 'Brief (PDF)', xlsx: 'Workbook (Excel)' },
  kinds: { world: 'World', continent: 'Continent', region: 'Region', country: 'Country' } satisfies Record<ScopeKind, string>,
  kindsPlural: { world: 'The world', continent: 'Continents', region: 'Regions', country: 'Countries' } satisfies Record<ScopeKind, string>,
  papers: { a4: 'A4', letter: 'Letter' } satisfies Record<Paper, string>,
  /** Each language in its own name, as a link's title says it. */
  langs: { en: 'English', es: 'español', fr: 'français' } satisfies Record<Lang, string>,
  /** The hidden end of a link's text, for screen readers reading links out of context. */
  linkContext: { pdf: (name: string, edition: number) => `brief of ${name}, ${edition}`, xlsx: (name: string, edition: number) => `workbook of ${name}, ${edition}` },
  none: 'none',
  notAvailable: 'n/a',
  /** "The world, 5 continents, 22 regions and 193 countries". */
  counts: (counts: Readonly<Record<ScopeKind, number>>) => {
    const parts: string[] = [];
    if (counts.world > 0) parts.push('The world');
    const plural = (n: number, one: string, many: string) => (n === 0 ? [] : [`${n} ${n === 1 ? one : many}`]);
    parts.push(...plural(counts.continent, 'continent', 'continents'), ...plural(counts.region, 'region', 'regions'), ...plural(counts.country, 'country', 'countries'));
    return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  },
  source:
    'Data: Global Initiative Against Transnational Organized Crime (GI-TOC), Global Organized Crime Index, ocindex.net. ' +
    'Produced with ocindex-briefs from GI-TOC’s published data. It is not a GI-TOC publication, and GI-TOC has not reviewed it.',
} as const;
