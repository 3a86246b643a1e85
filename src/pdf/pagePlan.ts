/**
 * The page plan: a brief laid out as plain data (pages of positioned blocks, the structure tree
 * for tagging, the outline) before anything is painted. Tests inspect it; the painter only
 * draws what it says.
 *
 * `PageFlow` is the cursor the layout functions share: it places blocks down the text column
 * and starts a new page when the next unit does not fit.
 */
import type { ChartId } from './briefCharts.js';
import type { PageGeometry } from './pageGeometry.js';
import type { ColorName, TypeName } from './typeStyles.js';

/** One line of text; `y` is the top of its line box. */
export interface PlacedLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export interface TextBlock {
  readonly kind: 'text';
  readonly type: TypeName;
  /** Overrides the type style's colour (greyed "n/a"). */
  readonly color?: ColorName;
  readonly lines: readonly PlacedLine[];
  /** The structure element this text belongs to; null marks it an artifact (a repeated header). */
  readonly node: string | null;
}

export interface FigureBlock {
  readonly kind: 'figure';
  readonly chart: ChartId;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly node: string;
}

/** Decoration (rules, bands): painted as artifacts. */
export interface RuleBlock {
  readonly kind: 'rule';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly thickness: number;
  readonly color: ColorName;
}

export interface RectBlock {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: ColorName;
}

export type Block = TextBlock | FigureBlock | RuleBlock | RectBlock;

export type StructTag = 'Document' | 'Sect' | 'H1' | 'H2' | 'H3' | 'H4' | 'P' | 'Figure' | 'Table' | 'TR' | 'TH' | 'TD';

export interface StructNode {
  readonly id: string;
  readonly tag: StructTag;
  /** null for the root. */
  readonly parent: string | null;
  /** Figures: the chart's message. */
  readonly alt?: string;
  /** Figures: where on its page, as [left, top, right, bottom] from the top-left corner. */
  readonly bbox?: readonly [number, number, number, number];
  /** Header cells. */
  readonly scope?: 'Row' | 'Column';
  /** Text in another language than the document's (GI-TOC's English analysis in a Spanish brief). */
  readonly lang?: string;
}

export interface OutlineEntry {
  readonly title: string;
  readonly level: 1 | 2;
  /** 0-based page index and the top of the heading on it. */
  readonly page: number;
  readonly y: number;
}

export interface PlannedPage {
  readonly blocks: readonly Block[];
  readonly footer: { readonly left: string; readonly right: string };
}

export interface DocumentInfo {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  readonly creator: string;
  readonly date: Date;
  readonly lang: string;
}

export interface PagePlan {
  readonly geometry: PageGeometry;
  readonly info: DocumentInfo;
  readonly pages: readonly PlannedPage[];
  /** In reading order; parents before their children. */
  readonly structure: readonly StructNode[];
  readonly outline: readonly OutlineEntry[];
}

/** The space between a floated figure and what the page break interrupted (SECTION_SPACE). */
const FLOAT_SPACE = 18;

export class PageFlow {
  readonly pages: Block[][] = [[]];
  readonly structure: StructNode[] = [];
  readonly outline: OutlineEntry[] = [];
  y: number;
  /** Called after each page break, to repeat a table's header row, say. */
  onNewPage: (() => void) | null = null;
  /** Units waiting for the top of the next page (see `float`). */
  private readonly floats: (() => void)[] = [];

  constructor(readonly geometry: PageGeometry) {
    this.y = geometry.top;
    this.structure.push({ id: 'root', tag: 'Document', parent: null });
  }

  get page(): number {
    return this.pages.length - 1;
  }
  get left(): number {
    return this.geometry.left;
  }
  get width(): number {
    return this.geometry.contentWidth;
  }
  get atTop(): boolean {
    return this.y <= this.geometry.top;
  }
  get remaining(): number {
    return this.geometry.bottom - this.y;
  }
  /** The height of a full page's flow area. */
  get pageHeight(): number {
    return this.geometry.bottom - this.geometry.top;
  }
  /** How much of this page's flow area is used, from 0 to 1. */
  get filled(): number {
    return (this.y - this.geometry.top) / this.pageHeight;
  }

  newPage(): void {
    this.pages.push([]);
    this.y = this.geometry.top;
    // Floats go first on the new page, then whatever the break interrupted (a table's header),
    // a section's space apart: the interrupted unit spent its space before the break.
    const floats = this.floats.splice(0);
    for (const place of floats) place();
    if (floats.length > 0) this.y += FLOAT_SPACE;
    this.onNewPage?.();
  }

  /**
   * Lays `place` out at the top of the next page instead of here, so that what follows fills the
   * rest of this one: for a figure that would otherwise leave this page half empty.
   */
  float(place: () => void): void {
    this.floats.push(place);
  }

  /** Places what still floats, on a page of its own: the end of the document. */
  flushFloats(): void {
    if (this.floats.length > 0) this.newPage();
  }

  /** Start a new page unless `height` fits below the cursor (or the page is still empty). */
  ensure(height: number): void {
    if (height > this.remaining + 0.01 && !this.atTop) this.newPage();
  }

  /** Vertical space, swallowed at the top of a page. */
  space(height: number): void {
    if (!this.atTop) this.y = Math.min(this.y + height, this.geometry.bottom);
  }

  add(block: Block): void {
    this.pages[this.page]!.push(block);
  }

  /** A new structure element under `parent`; returns its id. */
  node(tag: StructTag, parent: string, extra: Pick<StructNode, 'alt' | 'scope' | 'bbox' | 'lang'> = {}): string {
    const id = `n${this.structure.length}`;
    this.structure.push({ id, tag, parent, ...extra });
    return id;
  }

  bookmark(title: string, level: 1 | 2): void {
    this.outline.push({ title, level, page: this.page, y: this.y });
  }
}
