/**
 * An edition, the one it is compared with and the data files behind them → the placeholders
 * every sheet shares: {edition}, {previousEdition}, {editions} ("2023 and 2021"), {source},
 * {citation}, {comparison}, {dataFiles}.
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

export function editionPlaceholders(
  model: IndexModel,
  edition: number,
  previousEdition: number | null,
  template: WorkbookTemplate,
  extraFiles: readonly string[] = [],
): EditionPlaceholders {
  const used = previousEdition === null ? [edition] : [edition, previousEdition];
  const editions = used.join(template.editionsJoiner);
  const previous = previousEdition === null ? template.noPreviousEdition : String(previousEdition);
  return {
    edition,
    previousEdition: previous,
    editions,
    source: fillPlaceholders(template.source, { editions }),
    citation: fillPlaceholders(template.citation, { edition }),
    comparison:
      previousEdition === null
        ? fillPlaceholders(template.notes.noPreviousEdition, { edition })
        : fillPlaceholders(template.notes.comparison, { previousEdition }),
    dataFiles: dataFilesOf(model, used, extraFiles),
  };
}
