/**
 * Where each output goes, relative to the output folder. Kept apart from the pipeline so the
 * main thread of a generate run can plan without loading the renderers (the workers do that).
 */
import { countryByIso3, countrySlug } from './index/countries.js';

export const FORMATS = ['pdf', 'xlsx', 'svg'] as const;
export type Format = (typeof FORMATS)[number];
export type Paper = 'a4' | 'letter';

export const CHART_IDS = ['pyramid', 'comparison', 'trend', 'landscape'] as const;

/**
 * "2023/peru.pdf", "2023/peru.xlsx", "2023/charts/peru/markets.svg". The first edition of the
 * data has no trend chart: a trend of one point says nothing.
 */
export function countryOutputPaths(iso3: string, edition: number, format: Format, firstEdition = false): string[] {
  const slug = countrySlug(countryByIso3(iso3));
  switch (format) {
    case 'pdf':
      return [`${edition}/${slug}.pdf`];
    case 'xlsx':
      return [`${edition}/${slug}.xlsx`];
    case 'svg':
      return CHART_IDS.filter((id) => !(firstEdition && id === 'trend')).map((id) => chartPath(edition, slug, id));
  }
}

export function chartPath(edition: number, slug: string, id: string): string {
  return `${edition}/charts/${slug}/${id}.svg`;
}

export function allCountriesPath(edition: number): string {
  return `${edition}/ocindex-${edition}-all-countries.xlsx`;
}
