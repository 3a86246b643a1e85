/**
 * The printable regional, continental or world brief, as bytes:
 *
 *   template + model + scope brief + charts ─ layoutScopeBrief ─→ PagePlan ─ paintBrief ─→ PDF bytes
 *
 * The same flow, painter and dating as the country brief (buildBriefPdf.ts).
 */
import { BuildError } from '../errors.js';
import type { IndexModel } from '../model/buildIndexModel.js';
import type { ScopeBrief } from '../model/buildScopeBrief.js';
import { outputDate } from '../present/outputDate.js';
import type { BriefChart } from './briefCharts.js';
import { briefColors } from './briefColors.js';
import { briefTemplateFor } from './briefTemplate.js';
import type { BriefPdfOptions } from './buildBriefPdf.js';
import { layoutScopeBrief } from './layoutScopeBrief.js';
import type { PagePlan } from './pagePlan.js';
import { paintBrief } from './paintBrief.js';
import { scopeTemplateFor, type ScopeTemplate } from './scopeTemplate.js';

export interface ScopePdfOptions extends Omit<BriefPdfOptions, 'template'> {
  /** Defaults to templates/scope.json, or its translation in the output's language. */
  readonly template?: ScopeTemplate;
}

function warner(brief: ScopeBrief, options: ScopePdfOptions): (message: string) => void {
  const report = options.onWarning ?? ((warning: string) => process.emitWarning(warning, 'BriefPdfWarning'));
  return (message) => report(`${brief.name} ${brief.edition} PDF: ${message}`);
}

/** Model + scope brief + charts → the page plan, for inspection; buildScopePdf paints exactly this. */
export function planScopePdf(model: IndexModel, brief: ScopeBrief, charts: readonly BriefChart[], options: ScopePdfOptions): PagePlan {
  return layoutScopeBrief(model, brief, charts, {
    paper: options.paper,
    template: options.template ?? scopeTemplateFor(),
    common: briefTemplateFor(),
    date: outputDate(brief.edition),
    warn: warner(brief, options),
  });
}

/** Model + scope brief + charts → the PDF brief's bytes. */
export async function buildScopePdf(model: IndexModel, brief: ScopeBrief, charts: readonly BriefChart[], options: ScopePdfOptions): Promise<Uint8Array> {
  try {
    const plan = planScopePdf(model, brief, charts, options);
    return await paintBrief(plan, new Map(charts.map((chart) => [chart.id, chart])), briefColors(briefTemplateFor()), warner(brief, options));
  } catch (error) {
    throw new BuildError('pdf', brief.name, error instanceof Error ? error.message : String(error), { cause: error });
  }
}
