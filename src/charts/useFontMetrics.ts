/**
 * Makes vega measure text with the Source Sans 3 faces the PDF embeds.
 *
 * Without node-canvas vega estimates a label as 0.8 × characters × size: too wide, so layouts
 * leave holes and labels get cut. With the real advance widths, autosize, label limits and
 * alignment come out as they will print.
 */
import * as vega from 'vega';
import { measureText, type Face } from '../fonts/fonts.js';

/** The part of a scenegraph text item vega passes to textMetrics.width. */
interface TextItem {
  fontSize?: number | string;
  fontWeight?: string | number;
  fontStyle?: string;
}

type WidthFn = (item: TextItem, text: unknown) => number;

/** `vega.textMetrics` is exported at run time but missing from vega's typings. */
const textMetrics = (vega as unknown as { textMetrics: { width: WidthFn } }).textMetrics;

/** The face the PDF will use for an item: bold for weights from 600 up, italic for italic. */
export function faceOf(item: TextItem): Face {
  const weight = item.fontWeight;
  const bold = weight === 'bold' || weight === 'bolder' || (weight !== undefined && Number(weight) >= 600);
  if (bold) return 'bold';
  return item.fontStyle === 'italic' ? 'italic' : 'regular';
}

/** vega's item → width in points, as vega's own canvas measurement would give it. */
const widthOf: WidthFn = (item, text) => {
  const size = item.fontSize === undefined ? 11 : Number(item.fontSize) || 0;
  const line = text === null || text === undefined ? '' : String(text).trim();
  return size <= 0 || line === '' ? 0 : measureText(line, size, faceOf(item));
};

/** Installs the measurement (idempotent; vega's textMetrics is one per process). */
export function useFontMetrics(): void {
  textMetrics.width = widthOf;
}
