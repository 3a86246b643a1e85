/**
 * The "history" section type: the figures behind the summary's trend chart, each composite's
 * score and its three ranks in every edition up to the brief's own, so the ranks of earlier
 * editions are in print too. A brief of the first edition has no history and no such section.
 */
import { groupName } from '../index/countries.js';
import { COMPOSITES } from '../index/taxonomy.js';
import type { Scope } from '../model/buildIndexModel.js';
import { formatScore, ordinal } from '../present/formatFigures.js';
import type { HistorySection } from './briefTemplate.js';
import { text, type LayoutContext } from './layoutContext.js';
import { placeTableSection, type Column, type TableSpec } from './layoutTable.js';

const LABEL_WIDTH = 210;
const EDITION_WIDTH = 90;
const SCOPES: readonly Scope[] = ['world', 'continent', 'region'];

/** A table row of an editions table: its label and a figure per edition, in one type. */
export interface EditionsRow {
  readonly label: string;
  readonly type: 'cell' | 'cellStrong' | 'cellMuted';
  readonly cells: readonly string[];
}

/** A label column and a right-aligned column per edition: the shape of both briefs' history tables. */
export function editionsTable(width: number, editions: readonly number[], rows: readonly EditionsRow[]): TableSpec {
  const each = Math.min(EDITION_WIDTH, (width - LABEL_WIDTH) / editions.length);
  const columns: Column[] = [{ x: 0, width: LABEL_WIDTH, align: 'left' }, ...editions.map((_, i) => ({ x: width - (editions.length - i) * each, width: each, align: 'right' as const }))];
  return {
    columns,
    header: ['', ...editions.map(String)],
    rows: rows.map((row) => ({ kind: 'cells', cells: [{ text: row.label, type: row.type, header: true }, ...row.cells.map((cell) => ({ text: cell, type: row.type }))] })),
  };
}

/** The figures of the trend: per composite a row of scores and a row of ranks, a column per edition. */
export function historyTable(context: LayoutContext, section: HistorySection): TableSpec {
  const { brief } = context;
  const history = brief.history;
  const rows = COMPOSITES.flatMap(({ id, name }): EditionsRow[] => {
    // The three ranks share a row, in the order the label names them.
    const groups = Object.fromEntries(brief.composites[id].ranks.map((r) => [r.scope, r]));
    const label = text(context, section.ranks, { of: groups.world!.of, continent: groupName(groups.continent!.group), region: groupName(groups.region!.group) });
    const ranksIn = (point: (typeof history)[number]) => SCOPES.map((scope) => ordinal(point.composites[id].ranks.find((r) => r.scope === scope)!.rank)).join(' · ');
    return [
      { label: name, type: 'cellStrong', cells: history.map((p) => formatScore(p.composites[id].value)) },
      { label, type: 'cell', cells: history.map(ranksIn) },
    ];
  });
  return editionsTable(
    context.flow.width,
    history.map((p) => p.edition),
    rows,
  );
}

export function layoutHistory(context: LayoutContext, section: HistorySection, parent: string): void {
  if (context.brief.history.length < 2) return;
  // Eight rows: kept whole on one page rather than split.
  placeTableSection(context.flow, parent, { heading: text(context, section.heading), intro: text(context, section.intro), table: historyTable(context, section), whole: true });
}
