/**
 * IndexModel + ScopeBrief → the xlsx bytes of a region's, a continent's or the world's
 * workbook, reproducibly.
 *
 *   1. placeholders shared by every sheet (editions, source, citation, data files, the scope's
 *      name and size)
 *   2. lay out each sheet as plain data: Summary, Members, Indicators, Groups (only where the
 *      scope has sub-groups: a continent's regions, the world's continents and regions) and
 *      Editions; a first edition has no previous or change columns
 *   3. paint them into an exceljs workbook with pinned document properties, the tables' headers
 *      on one row below the longest legend, every sheet printing one page wide on the run's paper
 *   4. render to bytes with fixed zip dates, order and ids
 */
import { BuildError } from '../errors.js';
import type { IndexModel } from '../model/buildIndexModel.js';
import type { ScopeBrief } from '../model/buildScopeBrief.js';
import { outputDate } from '../present/outputDate.js';
import type { WorkbookOptions } from './buildCountryWorkbook.js';
import { createWorkbook } from './createWorkbook.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { layoutScopeEditions } from './layoutScopeEditions.js';
import { layoutScopeGroups } from './layoutScopeGroups.js';
import { layoutScopeIndicators } from './layoutScopeIndicators.js';
import { layoutScopeMembers } from './layoutScopeMembers.js';
import { layoutScopeSummary } from './layoutScopeSummary.js';
import { paintSummarySheet } from './paintSummarySheet.js';
import { paintTableSheet, sharedHeaderRow } from './paintTable.js';
import { renderXlsx } from './renderXlsx.js';
import { scopePlaceholders } from './scopePlaceholders.js';
import { workbookTemplateFor, type WorkbookTemplate } from './workbookTemplate.js';

export async function buildScopeWorkbook(model: IndexModel, brief: ScopeBrief, template: WorkbookTemplate = workbookTemplateFor(), { paper = 'a4' }: WorkbookOptions = {}): Promise<Uint8Array> {
  try {
    const names = scopePlaceholders(model, brief, template);
    const texts = template.scope;

    const summary = layoutScopeSummary(brief, template, names);
    const members = layoutScopeMembers(brief, template, names);
    const indicators = layoutScopeIndicators(brief, template, names);
    const groups = layoutScopeGroups(brief, template, names);
    const editions = layoutScopeEditions(brief, template);

    const date = outputDate(brief.edition);
    const title = fillPlaceholders(texts.title, names);
    const workbook = createWorkbook({
      title,
      subject: fillPlaceholders(texts.subject, names),
      keywords: texts.keywords.map((keyword) => fillPlaceholders(keyword, names)),
      category: texts.kinds[brief.kind].category,
      creator: template.creator,
      date,
    });
    const print = { paper, title };
    const headerRow = sharedHeaderRow([members, indicators, ...(groups ? [groups] : []), editions]);
    paintSummarySheet(workbook, texts.sheets.summary, summary, template, print);
    paintTableSheet(workbook, texts.sheets.members, members, template, print, headerRow);
    paintTableSheet(workbook, texts.sheets.indicators, indicators, template, print, headerRow);
    // Only a continent and the world have sub-groups, and so this sheet.
    if (groups && brief.kind !== 'region') paintTableSheet(workbook, texts.sheets.groups[brief.kind], groups, template, print, headerRow);
    paintTableSheet(workbook, texts.sheets.editions, editions, template, print, headerRow);

    return await renderXlsx(workbook, date);
  } catch (error) {
    throw new BuildError('workbook', brief.name, (error as Error).message, { cause: error });
  }
}
