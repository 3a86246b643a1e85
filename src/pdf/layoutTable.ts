/**
 * Rows of cells → table blocks in the flow. A row never splits across pages: it is measured
 * first and moved whole to the next page, where the header row is repeated (as an artifact:
 * the structure tree holds it once). Light rules between rows; figures right-aligned.
 */
import { formatChange } from '../present/formatFigures.js';
import type { PageFlow } from './pagePlan.js';
import { TYPE, type ColorName, type TypeName } from './typeStyles.js';
import { firstLinesHeight, placeHeading, placeParagraph, SECTION_SPACE, setLines } from './layoutText.js';
import { textWidth, wrapText } from './wrapText.js';

export interface Column {
  /** Offset from the text column's left edge, and width. */
  readonly x: number;
  readonly width: number;
  readonly align: 'left' | 'right';
}

/**
 * What a cell draws besides its text, as decoration (artifacts: the figures are in the text of
 * the row's cells, which screen readers get): a score's bar on the 1–10 scale with the regional
 * average's tick, or a change's direction mark.
 */
export type CellGraphic =
  /** `average` null: no tick (the world brief's bars are the world's averages). */
  { readonly kind: 'bar'; readonly score: number; readonly average: number | null; readonly color: ColorName } | { readonly kind: 'direction'; readonly up: boolean; readonly color: ColorName };

export interface Cell {
  readonly text: string;
  readonly type: TypeName;
  readonly color?: ColorName;
  /** Row headers: the indicator's name. */
  readonly header?: boolean;
  readonly graphic?: CellGraphic;
}

export type Row =
  | { readonly kind: 'cells'; readonly cells: readonly Cell[] }
  /** A band naming the group of the rows below it, across all columns. */
  | { readonly kind: 'group'; readonly text: string };

/**
 * A change's cell: the figure (or the template's "n/a" for an indicator new in the edition), and a
 * mark saying which way it went, coloured by what that means for a pillar whose higher scores are
 * `higherIs`.
 */
export function changeCell(change: number | null, higherIs: 'worse' | 'better', notAvailable: string, strong = false): Cell {
  const type = strong ? ('cellStrong' as const) : ('cell' as const);
  if (change === null) return { text: notAvailable, type: 'cellMuted' };
  if (change === 0) return { text: formatChange(0), type };
  const worse = change > 0 === (higherIs === 'worse');
  return { text: formatChange(change), type, graphic: { kind: 'direction', up: change > 0, color: worse ? 'worse' : 'better' } };
}

export interface TableSpec {
  readonly columns: readonly Column[];
  readonly header: readonly string[];
  readonly rows: readonly Row[];
  /** A column whose header is the 1–10 scale of its bars, drawn at the ticks' places. */
  readonly scaleColumn?: number;
}

const PAD = 2.25;
/** The scale of a bar column: scores 1 to 10 across the column, ticks where the labels are. */
export const SCALE_TICKS = [1, 4, 7, 10] as const;
const BAR_HEIGHT = 7;
const TICK_OVERHANG = 2.5;
const MARK_WIDTH = 7;
const MARK_GAP = 3;

/** Where a score falls in a bar column of `width` starting at `x`. */
export function scaleX(x: number, width: number, score: number): number {
  return x + ((score - 1) / 9) * width;
}
const GROUP_PAD_TOP = 6;

interface SetRow {
  readonly height: number;
  readonly cells: readonly {
    lines: readonly string[];
    type: TypeName;
    color?: ColorName;
    x: number;
    width: number;
    align: 'left' | 'right';
    tag: 'TH' | 'TD';
    scope?: 'Row' | 'Column';
    graphic?: CellGraphic;
  }[];
  readonly ruleAbove: { thickness: number; color: ColorName } | null;
  readonly padTop: number;
}

function setRow(spec: TableSpec, row: Row | 'header'): SetRow {
  if (row === 'header') {
    const cells = spec.columns.map((column, i) => ({
      lines: wrapText(spec.header[i] ?? '', TYPE.tableHead, column.width),
      type: 'tableHead' as const,
      x: column.x,
      width: column.width,
      align: column.align,
      tag: 'TH' as const,
      scope: 'Column' as const,
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
      lines: wrapText(cell.text, TYPE[cell.type], column.width),
      type: cell.type,
      x: column.x,
      width: column.width,
      align: column.align,
      tag: cell.header ? ('TH' as const) : ('TD' as const),
      ...(cell.header ? { scope: 'Row' as const } : {}),
      ...(cell.color ? { color: cell.color } : {}),
      ...(cell.graphic ? { graphic: cell.graphic } : {}),
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
    if (cell.graphic) {
      // A direction mark stands just before the (right-aligned) change it belongs to.
      const text = cell.graphic.kind === 'direction' && cell.align === 'right' ? textWidth(cell.lines[0] ?? '', TYPE[cell.type]) + MARK_GAP : 0;
      const x = cell.graphic.kind === 'direction' ? flow.left + cell.x + cell.width - text - MARK_WIDTH : flow.left + cell.x;
      placeGraphic(flow, cell.graphic, x, cell.width, flow.y, set.height);
    }
    if (cell.lines.length === 0) continue;
    const node = rowNode === null ? null : flow.node(cell.tag, rowNode, cell.scope ? { scope: cell.scope } : {});
    const lines = setLines(cell.lines, cell.type, flow.left + cell.x, flow.y + set.padTop, cell.width, cell.align);
    flow.add({ kind: 'text', type: cell.type, lines, node, ...(cell.color ? { color: cell.color } : {}) });
  }
  flow.y += set.height;
}

/** A cell's bar and average tick, or its direction mark, centred in the row: decoration only. */
function placeGraphic(flow: PageFlow, graphic: CellGraphic, x: number, width: number, top: number, height: number): void {
  const middle = top + height / 2;
  if (graphic.kind === 'direction') {
    const lines = setLines([graphic.up ? '\u25B2' : '\u25BC'], 'mark', x, middle - TYPE.mark.leading / 2, MARK_WIDTH);
    flow.add({ kind: 'text', type: 'mark', lines, node: null, color: graphic.color });
    return;
  }
  for (const tick of SCALE_TICKS) {
    flow.add({ kind: 'rect', x: scaleX(x, width, tick) - 0.25, y: top, width: 0.5, height, color: 'rule' });
  }
  const end = scaleX(x, width, graphic.score);
  if (end > x) flow.add({ kind: 'rect', x, y: middle - BAR_HEIGHT / 2, width: end - x, height: BAR_HEIGHT, color: graphic.color });
  if (graphic.average === null) return;
  const tick = scaleX(x, width, graphic.average);
  flow.add({ kind: 'rect', x: tick - 0.75, y: middle - BAR_HEIGHT / 2 - TICK_OVERHANG, width: 1.5, height: BAR_HEIGHT + 2 * TICK_OVERHANG, color: 'average' });
}

/** The 1–10 scale over a bar column: tick labels at the bottom of the header row, as decoration. */
function placeScale(flow: PageFlow, column: Column, top: number, height: number): void {
  for (const tick of SCALE_TICKS) {
    const label = String(tick);
    const width = textWidth(label, TYPE.scale);
    const x = scaleX(flow.left + column.x, column.width, tick) - width / 2;
    flow.add({ kind: 'text', type: 'scale', lines: [{ text: label, x, y: top + height - TYPE.scale.leading - 2 }], node: null });
  }
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
    if (spec.scaleColumn !== undefined) placeScale(flow, spec.columns[spec.scaleColumn]!, flow.y - header.height, header.height);
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

/**
 * A section that is a heading, an intro and a table: the heading keeps the intro's first lines
 * and the table (whole when `whole`, else its head and first row) with it.
 */
export function placeTableSection(flow: PageFlow, parent: string, section: { heading: string; intro: string; table: TableSpec; whole: boolean }): void {
  const keep = section.whole ? tableHeight(section.table) : tableLeadHeight(section.table);
  placeHeading(flow, section.heading, 'h2', 'H2', parent, {
    keepWith: firstLinesHeight(section.intro, 'intro', flow.width) + 8 + keep,
    spaceBefore: SECTION_SPACE,
    spaceAfter: 6,
    outline: 1,
    rule: true,
  });
  placeParagraph(flow, section.intro, 'intro', flow.node('P', parent));
  flow.space(8);
  flow.ensure(keep);
  placeTable(flow, parent, section.table);
}
