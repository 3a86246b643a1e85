/**
 * Template + the edition's placeholders → the About sheet: source, citation, edition and how to
 * read the other sheets, as topic/text rows. Prose, so no filter.
 */
import type { EditionPlaceholders } from './editionPlaceholders.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { cell, type TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

export function layoutAbout(template: WorkbookTemplate, shared: EditionPlaceholders): TablePlan {
  const about = template.allCountries.about;
  return {
    columns: [
      { header: about.topic, kind: 'text' },
      { header: about.text, kind: 'prose', maxWidth: 100 },
    ],
    rows: about.rows.map(([topic, text]) => [cell(fillPlaceholders(topic, shared)), cell(fillPlaceholders(text, shared))]),
    filter: false,
  };
}
