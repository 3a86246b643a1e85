/**
 * Template text + values → text: "{country} rank" with {country: "Peru"} → "Peru rank", by the
 * one placeholder filler every output shares (src/present/fillText.ts). A placeholder without a
 * value throws rather than printing "{region}" into a workbook.
 */
import { fillText, type Placeholders } from '../present/fillText.js';

export type { Placeholders } from '../present/fillText.js';

export function fillPlaceholders(text: string, values: Placeholders): string {
  return fillText(text, values, 'workbook template');
}
