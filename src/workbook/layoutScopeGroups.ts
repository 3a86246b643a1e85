/**
 * ScopeBrief → the Groups table, or null for a region, which has none: the world's continents
 * then its regions, or a continent's regions, in the brief's order, each with its number of
 * countries and its criminality and resilience averages, the previous edition's beside them and
 * the change (none in a first edition). Each row says whether it is a continent or a region;
 * the world's regions also name their continent.
 */
import { COMPOSITES } from '../index/taxonomy.js';
import type { ScopeBrief, SubgroupRow } from '../model/buildScopeBrief.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { layoutLegend } from './layoutLegend.js';
import type { ScopePlaceholders } from './scopePlaceholders.js';
import { cell, fromHundredths, toneOfChange, type CellPlan, type ColumnPlan, type TablePlan } from './tablePlan.js';
import type { WorkbookTemplate } from './workbookTemplate.js';
import { groupName } from '../index/countries.js';

/** A column and how to fill it for a group. */
interface Column {
  readonly plan: ColumnPlan;
  readonly cellFor: (group: SubgroupRow) => CellPlan;
}

const AVERAGED = ['criminality', 'resilience'] as const;

export function layoutScopeGroups(brief: ScopeBrief, template: WorkbookTemplate, names: ScopePlaceholders): TablePlan | null {
  if (brief.subgroups.length === 0) return null;
  const labels = template.scope.groups;
  const previousEdition = brief.previousEdition;
  const mixed = brief.kind === 'world';
  const text = (header: string, read: (group: SubgroupRow) => string | null): Column => ({ plan: { header, kind: 'text' }, cellFor: (g) => cell(read(g)) });

  // The kind even where every row is a region: the name then sits in the second column, which
  // the legend's words widen, rather than the count.
  const identity: Column[] = [
    text(labels.kind, (g) => template.scope.kinds[g.kind].noun),
    text(labels.name, (g) => groupName(g.name)),
    ...(mixed ? [text(labels.continent, (g) => (g.continent === null ? null : groupName(g.continent)))] : []),
    { plan: { header: labels.countries, kind: 'integer' }, cellFor: (g) => cell(g.size) },
  ];

  const averages = (id: (typeof AVERAGED)[number]): Column[] => {
    const composite = COMPOSITES.find((c) => c.id === id)!;
    const score = (edition: number, read: (g: SubgroupRow) => number | null): Column => ({
      plan: { header: fillPlaceholders(labels.score, { composite: composite.name, edition }), kind: 'score', colourScale: composite.higherIs },
      cellFor: (g) => {
        const value = read(g);
        return cell(value === null ? null : fromHundredths(value));
      },
    });
    if (previousEdition === null) return [score(brief.edition, (g) => g[id].value)];
    const change: Column = {
      plan: {
        header: fillPlaceholders(labels.change, { composite: composite.name, from: previousEdition, to: brief.edition }),
        kind: 'change',
        headerNote: fillPlaceholders(template.notes.changeBetween, { from: previousEdition, to: brief.edition }),
      },
      cellFor: (g) => {
        const { value, previous } = g[id];
        return previous === null ? cell(null) : cell(fromHundredths(value - previous), { tone: toneOfChange(value - previous, composite.higherIs) });
      },
    };
    return [score(brief.edition, (g) => g[id].value), score(previousEdition, (g) => g[id].previous), change];
  };

  const all = [...identity, ...AVERAGED.flatMap(averages)];
  const columns = all.map((c) => c.plan);
  const rows = brief.subgroups.map((group) => all.map((c) => c.cellFor(group)));
  return { columns, rows, frozenColumns: 2, legend: layoutLegend(columns, rows, template, { values: names }) };
}
