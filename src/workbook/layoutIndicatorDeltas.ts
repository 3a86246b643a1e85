/**
 * CountryBrief → the Deltas sheet's table: every indicator scored in both editions (so with a
 * change, zero included), largest rise first; equal changes keep taxonomy order. The Reading
 * column says in words what the colour says (worse, better, unchanged), for readers who cannot
 * tell orange from blue and for printing in black and white; the legend above says it too.
 * The first edition in the data has no changes, so no table (null) and no sheet, rather than an
 * empty one.
 */
import type { CountryBrief, IndicatorFigure } from '../model/buildCountryBrief.js';
import type { EditionPlaceholders } from './editionPlaceholders.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { layoutLegend } from './layoutLegend.js';
import { cell, fromHundredths, toneOfChange, type CellPlan, type ColumnPlan, type TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';
import { groupLabel } from '../index/taxonomy.js';

type Changed = IndicatorFigure & { readonly previous: number; readonly change: number };

/** Indicators with a change, by change descending, then by their place in the taxonomy. */
export function sortDeltas(indicators: readonly IndicatorFigure[]): Changed[] {
  return indicators
    .map((figure, order) => ({ figure, order }))
    .filter((entry): entry is { figure: Changed; order: number } => entry.figure.change !== null && entry.figure.previous !== null)
    .sort((a, b) => b.figure.change - a.figure.change || a.order - b.order)
    .map((entry) => entry.figure);
}

export function layoutIndicatorDeltas(brief: CountryBrief, template: WorkbookTemplate, shared: EditionPlaceholders): TablePlan | null {
  if (brief.previousEdition === null) return null;
  const labels = template.country.deltas;
  const columns: ColumnPlan[] = [
    { header: labels.pillar, kind: 'text' },
    { header: labels.group, kind: 'text' },
    { header: labels.indicator, kind: 'text' },
    { header: fillPlaceholders(labels.previous, shared), kind: 'score' },
    { header: fillPlaceholders(labels.score, shared), kind: 'score' },
    { header: labels.change, kind: 'change' },
    { header: labels.reading, kind: 'text' },
  ];
  const rows = sortDeltas(brief.indicators).map(({ indicator, value, previous, change }): CellPlan[] => {
    const tone = toneOfChange(change, indicator.higherIs);
    return [
      cell(template.pillars[indicator.pillar]),
      cell(groupLabel(indicator.group)),
      cell(indicator.name),
      cell(fromHundredths(previous), { heat: indicator.higherIs }),
      cell(fromHundredths(value), { heat: indicator.higherIs }),
      cell(fromHundredths(change), { tone }),
      cell(template.reading[tone], { tone }),
    ];
  });
  return { columns, rows, frozenColumns: 3, legend: layoutLegend(columns, rows, template) };
}
