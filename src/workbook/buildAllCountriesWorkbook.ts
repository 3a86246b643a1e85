/**
 * IndexModel + edition → the all-countries workbook's bytes (xlsx), reproducibly.
 *
 *   1. placeholders shared by every sheet (editions, source, citation, data files)
 *   2. lay out Scores, Deltas (only with a previous edition: the first edition has no changes),
 *      Editions, Regions and About as plain data
 *   3. paint them into an exceljs workbook with pinned document properties, every table's
 *      header on one row below the longest legend, every sheet printing one page wide on the
 *      run's paper
 *   4. render to bytes with fixed zip dates, order and ids
 */
import { BuildError } from '../errors.js';
import { previousEditionOf } from '../model/buildCountryBrief.js';
import type { IndexModel } from '../model/buildIndexModel.js';
import type { WorkbookOptions } from './buildCountryWorkbook.js';
import { createWorkbook } from './createWorkbook.js';
import { outputDate } from '../present/outputDate.js';
import { editionPlaceholders } from './editionPlaceholders.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { layoutAbout } from './layoutAbout.js';
import { layoutAllDeltas, layoutAllScores } from './layoutAllCountries.js';
import { layoutAllEditions } from './layoutAllEditions.js';
import { layoutRegions } from './layoutRegions.js';
import { paintTableSheet, sharedHeaderRow } from './paintTable.js';
import { renderXlsx } from './renderXlsx.js';
import { workbookTemplateFor, type WorkbookTemplate } from './workbookTemplate.js';

export async function buildAllCountriesWorkbook(model: IndexModel, edition: number, template: WorkbookTemplate = workbookTemplateFor(), { paper = 'a4' }: WorkbookOptions = {}): Promise<Uint8Array> {
  try {
    const previousEdition = previousEditionOf(model, edition);
    const shared = editionPlaceholders(model, edition, previousEdition, template);
    const texts = template.allCountries;

    const scores = layoutAllScores(model, edition, template);
    const deltas = layoutAllDeltas(model, edition, template, shared);
    const editions = layoutAllEditions(model, edition, template);
    const regions = layoutRegions(model, edition, template);
    const about = layoutAbout(template, shared, previousEdition !== null);

    const date = outputDate(edition);
    const title = fillPlaceholders(texts.title, shared);
    const workbook = createWorkbook({
      title,
      subject: fillPlaceholders(texts.subject, shared),
      keywords: texts.keywords.map((keyword) => fillPlaceholders(keyword, shared)),
      category: texts.category,
      creator: template.creator,
      date,
    });
    const print = { paper, title };
    const headerRow = sharedHeaderRow([scores, ...(deltas ? [deltas] : []), editions, regions]);
    paintTableSheet(workbook, texts.sheets.scores, scores, template, print, headerRow);
    if (deltas) paintTableSheet(workbook, texts.sheets.deltas, deltas, template, print, headerRow);
    paintTableSheet(workbook, texts.sheets.editions, editions, template, print, headerRow);
    paintTableSheet(workbook, texts.sheets.regions, regions, template, print, headerRow);
    paintTableSheet(workbook, texts.sheets.about, about, template, print);

    return await renderXlsx(workbook, date);
  } catch (error) {
    throw new BuildError('workbook', `all countries ${edition}`, (error as Error).message, { cause: error });
  }
}
