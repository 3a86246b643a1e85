/**
 * IndexModel + CountryBrief → the country workbook's bytes (xlsx), reproducibly.
 *
 *   1. placeholders shared by every sheet (editions, source, citation, data files)
 *   2. lay out each sheet as plain data: Summary, Scores, Deltas (only with a previous edition:
 *      the first edition has no changes), History, Narrative (only with a profile)
 *   3. paint them into an exceljs workbook with pinned document properties, the headers of
 *      Scores, Deltas and History on one row below the longest legend, every sheet printing
 *      one page wide on the run's paper
 *   4. render to bytes with fixed zip dates, order and ids
 */
import { BuildError } from '../errors.js';
import { countryName } from '../index/countries.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import type { IndexModel } from '../model/buildIndexModel.js';
import type { Paper } from '../outputPaths.js';
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
import { workbookTemplateFor, type WorkbookTemplate } from './workbookTemplate.js';

export interface WorkbookOptions {
  /** The paper every sheet prints on (default A4). */
  readonly paper?: Paper;
}

export async function buildCountryWorkbook(model: IndexModel, brief: CountryBrief, template: WorkbookTemplate = workbookTemplateFor(), { paper = 'a4' }: WorkbookOptions = {}): Promise<Uint8Array> {
  try {
    const profileFiles = brief.profile ? [brief.profile.source.file] : [];
    const shared = editionPlaceholders(model, brief.edition, brief.previousEdition, template, profileFiles);
    const names = { ...shared, country: countryName(brief.country), iso3: brief.country.iso3 };
    const sheets = template.country.sheets;

    const summary = layoutSummary(brief, template, shared);
    const scores = layoutIndicatorScores(brief, template, shared);
    const deltas = layoutIndicatorDeltas(brief, template, shared);
    const history = layoutHistory(brief, template);
    const narrative = layoutNarrative(brief, template);

    const date = outputDate(brief.edition);
    const title = fillPlaceholders(template.country.title, names);
    const workbook = createWorkbook({
      title,
      subject: fillPlaceholders(template.country.subject, names),
      keywords: template.country.keywords.map((keyword) => fillPlaceholders(keyword, names)),
      category: template.country.category,
      creator: template.creator,
      date,
    });
    const print = { paper, title };
    paintSummarySheet(workbook, sheets.summary, summary, template, print);
    const headerRow = sharedHeaderRow([scores, ...(deltas ? [deltas] : []), history]);
    paintTableSheet(workbook, sheets.scores, scores, template, print, headerRow);
    if (deltas) paintTableSheet(workbook, sheets.deltas, deltas, template, print, headerRow);
    paintTableSheet(workbook, sheets.history, history, template, print, headerRow);
    if (narrative) paintTableSheet(workbook, sheets.narrative, narrative, template, print);

    return await renderXlsx(workbook, date);
  } catch (error) {
    throw new BuildError('workbook', brief.country.name, (error as Error).message, { cause: error });
  }
}
