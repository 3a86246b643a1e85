/**
 * Template + the edition's placeholders → the About sheet: source, citation, edition and how to
 * read the other sheets, as topic/text rows. Prose, so no filter. Rows the template marks for
 * workbooks with (or without) a previous edition show only there: a first edition's About
 * explains that it has no changes instead of describing a Deltas sheet it does not have.
 */
import type { EditionPlaceholders } from './editionPlaceholders.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { cell, type TablePlan } from './tablePlan.js';
import { showsIn, type WorkbookTemplate } from './workbookTemplate.js';

export function layoutAbout(template: WorkbookTemplate, shared: EditionPlaceholders, compared: boolean): TablePlan {
  const about = template.allCountries.about;
  return {
    columns: [
      { header: about.topic, kind: 'text' },
      { header: about.text, kind: 'prose', maxWidth: 100 },
    ],
    rows: about.rows
      .map((row) => (Array.isArray(row) ? { topic: row[0], text: row[1], when: undefined } : row))
      .filter((row) => showsIn(row.when, compared))
      .map((row) => [cell(fillPlaceholders(row.topic, shared)), cell(fillPlaceholders(row.text, shared))]),
    filter: false,
  };
}
