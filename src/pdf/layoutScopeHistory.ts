/**
 * The "scopeHistory" section type: the figures behind the scope's trend chart, its four
 * composite averages in every edition up to the brief's own, each with the world's average
 * below it (not in the world brief, whose averages are the world's). A first edition has no
 * history and no such section.
 */
import { COMPOSITES } from '../index/taxonomy.js';
import { formatScore } from '../present/formatFigures.js';
import { text } from './layoutContext.js';
import { placeTableSection, type Column, type Row, type TableSpec } from './layoutTable.js';
import type { ScopeLayoutContext } from './scopeLayoutContext.js';
import type { ScopeHistorySection } from './scopeTemplate.js';

const LABEL_WIDTH = 210;
const EDITION_WIDTH = 90;

export function scopeHistoryTable(context: ScopeLayoutContext, section: ScopeHistorySection): TableSpec {
  const { brief } = context;
  const history = brief.history;
  const right = context.flow.width;
  const each = Math.min(EDITION_WIDTH, (right - LABEL_WIDTH) / history.length);
  const columns: Column[] = [{ x: 0, width: LABEL_WIDTH, align: 'left' }, ...history.map((_, i) => ({ x: right - (history.length - i) * each, width: each, align: 'right' as const }))];
  const rows: Row[] = [];
  for (const { id, name } of COMPOSITES) {
    rows.push({
      kind: 'cells',
      cells: [{ text: name, type: 'cellStrong', header: true }, ...history.map((p) => ({ text: formatScore(p.composites[id]), type: 'cellStrong' as const }))],
    });
    if (brief.kind === 'world') continue;
    rows.push({
      kind: 'cells',
      cells: [{ text: text(context, section.world), type: 'cellMuted', header: true }, ...history.map((p) => ({ text: formatScore(p.world[id]), type: 'cellMuted' as const }))],
    });
  }
  return { columns, header: ['', ...history.map((p) => String(p.edition))], rows };
}

export function layoutScopeHistory(context: ScopeLayoutContext, section: ScopeHistorySection, parent: string): void {
  const { brief } = context;
  if (brief.history.length < 2) return;
  const intro = text(context, brief.kind === 'world' ? section.introWorld : section.intro);
  placeTableSection(context.flow, parent, { heading: text(context, section.heading), intro, table: scopeHistoryTable(context, section), whole: true });
}
