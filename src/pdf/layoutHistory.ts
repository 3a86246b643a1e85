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
import { placeTableSection, type Column, type Row, type TableSpec } from './layoutTable.js';

const LABEL_WIDTH = 210;
const EDITION_WIDTH = 90;
const SCOPES: readonly Scope[] = ['world', 'continent', 'region'];

/** The figures of the trend: per composite a row of scores and a row of ranks, a column per edition. */
export function historyTable(context: LayoutContext, section: HistorySection): TableSpec {
  const { brief } = context;
  const history = brief.history;
  const right = context.flow.width;
  const each = Math.min(EDITION_WIDTH, (right - LABEL_WIDTH) / history.length);
  const columns: Column[] = [{ x: 0, width: LABEL_WIDTH, align: 'left' }, ...history.map((_, i) => ({ x: right - (history.length - i) * each, width: each, align: 'right' as const }))];
  const rows: Row[] = [];
  for (const { id, name } of COMPOSITES) {
    rows.push({
      kind: 'cells',
      cells: [{ text: name, type: 'cellStrong', header: true }, ...history.map((p) => ({ text: formatScore(p.composites[id].value), type: 'cellStrong' as const }))],
    });
    // The three ranks share a row, in the order the label names them.
    const groups = Object.fromEntries(brief.composites[id].ranks.map((r) => [r.scope, r]));
    const label = text(context, section.ranks, { of: groups.world!.of, continent: groupName(groups.continent!.group), region: groupName(groups.region!.group) });
    const ranksIn = (point: (typeof history)[number]) => SCOPES.map((scope) => ordinal(point.composites[id].ranks.find((r) => r.scope === scope)!.rank)).join(' · ');
    rows.push({ kind: 'cells', cells: [{ text: label, type: 'cell', header: true }, ...history.map((p) => ({ text: ranksIn(p), type: 'cell' as const }))] });
  }
  return { columns, header: ['', ...history.map((p) => String(p.edition))], rows };
}

export function layoutHistory(context: LayoutContext, section: HistorySection, parent: string): void {
  if (context.brief.history.length < 2) return;
  // Eight rows: kept whole on one page rather than split.
  placeTableSection(context.flow, parent, { heading: text(context, section.heading), intro: text(context, section.intro), table: historyTable(context, section), whole: true });
}
