/** The country pages the page importer is tested with (see test/fixtures/pages/README.md). */
import { readFileSync } from 'node:fs';

export const PAGES = {
  /** The seed: Peru 2023, copied from the criminal markets on (no box, no rank lines). */
  peru2023: 'data/sources/peru-2023-page.txt',
  /** The seed with a Year line, a profile box and the criminality rank lines in front. */
  peru2023WithBox: 'test/fixtures/pages/peru-2023-page-with-box.fixture.txt',
  /** A whole Peru page in the 2025 layout: 2025 figures, the 2023 narrative reused. */
  peru2025: 'test/fixtures/pages/peru-2025-page.fixture.txt',
  /** The first 2,000 bytes of the real 2025 pages, cut mid-word. */
  peru2025Head: 'test/fixtures/pages/peru-2025-page-head.txt',
  nigeria2025Head: 'test/fixtures/pages/nigeria-2025-page-head.txt',
} as const;

export function readPageFixture(name: keyof typeof PAGES): string {
  return readFileSync(PAGES[name], 'utf8');
}

/** The 1-based number of the first line that is `text` once trimmed. */
export function lineOf(page: string, text: string): number {
  const at = page.split('\n').findIndex((l) => l.trim() === text);
  if (at < 0) throw new Error(`no line "${text}"`);
  return at + 1;
}

/** Replaces the n-th (1-based) occurrence of `from`. */
export function replaceNth(text: string, from: string, to: string, n = 1): string {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf(from, at + 1);
  if (at < 0) throw new Error(`no occurrence ${n} of ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
