/**
 * CountryBrief → the Scores sheet's table: one row per indicator of the edition, in taxonomy
 * order, with definition, score, previous score, change and the regional, continental and
 * global averages. A new indicator has blank previous score and change, and a note saying so:
 * a blank is "not scored before", never a zero. The legend above says what colours and blanks mean.
 */
import type { CountryBrief } from '../model/buildCountryBrief.js';
import type { EditionPlaceholders } from './editionPlaceholders.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { fillLegend, layoutLegend } from './layoutLegend.js';
import { cell, fromHundredths, toneOfChange, type CellPlan, type ColumnPlan, type TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

/** Definitions wrap at this width: two or three lines each. */
const DEFINITION_WIDTH = 60;

export function layoutIndicatorScores(brief: CountryBrief, template: WorkbookTemplate, shared: EditionPlaceholders): TablePlan {
  const labels = template.country.scores;
  const world = template.allCountries.regions.scopes.world;
  const columns: ColumnPlan[] = [
    { header: labels.pillar, kind: 'text' },
    { header: labels.group, kind: 'text' },
    { header: labels.indicator, kind: 'text' },
    { header: labels.definition, kind: 'prose', maxWidth: DEFINITION_WIDTH },
    { header: fillPlaceholders(labels.score, shared), kind: 'score' },
    { header: fillPlaceholders(labels.previous, shared), kind: 'score' },
    { header: labels.change, kind: 'change' },
    ...[brief.country.region, brief.country.continent, world].map(
      (group): ColumnPlan => ({ header: fillPlaceholders(labels.average, { group }), kind: 'score' }),
    ),
  ];
  const newNote = fillPlaceholders(template.notes.newIndicator, shared);
  const rows = brief.indicators.map(({ indicator, value, previous, change, averages }): CellPlan[] => {
    const heat = indicator.higherIs;
    return [
      cell(template.pillars[indicator.pillar]),
      cell(indicator.group),
      cell(indicator.name),
      cell(indicator.definition),
      cell(fromHundredths(value), { heat }),
      previous === null ? cell(null) : cell(fromHundredths(previous), { heat }),
      // Only a new indicator lacks a change when there is a previous edition to compare with.
      change === null
        ? cell(null, brief.previousEdition === null ? {} : { note: newNote })
        : cell(fromHundredths(change), { tone: toneOfChange(change, indicator.higherIs) }),
      cell(fromHundredths(averages.region), { heat }),
      cell(fromHundredths(averages.continent), { heat }),
      cell(fromHundredths(averages.world), { heat }),
    ];
  });
  const blanks =
    brief.previousEdition === null
      ? [fillLegend(template.legend.blankNoPrevious, shared)]
      : brief.indicators.some((figure) => figure.change === null)
        ? [fillLegend(template.legend.blankChange, shared)]
        : [];
  return { columns, rows, frozenColumns: 3, legend: layoutLegend(columns, rows, template, blanks) };
}
