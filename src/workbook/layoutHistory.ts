/**
 * CountryBrief → the History sheet's table: the country in every edition up to the brief's own,
 * one column per edition, oldest first (a 2023 workbook never shows 2025). Rows in page order:
 * criminality and its world, continent and region ranks; criminal markets, its ranks and the
 * markets; criminal actors, its ranks and the actor types; resilience, its ranks and its
 * indicators. An indicator an edition did not score yet is a blank cell with a note, never 0.
 */
import { type Composite, COMPOSITES, groupLabel, type Indicator, indicatorsOf, type Pillar } from '../index/taxonomy.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { fillLegend, layoutLegend } from './layoutLegend.js';
import { cell, fromHundredths, type CellPlan, type ColumnPlan, type TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';
import { groupName } from '../index/countries.js';

function pillarOf(composite: Composite): Pillar {
  return composite.id === 'resilience' ? 'resilience' : 'criminality';
}

export function layoutHistory(brief: CountryBrief, template: WorkbookTemplate): TablePlan {
  const labels = template.country.history;
  const editions = brief.history;
  const columns: ColumnPlan[] = [
    { header: labels.pillar, kind: 'text' },
    { header: labels.group, kind: 'text' },
    { header: labels.measure, kind: 'text' },
    { header: labels.reading, kind: 'text' },
    ...editions.map((point): ColumnPlan => ({ header: String(point.edition), kind: 'score' })),
  ];

  const compositeRows = (composite: Composite): CellPlan[][] => {
    const pillar = template.pillars[pillarOf(composite)];
    const heat = composite.higherIs;
    const score = [
      cell(pillar),
      cell(labels.composite),
      cell(composite.name),
      cell(template.higherIs[composite.higherIs]),
      ...editions.map((point) => cell(fromHundredths(point.composites[composite.id].value), { heat })),
    ];
    // Named after this edition's groups and sizes; a country keeps its continent and region.
    const ranks = brief.composites[composite.id].ranks.map((rank) => [
      cell(pillar),
      cell(labels.rank),
      cell(fillPlaceholders(labels.rankName, { composite: composite.name, group: groupName(rank.group), of: rank.of })),
      cell(labels.rankReading),
      ...editions.map((point) => cell(point.composites[composite.id].ranks.find((r) => r.scope === rank.scope)?.rank ?? null, { kind: 'integer' })),
    ]);
    return [score, ...ranks];
  };

  const notScored = new Set<number>();
  const indicatorRow = (indicator: Indicator): CellPlan[] => [
    cell(template.pillars[indicator.pillar]),
    cell(groupLabel(indicator.group)),
    cell(indicator.name),
    cell(template.higherIs[indicator.higherIs]),
    ...editions.map((point) => {
      const value = point.indicators[indicator.id];
      if (value !== undefined) return cell(fromHundredths(value), { heat: indicator.higherIs });
      notScored.add(indicator.since);
      return cell(null, { note: fillPlaceholders(template.notes.notScoredYet, { since: indicator.since, edition: point.edition }) });
    }),
  ];

  const indicators = indicatorsOf(brief.edition);
  const rows = COMPOSITES.flatMap((composite) => [...compositeRows(composite), ...indicators.filter((indicator) => indicator.component === composite.id).map(indicatorRow)]);
  const since = [...notScored].sort((a, b) => a - b).join(template.editionsJoiner);
  const more = [...(since ? [fillLegend(template.legend.blankScore, { since })] : []), template.legend.ranks];
  return { columns, rows, frozenColumns: 3, legend: layoutLegend(columns, rows, template, { more }) };
}
