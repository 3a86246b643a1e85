/**
 * An edition, the one it is compared with and the data files behind them → the placeholders
 * every sheet shares: {edition}, {previousEdition}, {editions} (every edition the workbook
 * shows, newest first: "2025, 2023 and 2021"), {source}, {citation}, {comparison}, {dataFiles}.
 */
import type { IndexModel } from '../model/buildIndexModel.js';
import { fillPlaceholders } from './fillPlaceholders.js';
import type { WorkbookTemplate } from './workbookTemplate.js';

export type EditionPlaceholders = {
  readonly edition: number;
  readonly previousEdition: string;
  readonly editions: string;
  readonly source: string;
  readonly citation: string;
  readonly comparison: string;
  readonly dataFiles: string;
};

/** "global_oc_index_2023-edition.xlsx (2023_dataset, 2021_dataset)", one entry per file, in edition order. */
function dataFilesOf(model: IndexModel, editions: readonly number[], extraFiles: readonly string[]): string {
  const sheetsByFile = new Map<string, string[]>();
  for (const edition of editions) {
    const file = model.data.editions.find((e) => e.edition === edition);
    if (!file) continue;
    const sheets = sheetsByFile.get(file.source.file) ?? [];
    if (file.source.sheet) sheets.push(file.source.sheet);
    sheetsByFile.set(file.source.file, sheets);
  }
  const entries = [...sheetsByFile].map(([file, sheets]) => (sheets.length > 0 ? `${file} (${sheets.join(', ')})` : file));
  return [...entries, ...extraFiles].join('; ');
}

/** [2025, 2023, 2021] → "2025, 2023 and 2021". */
function listEditions(editions: readonly number[], template: WorkbookTemplate): string {
  if (editions.length <= 1) return editions.join('');
  return `${editions.slice(0, -1).join(template.editionsSeparator)}${template.editionsJoiner}${editions.at(-1)}`;
}

export function editionPlaceholders(model: IndexModel, edition: number, previousEdition: number | null, template: WorkbookTemplate, extraFiles: readonly string[] = []): EditionPlaceholders {
  // Every edition up to this one: the History and Editions sheets show them all.
  const used = [...model.editions.keys()].filter((year) => year <= edition).sort((a, b) => b - a);
  const editions = listEditions(used, template);
  const previous = previousEdition === null ? template.noPreviousEdition : String(previousEdition);
  return {
    edition,
    previousEdition: previous,
    editions,
    source: fillPlaceholders(template.source, { editions }),
    citation: fillPlaceholders(template.citation, { edition }),
    comparison: previousEdition === null ? fillPlaceholders(template.notes.noPreviousEdition, { edition }) : fillPlaceholders(template.notes.comparison, { previousEdition }),
    dataFiles: dataFilesOf(model, used, extraFiles),
  };
}
