/**
 * Text into the flow: headings kept with what follows them, paragraphs split across pages with
 * at least two lines on each side, and fixed-position line sets for cards and table cells.
 */
import type { PageFlow, PlacedLine, StructTag, TextBlock } from './pagePlan.js';
import { TYPE, type ColorName, type TypeName } from './typeStyles.js';
import { textWidth, wrapText } from './wrapText.js';

/** Lines set from `y` down, left- or right-aligned in the box [x, x + width]. */
export function setLines(lines: readonly string[], type: TypeName, x: number, y: number, width: number, align: 'left' | 'right' = 'left'): PlacedLine[] {
  const style = TYPE[type];
  return lines.map((text, i) => ({
    text,
    x: align === 'right' ? x + width - textWidth(text, style) : x,
    y: y + i * style.leading,
  }));
}

/** A wrapped text block at a fixed place; its height is lines × leading. */
export function textBlock(
  text: string,
  type: TypeName,
  box: { x: number; y: number; width: number; align?: 'left' | 'right' },
  node: string | null,
  color?: ColorName,
): { block: TextBlock; height: number } {
  const lines = wrapText(text, TYPE[type], box.width);
  const block: TextBlock = { kind: 'text', type, lines: setLines(lines, type, box.x, box.y, box.width, box.align), node, ...(color ? { color } : {}) };
  return { block, height: lines.length * TYPE[type].leading };
}

/** The height `text` takes at `width`. */
export function textHeight(text: string, type: TypeName, width: number): number {
  return wrapText(text, TYPE[type], width).length * TYPE[type].leading;
}

/** The space above a section's heading. */
export const SECTION_SPACE = 18;

const MIN_LINES = 2;

/**
 * The height of the lines a paragraph must start with wherever it starts (placeParagraph's
 * rule: two, or all of a paragraph of three or fewer): what a heading keeps with it.
 */
export function firstLinesHeight(text: string, type: TypeName, width: number): number {
  const count = wrapText(text, TYPE[type], width).length;
  return (count <= 2 * MIN_LINES - 1 ? count : MIN_LINES) * TYPE[type].leading;
}

/**
 * A paragraph at the cursor, flowing onto following pages as needed: never one line alone at
 * the foot or the head of a page. All its pieces belong to one structure element.
 */
export function placeParagraph(flow: PageFlow, text: string, type: TypeName, node: string, indent = 0): void {
  const style = TYPE[type];
  let lines = wrapText(text, style, flow.width - indent);
  while (lines.length > 0) {
    let fit = Math.floor((flow.remaining + 0.01) / style.leading);
    if (fit < lines.length) {
      // Leave two lines for the next page and put two on this one, or move it all.
      fit = Math.min(fit, lines.length - MIN_LINES);
      if (fit < MIN_LINES) fit = flow.atTop ? Math.max(1, Math.floor((flow.remaining + 0.01) / style.leading)) : 0;
    }
    if (fit === 0) {
      flow.newPage();
      continue;
    }
    const piece = lines.slice(0, fit);
    flow.add({ kind: 'text', type, lines: setLines(piece, type, flow.left + indent, flow.y, flow.width - indent), node });
    flow.y += piece.length * style.leading;
    lines = lines.slice(fit);
    if (lines.length > 0) flow.newPage();
  }
}

/**
 * A heading, on a new page unless it and `keepWith` points of what follows fit here. Adds a
 * bookmark when given an outline level.
 */
export function placeHeading(
  flow: PageFlow,
  text: string,
  type: TypeName,
  tag: StructTag,
  parent: string,
  options: { keepWith: number; spaceBefore: number; spaceAfter: number; outline?: 1 | 2; rule?: boolean },
): void {
  const style = TYPE[type];
  const lines = wrapText(text, style, flow.width);
  const ruleHeight = options.rule ? 10 : 0;
  const height = ruleHeight + lines.length * style.leading + options.spaceAfter;
  flow.space(options.spaceBefore);
  flow.ensure(height + options.keepWith);
  if (options.outline) flow.bookmark(text, options.outline);
  if (options.rule) {
    flow.add({ kind: 'rect', x: flow.left, y: flow.y, width: 28, height: 3, color: 'accent' });
    flow.y += ruleHeight;
  }
  flow.add({ kind: 'text', type, lines: setLines(lines, type, flow.left, flow.y, flow.width), node: flow.node(tag, parent) });
  flow.y += lines.length * style.leading + options.spaceAfter;
}
