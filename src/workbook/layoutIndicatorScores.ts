/**
 * CountryBrief → the Scores sheet's table: one row per indicator of the edition, in taxonomy
 * order, with definition, score, previous score, change and the regional, continental and
 * global averages. A new indicator has a blank previous score (with a note) and a change that
 * reads "n/a", as the brief prints it: never a zero. The first edition in the data has nothing
 * to compare with, so it has neither previous score nor change column rather than two empty
 * ones. The legend above says what colours, blanks and n/a mean.
 */
import { groupName } from '../index/countries.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import type { EditionPlaceholders } from './editionPlaceholders.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { fillLegend, layoutLegend } from './layoutLegend.js';
import { cell, fromHundredths, notAvailableCell, toneOfChange, type CellPlan, type ColumnPlan, type TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';
import { groupLabel } from '../index/taxonomy.js';

/** Definitions wrap at this width: two or three lines each. */
const DEFINITION_WIDTH = 60;

export function layoutIndicatorScores(brief: CountryBrief, template: WorkbookTemplate, shared: EditionPlaceholders): TablePlan {
  const labels = template.country.scores;
  const world = template.allCountries.regions.scopes.world;
  const compared = brief.previousEdition !== null;
  const columns: ColumnPlan[] = [
    { header: labels.pillar, kind: 'text' },
    { header: labels.group, kind: 'text' },
    { header: labels.indicator, kind: 'text' },
    { header: labels.definition, kind: 'prose', maxWidth: DEFINITION_WIDTH },
    { header: fillPlaceholders(labels.score, shared), kind: 'score' },
    ...(compared
      ? [
          { header: fillPlaceholders(labels.previous, shared), kind: 'score' as const },
          { header: labels.change, kind: 'change' as const },
        ]
      : []),
    ...[groupName(brief.country.region), groupName(brief.country.continent), world].map((group): ColumnPlan => ({ header: fillPlaceholders(labels.average, { group }), kind: 'score' })),
  ];
  const newNote = fillPlaceholders(template.notes.newIndicator, shared);
  const notScoredNote = fillPlaceholders(template.notes.notScoredYet, { since: brief.edition, edition: shared.previousEdition });
  const rows = brief.indicators.map(({ indicator, value, previous, change, averages }): CellPlan[] => {
    const heat = indicator.higherIs;
    // With a previous edition, only a new indicator lacks a previous score and a change.
    const comparison = compared
      ? [
          previous === null ? cell(null, { note: notScoredNote }) : cell(fromHundredths(previous), { heat }),
          change === null ? notAvailableCell(template.notAvailable, { note: newNote }) : cell(fromHundredths(change), { tone: toneOfChange(change, indicator.higherIs) }),
        ]
      : [];
    return [
      cell(template.pillars[indicator.pillar]),
      cell(groupLabel(indicator.group)),
      cell(indicator.name),
      cell(indicator.definition),
      cell(fromHundredths(value), { heat }),
      ...comparison,
      cell(fromHundredths(averages.region), { heat }),
      cell(fromHundredths(averages.continent), { heat }),
      cell(fromHundredths(averages.world), { heat }),
    ];
  });
  const anyNew = compared && brief.indicators.some((figure) => figure.previous === null);
  const more = anyNew ? [fillLegend(template.legend.blankScore, { since: brief.edition })] : [];
  return { columns, rows, frozenColumns: 3, legend: layoutLegend(columns, rows, template, { more, values: shared }) };
}
