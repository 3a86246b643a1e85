/**
 * The printable country brief, as bytes:
 *
 *   template + model + brief + charts ─ layoutBrief ─→ PagePlan ─ paintBrief ─→ PDF bytes
 *
 * Layout decides everything (line breaks, page breaks, positions, structure, outline) as plain
 * data; painting only draws it. Dates come from SOURCE_DATE_EPOCH or the edition, so the same
 * data gives the same bytes. Nothing here writes files.
 */
import { BuildError } from '../errors.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import type { IndexModel } from '../model/buildIndexModel.js';
import type { BriefChart } from './briefCharts.js';
import { briefColors } from './briefColors.js';
import { outputDate } from '../present/outputDate.js';
import { briefTemplateFor, type BriefTemplate } from './briefTemplate.js';
import { layoutBrief } from './layoutBrief.js';
import type { Paper } from './pageGeometry.js';
import type { PagePlan } from './pagePlan.js';
import { paintBrief } from './paintBrief.js';

export { BRIEF_CONTENT_WIDTH, type Paper } from './pageGeometry.js';
export type { PagePlan } from './pagePlan.js';

export interface BriefPdfOptions {
  readonly paper: Paper;
  /** Defaults to templates/brief.json, or its translation in the output's language. */
  readonly template?: BriefTemplate;
  /**
   * Receives each warning (a chart svg-to-pdfkit could not draw faithfully, a chart missing).
   * Without it, warnings go to process.emitWarning.
   */
  readonly onWarning?: (warning: string) => void;
}

function warner(brief: CountryBrief, options: BriefPdfOptions): (message: string) => void {
  const report = options.onWarning ?? ((warning: string) => process.emitWarning(warning, 'BriefPdfWarning'));
  return (message) => report(`${brief.country.name} ${brief.edition} PDF: ${message}`);
}

/** Model + brief + charts → the page plan, for inspection; buildBriefPdf paints exactly this. */
export function planBriefPdf(model: IndexModel, brief: CountryBrief, charts: readonly BriefChart[], options: BriefPdfOptions): PagePlan {
  return layoutBrief(model, brief, charts, {
    paper: options.paper,
    template: options.template ?? briefTemplateFor(),
    date: outputDate(brief.edition),
    warn: warner(brief, options),
  });
}

/** Model + brief + charts → the PDF brief's bytes. */
export async function buildBriefPdf(model: IndexModel, brief: CountryBrief, charts: readonly BriefChart[], options: BriefPdfOptions): Promise<Uint8Array> {
  try {
    const plan = planBriefPdf(model, brief, charts, options);
    const colors = briefColors(options.template ?? briefTemplateFor());
    return await paintBrief(plan, new Map(charts.map((chart) => [chart.id, chart])), colors, warner(brief, options));
  } catch (error) {
    throw new BuildError('pdf', brief.country.name, error instanceof Error ? error.message : String(error), { cause: error });
  }
}
