/**
 * ScopeBrief → the Indicators table: one row per indicator of the edition, in taxonomy order,
 * with the scope's average, the continent's (a region) and the world's, the difference from the
 * world, then the previous edition's average and the change. The world's own workbook has no
 * world or difference column: they would repeat its average and print zeros. A new indicator
 * has a blank previous average (with a note) and a change that reads "n/a", never a zero; a
 * first edition has neither column.
 *
 * A difference is coloured as a change is, by what it means (dark orange worse than the world,
 * dark blue better), and the legend says the colour stands for either.
 */
import type { ScopeBrief } from '../model/buildScopeBrief.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { fillLegend, layoutLegend, type LegendOptions } from './layoutLegend.js';
import { comparedGroups } from './layoutScopeSummary.js';
import type { ScopePlaceholders } from './scopePlaceholders.js';
import { cell, fromHundredths, notAvailableCell, toneOfChange, type CellPlan, type ColumnPlan, type TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';
import { groupLabel } from '../index/taxonomy.js';

/** The legend's words for the dark fills: a change, a difference from the world, or either. */
function tonesOf(template: WorkbookTemplate, compared: boolean, differs: boolean): LegendOptions['tones'] {
  const texts = template.scope.legend;
  if (!differs) return undefined;
  return compared ? { worse: texts.worseEither, better: texts.betterEither } : { worse: texts.worseThanWorld, better: texts.betterThanWorld };
}

export function layoutScopeIndicators(brief: ScopeBrief, template: WorkbookTemplate, names: ScopePlaceholders): TablePlan {
  const labels = template.scope.indicators;
  const compared = brief.previousEdition !== null;
  const differs = brief.kind !== 'world';
  const others = comparedGroups(brief, template);
  const average = (group: string, edition: number | string) => fillPlaceholders(labels.average, { group, edition });
  const columns: ColumnPlan[] = [
    { header: labels.pillar, kind: 'text' },
    { header: labels.group, kind: 'text' },
    { header: labels.indicator, kind: 'text' },
    { header: average(names.group, names.edition), kind: 'score' },
    ...others.map((other): ColumnPlan => ({ header: average(other.name, names.edition), kind: 'score' })),
    ...(differs ? [{ header: labels.difference, kind: 'change' as const, headerNote: fillPlaceholders(labels.differenceNote, names) }] : []),
    ...(compared
      ? [
          { header: average(names.group, names.previousEdition), kind: 'score' as const },
          { header: labels.change, kind: 'change' as const },
        ]
      : []),
  ];

  const newNote = fillPlaceholders(template.notes.newIndicator, names);
  const notScoredNote = fillPlaceholders(template.notes.notScoredYet, { since: brief.edition, edition: names.previousEdition });
  const rows = brief.indicators.map((figure): CellPlan[] => {
    const { indicator, value, previous, change } = figure;
    const heat = indicator.higherIs;
    const difference = value - figure.world;
    return [
      cell(template.pillars[indicator.pillar]),
      cell(groupLabel(indicator.group)),
      cell(indicator.name),
      cell(fromHundredths(value), { heat }),
      ...others.map((other) => cell(fromHundredths(figure[other.pick]!), { heat })),
      ...(differs ? [cell(fromHundredths(difference), { tone: toneOfChange(difference, heat) })] : []),
      // With a previous edition, only a new indicator lacks a previous average and a change.
      ...(compared
        ? [
            previous === null ? cell(null, { note: notScoredNote }) : cell(fromHundredths(previous), { heat }),
            change === null ? notAvailableCell(template.notAvailable, { note: newNote }) : cell(fromHundredths(change), { tone: toneOfChange(change, heat) }),
          ]
        : []),
    ];
  });
  const anyNew = compared && brief.indicators.some((figure) => figure.previous === null);
  const more = anyNew ? [fillLegend(template.legend.blankScore, { since: brief.edition })] : [];
  const tones = tonesOf(template, compared, differs);
  return { columns, rows, frozenColumns: 3, legend: layoutLegend(columns, rows, template, { more, values: names, tones }) };
}
