/**
 * ScopeBrief → SummaryPlan: the first sheet of a region, continent or world workbook as plain
 * data, painted by the country workbook's painter (paintSummarySheet). Which scope and when
 * (name, kind, continent for a region, edition, number of members); the four composite averages
 * with the previous edition's and the change, beside the continent's (a region) and the world's
 * (not for the world itself, whose average it is); the legend of the table's colours; source,
 * citation and how to read the other sheets. A first edition has no previous or change column.
 */
import { COMPOSITES } from '../index/taxonomy.js';
import type { ScopeBrief } from '../model/buildScopeBrief.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import { summaryPlan, type Field, type SummaryPlan } from './layoutSummary.js';
import { worldGroup, type ScopePlaceholders } from './scopePlaceholders.js';
import type { ScopeNote } from './scopeTemplate.js';
import { cell, fromHundredths, notAvailableCell, toneOfChange, type CellPlan, type ColumnPlan, type TablePlan } from './tablePlan.js';
import { showsIn, type WorkbookTemplate } from './workbookTemplate.js';
import { groupName } from '../index/countries.js';

/** The groups a scope's averages stand beside: a region's continent and the world; a continent's world; none for the world. */
export function comparedGroups(brief: ScopeBrief, template: WorkbookTemplate): { name: string; pick: 'continent' | 'world' }[] {
  return [
    ...(brief.continent !== null ? [{ name: groupName(brief.continent), pick: 'continent' as const }] : []),
    ...(brief.kind !== 'world' ? [{ name: worldGroup(template), pick: 'world' as const }] : []),
  ];
}

function compositesTable(brief: ScopeBrief, template: WorkbookTemplate, names: ScopePlaceholders): TablePlan {
  const labels = template.scope.summary.columns;
  const compared = brief.previousEdition !== null;
  const others = comparedGroups(brief, template);
  const average = (group: string, edition: number | string) => fillPlaceholders(labels.average, { group, edition });
  const columns: ColumnPlan[] = [
    { header: labels.composite, kind: 'text' },
    { header: labels.higherIs, kind: 'text' },
    { header: average(names.group, names.edition), kind: 'score' },
    ...(compared
      ? [
          { header: average(names.group, names.previousEdition), kind: 'score' as const },
          { header: labels.change, kind: 'change' as const },
        ]
      : []),
    ...others.map((other): ColumnPlan => ({ header: average(other.name, names.edition), kind: 'score' })),
  ];
  const rows = COMPOSITES.map((composite): CellPlan[] => {
    const figure = brief.composites[composite.id];
    const heat = composite.higherIs;
    return [
      cell(composite.name, { note: composite.definition }),
      cell(template.higherIs[composite.higherIs]),
      cell(fromHundredths(figure.value), { heat }),
      ...(compared
        ? [
            figure.previous === null ? cell(null) : cell(fromHundredths(figure.previous), { heat }),
            figure.change === null ? notAvailableCell(template.notAvailable) : cell(fromHundredths(figure.change), { tone: toneOfChange(figure.change, composite.higherIs) }),
          ]
        : []),
      ...others.map((other) => cell(fromHundredths(figure[other.pick]!), { heat })),
    ];
  });
  return { columns, rows, filter: false };
}

/** Whether a note shows in this workbook: for its kind of scope, with or without a previous edition. */
function noteShows(note: Exclude<ScopeNote, string>, brief: ScopeBrief): boolean {
  return showsIn(note.when, brief.previousEdition !== null) && (note.kinds === undefined || note.kinds.includes(brief.kind));
}

export function layoutScopeSummary(brief: ScopeBrief, template: WorkbookTemplate, names: ScopePlaceholders): SummaryPlan {
  const summary = template.scope.summary;
  const labels = summary.fields;
  const composites = compositesTable(brief, template, names);
  const fields: Field[] = [
    [labels.name, groupName(brief.name)],
    [labels.kind, template.scope.kinds[brief.kind].noun],
    ...(brief.continent !== null ? [[labels.continent, groupName(brief.continent)] as const] : []),
    [labels.edition, brief.edition],
    [labels.previousEdition, brief.previousEdition ?? template.noPreviousEdition],
    [labels.members, brief.members.length],
  ];
  const notes = summary.notes.map((note) => (typeof note === 'string' ? { text: note } : note)).filter((note) => noteShows(note, brief));
  return summaryPlan(summary, { fields, composites, template, shared: names, names, notes: notes.map((note) => note.text) });
}
