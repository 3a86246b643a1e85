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
import { renderCharts, type ChartSvg } from './charts/renderCharts.js';
import { BRIEF_CONTENT_WIDTH, buildBriefPdf } from './pdf/buildBriefPdf.js';
import { buildCountryWorkbook } from './workbook/buildCountryWorkbook.js';
import { buildScopeBrief, type ScopeKind } from './model/buildScopeBrief.js';
import { renderScopeCharts } from './charts/renderScopeCharts.js';
import { buildScopePdf } from './pdf/buildScopePdf.js';
import { buildScopeWorkbook } from './workbook/buildScopeWorkbook.js';
import { buildAllCountriesWorkbook } from './workbook/buildAllCountriesWorkbook.js';
import type { OutputFile } from './output/writeAtomically.js';
import { currentLang, type Lang } from './present/locale.js';
import { allCountriesPath, chartPath, scopeOutputPaths, scopeStem, type Format, type Paper, type ScopeKind as OutputScopeKind } from './outputPaths.js';

export interface BuiltOutputs {
  /** Paths relative to the output folder. */
  readonly files: OutputFile[];
  /** What a reader of the run summary should know (e.g. a chart the PDF could not draw fully). */
  readonly warnings: string[];
}

/** model + country + formats → the files of that country. */
export async function buildCountryOutputs(model: IndexModel, iso3: string, edition: number, formats: readonly Format[], paper: Paper): Promise<BuiltOutputs> {
  const brief = buildCountryBrief(model, iso3, edition);
  return assembleOutputs({ kind: 'country', name: countrySlug(brief.country), label: brief.country.name }, edition, formats, paper, {
    charts: (options) => renderCharts(model, brief, options),
    pdf: (charts, onWarning) => buildBriefPdf(model, brief, charts, { paper, onWarning }),
    xlsx: () => buildCountryWorkbook(model, brief, undefined, { paper }),
  });
}

/** model + region, continent or the world + formats → the files of that scope. */
export async function buildScopeOutputs(model: IndexModel, kind: ScopeKind, name: string, edition: number, formats: readonly Format[], paper: Paper): Promise<BuiltOutputs> {
  const brief = buildScopeBrief(model, kind, name, edition);
  return assembleOutputs({ kind, name, label: name }, edition, formats, paper, {
    charts: (options) => renderScopeCharts(model, brief, options),
    pdf: (charts, onWarning) => buildScopePdf(model, brief, charts, { paper, onWarning }),
    xlsx: () => buildScopeWorkbook(model, brief, undefined, { paper }),
  });
}

/**
 * The files of one country or scope, in the output's language: its charts (drawn at the brief's
 * text width, so the SVG files and the PDF show the same chart at scale 1), its PDF, its workbook.
 */
async function assembleOutputs(
  subject: { kind: OutputScopeKind; name: string; label: string },
  edition: number,
  formats: readonly Format[],
  paper: Paper,
  build: {
    charts: (options: { width: number; locale: Lang }) => Promise<ChartSvg[]>;
    pdf: (charts: readonly ChartSvg[], onWarning: (warning: string) => void) => Promise<Uint8Array>;
    xlsx: () => Promise<Uint8Array>;
  },
): Promise<BuiltOutputs> {
  const lang = currentLang();
  const files: OutputFile[] = [];
  const warnings: string[] = [];
  const pathOf = (format: 'pdf' | 'xlsx') => scopeOutputPaths(subject.kind, subject.name, edition, format, paper, false, lang)[0]!;
  const wantsCharts = formats.includes('pdf') || formats.includes('svg');
  const charts = wantsCharts ? await build.charts({ width: BRIEF_CONTENT_WIDTH, locale: lang }) : [];
  if (formats.includes('svg')) {
    const stem = scopeStem(subject.kind, subject.name);
    for (const chart of charts) files.push({ path: chartPath(edition, stem, chart.id, lang), bytes: chart.svg });
  }
  if (formats.includes('pdf')) {
    const onWarning = (warning: string) => warnings.push(`${subject.label}: pdf: ${warning}`);
    files.push({ path: pathOf('pdf'), bytes: await build.pdf(charts, onWarning) });
  }
  if (formats.includes('xlsx')) files.push({ path: pathOf('xlsx'), bytes: await build.xlsx() });
  return { files, warnings };
}

/** model + edition → the all-countries workbook, set up to print on `paper`. */
export async function buildAllCountriesOutput(model: IndexModel, edition: number, paper: Paper): Promise<OutputFile> {
  return { path: allCountriesPath(edition, paper, currentLang()), bytes: await buildAllCountriesWorkbook(model, edition, undefined, { paper }) };
}
