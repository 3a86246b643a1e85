/**
 * ScopeBrief → the Editions table: the scope's four composite averages in every edition up to
 * the brief's own (never a later one), one column per edition, oldest first, then the change
 * between each two consecutive editions. One row per composite; rows read in different
 * directions, so each score carries its own shade rather than a colour scale per column.
 */
import { COMPOSITES } from '../index/taxonomy.js';
import type { ScopeBrief } from '../model/buildScopeBrief.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { layoutLegend } from './layoutLegend.js';
import { cell, fromHundredths, toneOfChange, type CellPlan, type ColumnPlan, type TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

export function layoutScopeEditions(brief: ScopeBrief, template: WorkbookTemplate): TablePlan {
  const labels = template.scope.editions;
  const history = brief.history;
  const steps = history.slice(1).map((to, n) => ({ from: history[n]!, to }));
  const columns: ColumnPlan[] = [
    { header: labels.composite, kind: 'text' },
    { header: labels.reading, kind: 'text' },
    ...history.map((point): ColumnPlan => ({ header: String(point.edition), kind: 'score' })),
    ...steps.map(
      ({ from, to }): ColumnPlan => ({
        header: fillPlaceholders(labels.change, { from: from.edition, to: to.edition }),
        kind: 'change',
        headerNote: fillPlaceholders(template.notes.changeBetween, { from: from.edition, to: to.edition }),
      }),
    ),
  ];
  const rows = COMPOSITES.map((composite): CellPlan[] => [
    cell(composite.name, { note: composite.definition }),
    cell(template.higherIs[composite.higherIs]),
    ...history.map((point) => cell(fromHundredths(point.composites[composite.id]), { heat: composite.higherIs })),
    ...steps.map(({ from, to }) => {
      const change = to.composites[composite.id] - from.composites[composite.id];
      return cell(fromHundredths(change), { tone: toneOfChange(change, composite.higherIs) });
    }),
  ]);
  return { columns, rows, frozenColumns: 1, legend: layoutLegend(columns, rows, template) };
}
