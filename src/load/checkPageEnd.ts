/**
 * Where a page's text stops → a Problem when it stops early, naming its last line and what is
 * missing. A browser copy can be cut anywhere (the 2025 samples end mid-word after 2,000
 * bytes); such a page must be refused as a whole, not read as a page that lacks indicators.
 *
 * A page is complete when the page chrome that follows the narrative ("Access the GI-TOC
 * website…") is there, or at least its last line is a whole narrative paragraph (a warning:
 * the copy may have stopped between paragraphs).
 */
import type { Problem } from '../errors.js';
import type { Component } from '../index/taxonomy.js';
import type { ExpectedScore } from './checkPageScores.js';
import type { PageText } from './readPage.js';

const SECTIONS: Readonly<Record<Component, { name: string; whole: (n: number) => string }>> = {
  markets: { name: 'the criminal markets', whole: (n) => `the criminal markets (average and ${n - 1} markets)` },
  actors: { name: 'the criminal actors', whole: (n) => `the criminal actors (average and ${n - 1} actor types)` },
  resilience: { name: 'the resilience indicators', whole: (n) => `the resilience indicators (${n})` },
};

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40).trimEnd()}…` : text);

/** The missing scores, section by section: a section missing whole is named as a whole. */
function describeMissing(tail: readonly ExpectedScore[], expected: readonly ExpectedScore[]): string[] {
  const sections = [...new Set(tail.map((t) => t.section))];
  return sections.flatMap((section) => {
    const all = expected.filter((e) => e.section === section);
    const missing = tail.filter((t) => t.section === section);
    return missing.length === all.length ? [SECTIONS[section].whole(all.length)] : missing.map((m) => m.name);
  });
}

/** Where the page stops, relative to the blocks it has. */
function whereItEnds(page: PageText, last: ExpectedScore | undefined, next: ExpectedScore | undefined): string {
  if (!last) return page.composites.length > 0 ? 'after the criminality score' : 'after the profile box';
  if (next && next.section === last.section) return `in the middle of ${SECTIONS[last.section].name}`;
  return `after ${SECTIONS[last.section].name}`;
}

export interface PageEnd {
  /** The scores missing because the page stops early: reported once, in `problem`. */
  readonly cutOff: ReadonlySet<string>;
  readonly problem?: Problem;
  readonly warning?: string;
}

/** The page + the scores it should print, in page order → whether and where it stops early. */
export function checkPageEnd(page: PageText, expected: readonly ExpectedScore[]): PageEnd {
  const end = page.last;
  const none = new Set<string>();
  if (!end || page.footer) return { cutOff: none };
  if (page.paragraphs.length > 0) {
    if (page.paragraphs.at(-1)!.line === end.line) {
      return {
        cutOff: none,
        warning: `line ${end.line}: the page ends with a paragraph but without the page footer ("Access the GI-TOC website…"): check that it was copied to its end`,
      };
    }
    const message = `the page ends at line ${end.line} ("${clip(end.text)}"), in the middle of the narrative: that line is no whole paragraph and the page footer is missing`;
    return { cutOff: none, problem: { at: '', message } };
  }
  const present = new Set(page.blocks.map((b) => b.id));
  const lastIndex = expected.reduce((at, e, n) => (present.has(e.id) ? n : at), -1);
  // Text with neither box nor scores is no page at all: each missing score says so.
  if (lastIndex < 0 && !page.box && page.composites.length === 0) return { cutOff: none };
  const tail = expected.slice(lastIndex + 1);
  const where = whereItEnds(page, expected[lastIndex], tail[0]);
  const missing = [...describeMissing(tail, expected), 'the narrative'];
  return {
    cutOff: new Set(tail.map((t) => t.id)),
    problem: { at: '', message: `the page ends at line ${end.line} ("${clip(end.text)}"), ${where}; missing: ${missing.join(', ')}` },
  };
}
