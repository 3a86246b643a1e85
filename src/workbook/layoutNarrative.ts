/**
 * CountryBrief → the Narrative sheet's table: one row per paragraph in page order, numbered so
 * the order survives a reader's sorting, with the section (pillar / group) and the indicators it
 * covers by name. Null, so no sheet rather than an empty one, when the country has no profile
 * or a profile without paragraphs.
 */
import { indicatorById } from '../index/taxonomy.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import type { Paragraph } from '../load/schemas.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { cell, type TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

/** Wide enough for a paragraph to read as prose, narrow enough to fit a landscape page. */
const TEXT_WIDTH = 100;

function sectionOf(paragraph: Paragraph, template: WorkbookTemplate): string {
  const labels = template.country.narrative;
  if (paragraph.pillar === null) return labels.unplaced;
  const pillar = template.pillars[paragraph.pillar];
  if (paragraph.group === null) return pillar;
  return fillPlaceholders(labels.sectionPattern, { pillar, group: paragraph.group });
}

export function layoutNarrative(brief: CountryBrief, template: WorkbookTemplate): TablePlan | null {
  if (!brief.profile || brief.profile.paragraphs.length === 0) return null;
  const labels = template.country.narrative;
  return {
    columns: [
      { header: labels.number, kind: 'integer' },
      { header: labels.section, kind: 'text' },
      { header: labels.indicators, kind: 'prose', maxWidth: 40 },
      { header: labels.text, kind: 'prose', maxWidth: TEXT_WIDTH },
    ],
    rows: brief.profile.paragraphs.map((paragraph, n) => [
      cell(n + 1),
      cell(sectionOf(paragraph, template)),
      cell(paragraph.indicators.map((id) => indicatorById(id).name).join('; ')),
      cell(paragraph.text),
    ]),
  };
}
