/**
 * IndexModel + CountryBrief → the country workbook's bytes (xlsx), reproducibly.
 *
 *   1. placeholders shared by every sheet (editions, source, citation, data files)
 *   2. lay out each sheet as plain data: Summary, Scores, Deltas, History, Narrative (only with
 *      a profile)
 *   3. paint them into an exceljs workbook with pinned document properties, the headers of
 *      Scores, Deltas and History on one row below the longest legend
 *   4. render to bytes with fixed zip dates, order and ids
 */
import { BuildError } from '../errors.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import type { IndexModel } from '../model/buildIndexModel.js';
import { createWorkbook } from './createWorkbook.js';
import { outputDate } from '../present/outputDate.js';
import { editionPlaceholders } from './editionPlaceholders.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { layoutHistory } from './layoutHistory.js';
import { layoutIndicatorDeltas } from './layoutIndicatorDeltas.js';
import { layoutIndicatorScores } from './layoutIndicatorScores.js';
import { layoutNarrative } from './layoutNarrative.js';
import { layoutSummary } from './layoutSummary.js';
import { paintSummarySheet } from './paintSummarySheet.js';
import { paintTableSheet, sharedHeaderRow } from './paintTable.js';
import { renderXlsx } from './renderXlsx.js';
import { WORKBOOK_TEMPLATE, type WorkbookTemplate } from './workbookTemplate.js';

export async function buildCountryWorkbook(
  model: IndexModel,
  brief: CountryBrief,
  template: WorkbookTemplate = WORKBOOK_TEMPLATE,
): Promise<Uint8Array> {
  try {
    const profileFiles = brief.profile ? [brief.profile.source.file] : [];
    const shared = editionPlaceholders(model, brief.edition, brief.previousEdition, template, profileFiles);
    const names = { ...shared, country: brief.country.name, iso3: brief.country.iso3 };
    const sheets = template.country.sheets;

    const summary = layoutSummary(brief, template, shared);
    const scores = layoutIndicatorScores(brief, template, shared);
    const deltas = layoutIndicatorDeltas(brief, template, shared);
    const history = layoutHistory(brief, template);
    const narrative = layoutNarrative(brief, template);

    const date = outputDate(brief.edition);
    const workbook = createWorkbook({
      title: fillPlaceholders(template.country.title, names),
      subject: fillPlaceholders(template.country.subject, names),
      keywords: template.country.keywords.map((keyword) => fillPlaceholders(keyword, names)),
      category: template.country.category,
      creator: template.creator,
      date,
    });
    paintSummarySheet(workbook, sheets.summary, summary, template);
    const headerRow = sharedHeaderRow([scores, deltas, history]);
    paintTableSheet(workbook, sheets.scores, scores, template, headerRow);
    paintTableSheet(workbook, sheets.deltas, deltas, template, headerRow);
    paintTableSheet(workbook, sheets.history, history, template, headerRow);
    if (narrative) paintTableSheet(workbook, sheets.narrative, narrative, template);

    return await renderXlsx(workbook, date);
  } catch (error) {
    throw new BuildError('workbook', brief.country.name, (error as Error).message, { cause: error });
  }
}
