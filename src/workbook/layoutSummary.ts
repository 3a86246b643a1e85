/**
 * CountryBrief → SummaryPlan: the first sheet of a country workbook as plain data. Who and
 * when (country, ISO3, edition, region, continent, quadrant), the four composites with their
 * changes, ranks (each beside the previous edition's, never a signed rank change) and averages,
 * the legend of the table's colours, then source, citation and how to read the figures. The
 * first edition in the data has no previous score, change or previous rank columns, and its
 * notes say why; the template marks which notes belong to which case.
 */
import { COMPOSITES } from '../index/taxonomy.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
// the quadrants are named as the briefs name them, in the output's language
import { briefTemplateFor } from '../pdf/briefTemplate.js';
import { countryName, groupName } from '../index/countries.js';
import type { EditionPlaceholders } from './editionPlaceholders.js';
import { fillPlaceholders, type Placeholders } from './fillPlaceholders.js';
import { layoutLegend } from './layoutLegend.js';
import { cell, fromHundredths, notAvailableCell, toneOfChange, type CellPlan, type ColumnPlan, type LegendLine, type TablePlan } from './tablePlan.js';
import { showsIn, type WorkbookTemplate } from './workbookTemplate.js';

export type Field = readonly [label: string, value: string | number];

export interface SummaryPlan {
  readonly heading: string;
  readonly subheading: string;
  readonly fields: readonly Field[];
  readonly composites: TablePlan;
  /** What the composites table's colours mean. */
  readonly legend: readonly LegendLine[];
  /** Source, citation, data files. */
  readonly sources: readonly Field[];
  readonly notesHeading: string;
  readonly notes: readonly string[];
}

function compositesTable(brief: CountryBrief, template: WorkbookTemplate, shared: EditionPlaceholders): TablePlan {
  const labels = template.country.summary.columns;
  const ranks = brief.composites.criminality.ranks;
  const compared = brief.previousEdition !== null;
  const averages = [groupName(brief.country.region), groupName(brief.country.continent), template.allCountries.regions.scopes.world];
  const columns: ColumnPlan[] = [
    { header: labels.composite, kind: 'text' },
    { header: labels.higherIs, kind: 'text' },
    { header: fillPlaceholders(labels.score, shared), kind: 'score' },
    ...(compared
      ? [
          { header: fillPlaceholders(labels.previous, shared), kind: 'score' as const },
          { header: labels.change, kind: 'change' as const },
        ]
      : []),
    // This edition's rank, then the previous edition's beside it.
    ...ranks.flatMap((rank): ColumnPlan[] => [
      { header: fillPlaceholders(labels.rank, { ...shared, group: groupName(rank.group), of: rank.of }), kind: 'integer' },
      ...(compared ? [{ header: fillPlaceholders(labels.previousRank, { ...shared, group: groupName(rank.group) }), kind: 'integer' as const }] : []),
    ]),
    ...averages.map((group): ColumnPlan => ({ header: fillPlaceholders(labels.average, { group }), kind: 'score' })),
  ];
  const rows = COMPOSITES.map((composite): CellPlan[] => {
    const figure = brief.composites[composite.id];
    const heat = composite.higherIs;
    const higherIs = template.higherIs[composite.higherIs];
    return [
      cell(composite.name, { note: composite.definition }),
      cell(higherIs),
      cell(fromHundredths(figure.value), { heat }),
      // A composite exists in every edition, so with a previous edition it always has a change.
      ...(compared
        ? [
            figure.previous === null ? cell(null) : cell(fromHundredths(figure.previous), { heat }),
            figure.change === null ? notAvailableCell(template.notAvailable) : cell(fromHundredths(figure.change), { tone: toneOfChange(figure.change, composite.higherIs) }),
          ]
        : []),
      ...figure.ranks.flatMap((rank): CellPlan[] => [cell(rank.rank), ...(compared ? [cell(rank.previous)] : [])]),
      cell(fromHundredths(figure.averages.region), { heat }),
      cell(fromHundredths(figure.averages.continent), { heat }),
      cell(fromHundredths(figure.averages.world), { heat }),
    ];
  });
  return { columns, rows, filter: false };
}

export function layoutSummary(brief: CountryBrief, template: WorkbookTemplate, shared: EditionPlaceholders): SummaryPlan {
  const summary = template.country.summary;
  const labels = summary.fields;
  const names = { ...shared, country: countryName(brief.country), iso3: brief.country.iso3 };
  const composites = compositesTable(brief, template, shared);
  const fields: Field[] = [
    [labels.country, countryName(brief.country)],
    [labels.iso3, brief.country.iso3],
    [labels.edition, brief.edition],
    [labels.previousEdition, brief.previousEdition ?? template.noPreviousEdition],
    [labels.region, groupName(brief.country.region)],
    [labels.continent, groupName(brief.country.continent)],
    [labels.quadrant, briefTemplateFor().quadrants[brief.quadrant].title],
  ];
  if (brief.previousQuadrant !== null) {
    fields.push([fillPlaceholders(labels.previousQuadrant, shared), briefTemplateFor().quadrants[brief.previousQuadrant].title]);
  }
  const notes = summary.notes.map((note) => (typeof note === 'string' ? { text: note, when: undefined } : note)).filter((note) => showsIn(note.when, brief.previousEdition !== null));
  return summaryPlan(summary, { fields, composites, template, shared, names, notes: notes.map((note) => note.text) });
}

/** What a summary sheet's template gives every workbook alike. */
interface SummaryWords {
  readonly heading: string;
  readonly subheading: string;
  readonly notesHeading: string;
  readonly fields: { readonly source: string; readonly citation: string; readonly dataFiles: string };
}

/**
 * A summary sheet around its own fields and composites table, as country and scope workbooks
 * lay it out alike: the heading, the table's legend, source, citation and data files, and the
 * notes that apply (their texts, before filling), filled with `names`.
 */
export function summaryPlan(
  summary: SummaryWords,
  parts: { fields: readonly Field[]; composites: TablePlan; template: WorkbookTemplate; shared: EditionPlaceholders; names: Placeholders; notes: readonly string[] },
): SummaryPlan {
  const { composites, shared, names } = parts;
  return {
    heading: fillPlaceholders(summary.heading, names),
    subheading: summary.subheading,
    fields: parts.fields,
    composites,
    legend: layoutLegend(composites.columns, composites.rows, parts.template, { values: shared }),
    sources: [
      [summary.fields.source, shared.source],
      [summary.fields.citation, shared.citation],
      [summary.fields.dataFiles, shared.dataFiles],
    ],
    notesHeading: summary.notesHeading,
    notes: parts.notes.map((note) => fillPlaceholders(note, names)),
  };
}
