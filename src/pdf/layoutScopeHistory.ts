/**
 * The "scopeHistory" section type: the figures behind the scope's trend chart, its four
 * composite averages in every edition up to the brief's own, each with the world's average
 * below it (not in the world brief, whose averages are the world's). A first edition has no
 * history and no such section.
 */
import { COMPOSITES } from '../index/taxonomy.js';
import { formatScore } from '../present/formatFigures.js';
import { text } from './layoutContext.js';
import { editionsTable, type EditionsRow } from './layoutHistory.js';
import { placeTableSection, type TableSpec } from './layoutTable.js';
import type { ScopeLayoutContext } from './scopeLayoutContext.js';
import type { ScopeHistorySection } from './scopeTemplate.js';

export function scopeHistoryTable(context: ScopeLayoutContext, section: ScopeHistorySection): TableSpec {
  const { brief } = context;
  const history = brief.history;
  const rows = COMPOSITES.flatMap(({ id, name }): EditionsRow[] => [
    { label: name, type: 'cellStrong', cells: history.map((p) => formatScore(p.composites[id])) },
    // the world's own brief has nothing to set its averages against
    ...(brief.kind === 'world' ? [] : [{ label: text(context, section.world), type: 'cellMuted' as const, cells: history.map((p) => formatScore(p.world[id])) }]),
  ]);
  return editionsTable(
    context.flow.width,
    history.map((p) => p.edition),
    rows,
  );
}

export function layoutScopeHistory(context: ScopeLayoutContext, section: ScopeHistorySection, parent: string): void {
  const { brief } = context;
  if (brief.history.length < 2) return;
  const intro = text(context, brief.kind === 'world' ? section.introWorld : section.intro);
  placeTableSection(context.flow, parent, { heading: text(context, section.heading), intro, table: scopeHistoryTable(context, section), whole: true });
}
