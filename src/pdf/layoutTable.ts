/**
 * Rows of cells → table blocks in the flow. A row never splits across pages: it is measured
 * first and moved whole to the next page, where the header row is repeated (as an artifact:
 * the structure tree holds it once). Light rules between rows; figures right-aligned.
 */
import type { PageFlow } from './pagePlan.js';
import { TYPE, type ColorName, type TypeName } from './typeStyles.js';
import { setLines } from './layoutText.js';
import { wrapText } from './wrapText.js';

export interface Column {
  /** Offset from the text column's left edge, and width. */
  readonly x: number;
  readonly width: number;
  readonly align: 'left' | 'right';
}

export interface Cell {
  readonly text: string;
  readonly type: TypeName;
  readonly color?: ColorName;
  /** Row headers: the indicator's name. */
  readonly header?: boolean;
}

export type Row =
  | { readonly kind: 'cells'; readonly cells: readonly Cell[] }
  /** A band naming the group of the rows below it, across all columns. */
  | { readonly kind: 'group'; readonly text: string };

export interface TableSpec {
  readonly columns: readonly Column[];
  readonly header: readonly string[];
  readonly rows: readonly Row[];
}

const PAD = 4.5;
const GROUP_PAD_TOP = 9;

interface SetRow {
  readonly height: number;
  readonly cells: readonly { lines: string[]; type: TypeName; color?: ColorName; x: number; width: number; align: 'left' | 'right'; tag: 'TH' | 'TD'; scope?: 'Row' | 'Column' }[];
  readonly ruleAbove: { thickness: number; color: ColorName } | null;
  readonly padTop: number;
}

function setRow(spec: TableSpec, row: Row | 'header'): SetRow {
  if (row === 'header') {
    const cells = spec.columns.map((column, i) => ({
      lines: wrapText(spec.header[i] ?? '', TYPE.tableHead, column.width),
      type: 'tableHead' as const, x: column.x, width: column.width, align: column.align, tag: 'TH' as const, scope: 'Column' as const,
    }));
    return { cells, ...measure(cells, PAD, 2), ruleAbove: null, padTop: PAD - 2 };
  }
  if (row.kind === 'group') {
    const width = spec.columns.reduce((w, c) => Math.max(w, c.x + c.width), 0);
    const cells = [{ lines: wrapText(row.text, TYPE.groupRow, width), type: 'groupRow' as const, x: 0, width, align: 'left' as const, tag: 'TH' as const }];
    return { cells, ...measure(cells, GROUP_PAD_TOP, 2), ruleAbove: null, padTop: GROUP_PAD_TOP };
  }
  const cells = spec.columns.map((column, i) => {
    const cell = row.cells[i] ?? { text: '', type: 'cell' as const };
    return {
      lines: wrapText(cell.text, TYPE[cell.type], column.width), type: cell.type, x: column.x, width: column.width, align: column.align,
      tag: cell.header ? ('TH' as const) : ('TD' as const), ...(cell.header ? { scope: 'Row' as const } : {}), ...(cell.color ? { color: cell.color } : {}),
    };
  });
  return { cells, ...measure(cells, PAD, PAD), ruleAbove: { thickness: 0.5, color: 'rule' }, padTop: PAD };
}

function measure(cells: SetRow['cells'], padTop: number, padBottom: number): { height: number } {
  const content = Math.max(...cells.map((c) => c.lines.length * TYPE[c.type].leading));
  return { height: padTop + content + padBottom };
}

/** Draws a set row at the cursor; `node` null paints it as an artifact (a repeated header). */
function placeRow(flow: PageFlow, set: SetRow, rowNode: string | null): void {
  if (set.ruleAbove) flow.add({ kind: 'rule', x: flow.left, y: flow.y, width: flow.width, ...set.ruleAbove });
  for (const cell of set.cells) {
    const node = rowNode === null ? null : flow.node(cell.tag, rowNode, cell.scope ? { scope: cell.scope } : {});
    const lines = setLines(cell.lines, cell.type, flow.left + cell.x, flow.y + set.padTop, cell.width, cell.align);
    flow.add({ kind: 'text', type: cell.type, lines, node, ...(cell.color ? { color: cell.color } : {}) });
  }
  flow.y += set.height;
}

/** The height the header and the first body row need: what a heading keeps with a table. */
export function tableLeadHeight(spec: TableSpec): number {
  const first = spec.rows.slice(0, 2).map((row) => setRow(spec, row).height);
  const lead = spec.rows[0]?.kind === 'group' ? first.reduce((a, b) => a + b, 0) : (first[0] ?? 0);
  return setRow(spec, 'header').height + 1 + lead;
}

/** The height of the whole table: what a short table keeps together on one page. */
export function tableHeight(spec: TableSpec): number {
  return setRow(spec, 'header').height + 1 + spec.rows.reduce((sum, row) => sum + setRow(spec, row).height, 0);
}

export function placeTable(flow: PageFlow, parent: string, spec: TableSpec): void {
  const table = flow.node('Table', parent);
  const header = setRow(spec, 'header');
  const placeHeader = (node: string | null) => {
    placeRow(flow, header, node);
    flow.add({ kind: 'rule', x: flow.left, y: flow.y, width: flow.width, thickness: 0.75, color: 'strong' });
    flow.y += 1;
  };
  const body = spec.rows.map((row) => setRow(spec, row));
  flow.ensure(tableLeadHeight(spec));
  placeHeader(flow.node('TR', table));
  const previous = flow.onNewPage;
  flow.onNewPage = () => placeHeader(null);
  body.forEach((set, i) => {
    // A group band stays with its first row.
    const keep = spec.rows[i]!.kind === 'group' ? (body[i + 1]?.height ?? 0) : 0;
    flow.ensure(set.height + keep);
    placeRow(flow, set, flow.node('TR', table));
  });
  flow.add({ kind: 'rule', x: flow.left, y: flow.y, width: flow.width, thickness: 0.75, color: 'strong' });
  flow.onNewPage = previous;
}
