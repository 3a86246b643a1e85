/**
 * The pipeline, for one country (or region, continent, the world) and edition, in run order:
 *
 *   load (src/load)  →  model (src/model)  →  charts (src/charts)  →  pdf (src/pdf) / workbook (src/workbook)  →  write (src/output)
 *
 * Loading and the model happen once per run (see src/cli/generate.ts); this file turns a
 * model into the bytes of one country's outputs, in the language of the task (inLang,
 * src/present/locale.ts). It reads and writes nothing itself.
 */
import { countrySlug } from './index/countries.js';
import { buildCountryBrief } from './model/buildCountryBrief.js';
import type { IndexModel } from './model/buildIndexModel.js';
import { renderCharts } from './charts/renderCharts.js';
import { BRIEF_CONTENT_WIDTH, buildBriefPdf } from './pdf/buildBriefPdf.js';
import { buildCountryWorkbook } from './workbook/buildCountryWorkbook.js';
import { buildScopeBrief, type ScopeKind } from './model/buildScopeBrief.js';
import { renderScopeCharts } from './charts/renderScopeCharts.js';
import { buildScopePdf } from './pdf/buildScopePdf.js';
import { buildScopeWorkbook } from './workbook/buildScopeWorkbook.js';
import { buildAllCountriesWorkbook } from './workbook/buildAllCountriesWorkbook.js';
import type { OutputFile } from './output/writeAtomically.js';
import { currentLang } from './present/locale.js';
import { allCountriesPath, chartPath, countryOutputPaths, scopeOutputPaths, scopeStem, type Format, type Paper } from './outputPaths.js';

export interface CountryOutputs {
  /** Paths relative to the output folder. */
  readonly files: OutputFile[];
  /** What a reader of the run summary should know (e.g. a chart the PDF could not draw fully). */
  readonly warnings: string[];
}

/** model + country + formats → the files of that country. */
export async function buildCountryOutputs(model: IndexModel, iso3: string, edition: number, formats: readonly Format[], paper: Paper): Promise<CountryOutputs> {
  const brief = buildCountryBrief(model, iso3, edition);
  const lang = currentLang();
  const files: OutputFile[] = [];
  const warnings: string[] = [];
  // drawn at the brief's text width, so the SVG files and the PDF show the same chart at scale 1
  const wantsCharts = formats.includes('pdf') || formats.includes('svg');
  const charts = wantsCharts ? await renderCharts(model, brief, { width: BRIEF_CONTENT_WIDTH, locale: lang }) : [];
  if (formats.includes('svg')) {
    const stem = scopeStem('country', countrySlug(brief.country));
    for (const chart of charts) files.push({ path: chartPath(edition, stem, chart.id, lang), bytes: chart.svg });
  }
  if (formats.includes('pdf')) {
    const [path] = countryOutputPaths(iso3, edition, 'pdf', paper, false, lang);
    const onWarning = (warning: string) => warnings.push(`${brief.country.name}: pdf: ${warning}`);
    files.push({ path: path!, bytes: await buildBriefPdf(model, brief, charts, { paper, onWarning }) });
  }
  if (formats.includes('xlsx')) {
    const [path] = countryOutputPaths(iso3, edition, 'xlsx', paper, false, lang);
    files.push({ path: path!, bytes: await buildCountryWorkbook(model, brief, undefined, { paper }) });
  }
  return { files, warnings };
}

/** model + region, continent or the world + formats → the files of that scope. */
export async function buildScopeOutputs(model: IndexModel, kind: ScopeKind, name: string, edition: number, formats: readonly Format[], paper: Paper): Promise<CountryOutputs> {
  const brief = buildScopeBrief(model, kind, name, edition);
  const lang = currentLang();
  const files: OutputFile[] = [];
  const warnings: string[] = [];
  const wantsCharts = formats.includes('pdf') || formats.includes('svg');
  const charts = wantsCharts ? await renderScopeCharts(model, brief, { width: BRIEF_CONTENT_WIDTH, locale: lang }) : [];
  if (formats.includes('svg')) {
    const stem = scopeStem(kind, name);
    for (const chart of charts) files.push({ path: chartPath(edition, stem, chart.id, lang), bytes: chart.svg });
  }
  if (formats.includes('pdf')) {
    const [path] = scopeOutputPaths(kind, name, edition, 'pdf', paper, false, lang);
    const onWarning = (warning: string) => warnings.push(`${name}: pdf: ${warning}`);
    files.push({ path: path!, bytes: await buildScopePdf(model, brief, charts, { paper, onWarning }) });
  }
  if (formats.includes('xlsx')) {
    const [path] = scopeOutputPaths(kind, name, edition, 'xlsx', paper, false, lang);
    files.push({ path: path!, bytes: await buildScopeWorkbook(model, brief, undefined, { paper }) });
  }
  return { files, warnings };
}

/** model + edition → the all-countries workbook, set up to print on `paper`. */
export async function buildAllCountriesOutput(model: IndexModel, edition: number, paper: Paper): Promise<OutputFile> {
  return { path: allCountriesPath(edition, paper, currentLang()), bytes: await buildAllCountriesWorkbook(model, edition, undefined, { paper }) };
}
