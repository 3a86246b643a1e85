/**
 * A page as read → Problems for text no brief should print: a file that is no country page at
 * all (one line instead of a "no score for …" per indicator), more or longer paragraphs than any
 * real page has (a limit no real page comes near, so that every profile the importer accepts
 * makes a brief of a sensible length), and characters the brief's font cannot draw.
 */
import type { Problem } from '../errors.js';
import { glyphProblem, missingGlyphs } from './checkGlyphs.js';
import type { PageText } from './readPage.js';
import { MAX_DEFINITION_CHARS, MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS } from './schemas.js';

const clip = (text: string) => (text.length > 50 ? `${text.slice(0, 50)}…` : text);

/** True when the text holds nothing of a country page: no profile box, no composite, no indicator score. */
export function isNoPage(page: PageText): boolean {
  return !page.box && page.composites.length === 0 && page.blocks.length === 0;
}

/** The problem for `text` that is no country page, quoting its first line. */
export function noPageProblem(text: string): Problem {
  const first = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  const lines = text.split('\n').length;
  return {
    at: '',
    message:
      'this is not the text of an ocindex.net country page: it has no indicator score (such as "Human trafficking" followed by ' +
      `"7.00 …") and no profile box; its ${lines} line${lines === 1 ? '' : 's'} start${lines === 1 ? 's' : ''} with "${clip(first ?? '')}"`,
  };
}

/** Paragraph count and length, and the glyphs of everything the brief prints from the page. */
export function checkPageText(page: PageText, problems: Problem[]): void {
  if (page.paragraphs.length > MAX_PARAGRAPHS) {
    problems.push({
      at: `line ${page.paragraphs[MAX_PARAGRAPHS]!.line}`,
      message: `${page.paragraphs.length} narrative paragraphs, more than the ${MAX_PARAGRAPHS} a page may have (GI-TOC's have about 30)`,
    });
  }
  for (const paragraph of page.paragraphs) {
    if (paragraph.text.length > MAX_PARAGRAPH_CHARS) {
      problems.push({
        at: `line ${paragraph.line}`,
        message:
          `a paragraph of ${paragraph.text.length.toLocaleString('en-GB')} characters, more than the ` +
          `${MAX_PARAGRAPH_CHARS.toLocaleString('en-GB')} a paragraph may have (GI-TOC's longest are about 1,200): "${clip(paragraph.text)}"`,
      });
    }
  }
  for (const block of page.blocks) {
    if (block.definition.length > MAX_DEFINITION_CHARS) {
      problems.push({
        at: `the line after line ${block.line}`,
        message: `the definition of ${block.id} has ${block.definition.length.toLocaleString('en-GB')} characters, more than the ${MAX_DEFINITION_CHARS} a definition may have (GI-TOC's have about 150)`,
      });
    }
  }
  const printed = [
    ...page.paragraphs.map((p) => ({ line: String(p.line), text: p.text })),
    ...page.blocks.map((b) => ({ line: `after line ${b.line}`, text: b.definition })),
    ...(page.box?.entries ?? []).map((e) => ({ line: String(e.value.line), text: e.value.text })),
  ];
  for (const { line, text } of printed) {
    const missing = missingGlyphs(text);
    if (missing) problems.push({ at: /^\d/.test(line) ? `line ${line}` : `the line ${line}`, message: glyphProblem(missing) });
  }
}
