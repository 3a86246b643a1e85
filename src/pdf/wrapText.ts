/**
 * Text + type style + width → lines, for the page plan (see src/fonts/wrapText.ts). The painter
 * draws each line as it is given, so what the page plan says is what prints.
 */
import { measureText } from '../fonts/fonts.js';
import { wrapText as wrapAt } from '../fonts/wrapText.js';
import type { TypeStyle } from './typeStyles.js';

/** Kerning across a space is not measured word by word; keep this much in hand. */
const SLACK = 0.5;

export function textWidth(text: string, style: TypeStyle): number {
  return measureText(text, style.size, style.face);
}

export function wrapText(text: string, style: TypeStyle, width: number): readonly string[] {
  return wrapAt(text, width - SLACK, style.size, style.face);
}
