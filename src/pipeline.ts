/**
 * The pipeline, for one country and edition, in run order:
 *
 *   load (src/load)  →  model (src/model)  →  charts (src/charts)  →  pdf (src/pdf) / workbook (src/workbook)  →  write (src/output)
 *
 * Loading and the model happen once per run (see src/cli/generate.ts); this file turns a
 * model into the bytes of one country's outputs. It reads and writes nothing itself.
 */
import { countryByIso3, countrySlug } from './index/countries.js';
import { buildCountryBrief } from './model/buildCountryBrief.js';
import type { IndexModel } from './model/buildIndexModel.js';
import { renderCharts } from './charts/renderCharts.js';
import { buildBriefPdf } from './pdf/buildBriefPdf.js';
import { buildCountryWorkbook } from './workbook/buildCountryWorkbook.js';
import { buildAllCountriesWorkbook } from './workbook/buildAllCountriesWorkbook.js';
import type { OutputFile } from './output/writeAtomically.js';

export const FORMATS = ['pdf', 'xlsx', 'svg'] as const;
export type Format = (typeof FORMATS)[number];
export type Paper = 'a4' | 'letter';

/** Output paths, relative to the output folder. */
export function countryOutputPaths(iso3: string, edition: number, format: Format): string[] {
  const slug = countrySlug(countryByIso3(iso3));
  switch (format) {
    case 'pdf':
      return [`${edition}/${slug}.pdf`];
    case 'xlsx':
      return [`${edition}/${slug}.xlsx`];
    case 'svg':
      return CHART_IDS.map((id) => `${edition}/charts/${slug}/${id}.svg`);
  }
}

export const CHART_IDS = ['pyramid', 'markets', 'actors', 'resilience', 'changes', 'landscape', 'comparison'] as const;

export function allCountriesPath(edition: number): string {
  return `${edition}/ocindex-${edition}-all-countries.xlsx`;
}

/** model + country + formats → the files of that country (paths relative to the output folder). */
export async function buildCountryOutputs(
  model: IndexModel,
  iso3: string,
  edition: number,
  formats: readonly Format[],
  paper: Paper,
): Promise<OutputFile[]> {
  const brief = buildCountryBrief(model, iso3, edition);
  const files: OutputFile[] = [];
  const charts = formats.includes('pdf') || formats.includes('svg') ? await renderCharts(model, brief) : [];
  if (formats.includes('svg')) {
    const slug = countrySlug(brief.country);
    for (const chart of charts) files.push({ path: `${edition}/charts/${slug}/${chart.id}.svg`, bytes: chart.svg });
  }
  if (formats.includes('pdf')) {
    const [path] = countryOutputPaths(iso3, edition, 'pdf');
    files.push({ path: path!, bytes: await buildBriefPdf(model, brief, charts, { paper }) });
  }
  if (formats.includes('xlsx')) {
    const [path] = countryOutputPaths(iso3, edition, 'xlsx');
    files.push({ path: path!, bytes: await buildCountryWorkbook(model, brief) });
  }
  return files;
}

/** model + edition → the all-countries workbook. */
export async function buildAllCountriesOutput(model: IndexModel, edition: number): Promise<OutputFile> {
  return { path: allCountriesPath(edition), bytes: await buildAllCountriesWorkbook(model, edition) };
}
