/**
 * Text that a brief will print → what in it the brief's font cannot draw. Source Sans 3 covers
 * Latin, Greek and Cyrillic; Chinese, Japanese, Korean, Arabic, Hebrew, Indic scripts and emoji
 * would print as empty boxes. GI-TOC's pages are in English, so such text is refused where it
 * enters (the page import, the data loader) with a message naming the characters, rather than
 * printed as boxes. (A fallback font for those scripts would add megabytes to every brief's
 * process for text no page has.)
 */
import { FONT_COVERAGE } from './fontCoverage.js';

const SCRIPTS: readonly (readonly [RegExp, string])[] = [
  [/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\ufe0f/u, 'emoji'],
  [/\p{Script=Han}/u, 'Chinese or Japanese characters'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Japanese kana'],
  [/\p{Script=Hangul}/u, 'Korean'],
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Thai}/u, 'Thai'],
  [/[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Gujarati}\p{Script=Gurmukhi}]/u, 'an Indic script'],
  [/\p{Script=Ethiopic}/u, 'Ethiopic'],
  [/[\p{Script=Armenian}\p{Script=Georgian}]/u, 'Armenian or Georgian'],
];

/** Whether the font has a glyph for `code`: a binary search of its ranges. */
export function fontHas(code: number): boolean {
  let low = 0;
  let high = FONT_COVERAGE.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = FONT_COVERAGE[middle]!;
    if (code < first) high = middle - 1;
    else if (code > last) low = middle + 1;
    else return true;
  }
  return false;
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The characters of `text` the font has no glyph for, described ("北 (U+5317), 京 (U+4EAC):
 * Chinese or Japanese characters"), or undefined when it can print all of it. White space is
 * never drawn, so it is never missing.
 */
export function missingGlyphs(text: string): string | undefined {
  if (/^[\x20-\x7e\s]*$/.test(text)) return undefined;
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code <= 0x7e || /\s/.test(char)) continue;
    if (!fontHas(code)) missing.add(char);
  }
  if (missing.size === 0) return undefined;
  const chars = [...missing];
  const scripts = [...new Set(chars.flatMap((c) => SCRIPTS.filter(([pattern]) => pattern.test(c)).map(([, name]) => name)))];
  const listed = chars
    .slice(0, 6)
    .map((c) => `${c} (${hex(c.codePointAt(0)!)})`)
    .join(', ');
  return `${listed}${chars.length > 6 ? ` and ${chars.length - 6} more` : ''}${scripts.length > 0 ? `: ${scripts.join(', ')}` : ''}`;
}

/** The problem message for text with characters the font lacks. */
export function glyphProblem(missing: string): string {
  return `the brief's font (Source Sans 3) cannot print ${missing}; they would print as empty boxes: remove or replace them (GI-TOC's pages are in English)`;
}
