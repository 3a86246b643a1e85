/**
 * A country page's text, as a browser copies it from ocindex.net → the scores it prints and
 * its narrative paragraphs.
 *
 * The page has no headings. Each score block is three lines: a name (sometimes glued to the
 * link text before it), the score and change run together ("6.200.00", "4.50 n/a",
 * "2.50-0.50"), and a one-line definition. The resilience list is printed twice (a scrape
 * artefact): identical repeats are dropped, conflicting ones refused. The narrative follows
 * as long paragraphs until the page chrome ("Access the GI-TOC website…").
 */
import { nameKey } from '../index/countries.js';
import { COMPOSITES, INDICATORS } from '../index/taxonomy.js';
import type { Problem } from '../errors.js';

export interface PageBlock {
  /** An indicator id, or "markets" / "actors" for the averages. */
  readonly id: string;
  readonly line: number;
  readonly score: number;
  readonly change: number | null;
  readonly definition: string;
}

export interface PageText {
  readonly blocks: readonly PageBlock[];
  readonly paragraphs: readonly { readonly line: number; readonly text: string }[];
  /** Lines after the scores that are neither prose nor known page furniture. */
  readonly skipped: readonly { readonly line: number; readonly text: string }[];
}

// "10.000.50" is 10.00 and 0.50; scores run 1–10, changes carry an optional sign.
const SCORE_LINE = /^(10|[1-9])\.(\d{2}) ?(?:(n\/a)|([-−+]?)(\d)\.(\d{2}))$/;

const NAMES = [
  ...COMPOSITES.filter((c) => c.id === 'markets' || c.id === 'actors').map((c) => ({ id: c.id as string, key: nameKey(c.name) })),
  ...INDICATORS.map((i) => ({ id: i.id, key: nameKey(i.name) })),
].sort((a, b) => b.key.length - a.key.length);

/** The known name a line ends with: "Read more on globalinitiative.netCriminal markets" → markets. */
function nameAt(line: string): string | undefined {
  const key = nameKey(line);
  return NAMES.find((n) => key === n.key || key.endsWith(` ${n.key}`) || key.endsWith(n.key))?.id;
}

/** Lines that are the website's furniture, not the country's narrative. */
const CHROME = /^(Access the GI-TOC website|For a better experience|The criminal markets score is represented|A series of \d+ discussion papers|Read more on|We're constantly working|give us your feedback|The opinions, findings and conclusions)/i;

/** A narrative paragraph is prose: long, and ends a sentence. */
function isProse(line: string): boolean {
  return line.length >= 150 && /[.!?’”")]$/.test(line) && !CHROME.test(line);
}

export function readPage(text: string, problems: Problem[]): PageText {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const blocks: PageBlock[] = [];
  const seen = new Map<string, PageBlock>();
  let lastBlockLine = -1;

  for (let n = 1; n < lines.length; n++) {
    const match = SCORE_LINE.exec(lines[n]!);
    if (!match) continue;
    const at = `line ${n + 1}`;
    const id = nameAt(lines[n - 1]!);
    if (!id) {
      problems.push({ at, message: `score "${lines[n]}" follows "${lines[n - 1]}", which names no indicator` });
      continue;
    }
    const [, whole, cents, na, sign, changeWhole, changeCents] = match;
    const score = Number(`${whole}.${cents}`);
    const change = na ? null : (sign === '-' || sign === '−' ? -1 : 1) * Number(`${changeWhole}.${changeCents}`);
    const block: PageBlock = { id, line: n + 1, score, change, definition: lines[n + 1] ?? '' };
    lastBlockLine = n + 1;
    const earlier = seen.get(id);
    if (earlier) {
      if (earlier.score !== score || earlier.change !== change || earlier.definition !== block.definition) {
        problems.push({
          at,
          message: `${id} is printed twice and the copies disagree: line ${earlier.line} says ${describe(earlier)}, line ${n + 1} says ${describe(block)}`,
        });
      }
      continue;
    }
    seen.set(id, block);
    blocks.push(block);
  }

  const paragraphs: { line: number; text: string }[] = [];
  const skipped: { line: number; text: string }[] = [];
  for (let n = lastBlockLine + 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (CHROME.test(line)) break;
    if (isProse(line)) paragraphs.push({ line: n + 1, text: line });
    else if (line) skipped.push({ line: n + 1, text: line });
  }
  return { blocks, paragraphs, skipped };
}

function describe(block: PageBlock): string {
  const change = block.change === null ? 'n/a' : block.change.toFixed(2);
  return `${block.score.toFixed(2)} (${change})`;
}
