/**
 * A country page's text, as a browser copies it from ocindex.net → what it prints: the `Year:`
 * line, the profile box, the criminality (and resilience) score with its rank lines, the score
 * of each indicator, and the narrative paragraphs. Nothing here knows the edition: the layout is
 * told from what is read (detectPageLayout) and every figure is checked later (buildProfile).
 *
 * The page has no headings. Blank lines and indentation (2025 pages have both) are dropped, but
 * every line keeps its number in the file. Each indicator block is three lines: a name
 * (sometimes glued to the link text before it), the score and change run together
 * ("6.200.00", "4.50 n/a", "2.50-0.50", or "6.20" alone on 2021 pages), and a one-line
 * definition. A composite block is the other way round: the score, then "Criminality score"
 * or "Resilience score", then its rank lines. The resilience list is printed twice (a scrape
 * artefact): identical repeats are dropped, conflicting ones refused. The narrative follows
 * as long paragraphs until the page chrome ("Access the GI-TOC website…").
 */
import { nameKey } from '../index/countries.js';
import { COMPOSITES, INDICATORS } from '../index/taxonomy.js';
import type { Problem } from '../errors.js';
import { readProfileBox, type ProfileBox } from './readProfileBox.js';
import { readRankLine, type RankLine } from './readRankLine.js';

export interface PageLine {
  /** 1-based, in the file as given (blank lines count). */
  readonly line: number;
  readonly text: string;
}

/** How a score line shows the change: a number, "n/a" (new indicator), or nothing (2021). */
export type ChangeForm = 'number' | 'n/a' | 'none';

export interface ScoreLine {
  readonly line: number;
  readonly score: number;
  /** null for "n/a" and where no change is printed. */
  readonly change: number | null;
  readonly form: ChangeForm;
}

export interface PageBlock extends ScoreLine {
  /** An indicator id, or "markets" / "actors" for the averages. */
  readonly id: string;
  readonly definition: string;
}

export interface CompositeBlock extends ScoreLine {
  readonly id: 'criminality' | 'resilience';
  /** The line naming it ("Criminality score"). */
  readonly nameLine: number;
  /** In page order: world, continent, region. */
  readonly ranks: readonly RankLine[];
}

export interface PageText {
  /** The `Year:` line of 2021 and 2023 pages, with the year it gives (null if none). */
  readonly year: { readonly line: number; readonly year: number | null } | undefined;
  readonly box: ProfileBox | undefined;
  readonly composites: readonly CompositeBlock[];
  readonly blocks: readonly PageBlock[];
  readonly paragraphs: readonly PageLine[];
  /** Lines after the scores that are neither prose nor known page furniture. */
  readonly skipped: readonly PageLine[];
  /** The first line of page chrome after the narrative: the page was copied to its end. */
  readonly footer: PageLine | undefined;
  /** The last line that is not blank: where a truncated copy stops. */
  readonly last: PageLine | undefined;
}

// "10.000.50" is 10.00 and 0.50; scores run 1–10, changes carry an optional sign; 2021 pages print none.
const SCORE_LINE = /^(10|[1-9])\.(\d{2})(?: ?(?:(n\/a)|([-−+]?)(\d)\.(\d{2})))?$/;
const COMPOSITE_NAME = /^(criminality|resilience) score$/i;
const YEAR_LINE = /^Year:\s*(.*)$/i;

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
const CHROME =
  /^(Access the GI-TOC website|For a better experience|The criminal markets score is represented|A series of \d+ discussion papers|Read more on|We're constantly working|give us your feedback|The opinions, findings and conclusions)/i;

/** A narrative paragraph is prose: long, and ends a sentence. */
function isProse(line: string): boolean {
  return line.length >= 150 && /[.!?’”")]$/.test(line) && !CHROME.test(line);
}

/** The text → its non-blank lines, trimmed, each with its line number in the file. */
function pageLines(text: string): PageLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((t, n) => ({ line: n + 1, text: t.trim() }))
    .filter((l) => l.text !== '');
}

function readScoreLine(line: PageLine): ScoreLine | undefined {
  const match = SCORE_LINE.exec(line.text);
  if (!match) return undefined;
  const [, whole, cents, na, sign, changeWhole, changeCents] = match;
  const form: ChangeForm = na ? 'n/a' : changeWhole === undefined ? 'none' : 'number';
  const change = form === 'number' ? (sign === '-' || sign === '−' ? -1 : 1) * Number(`${changeWhole}.${changeCents}`) : null;
  return { line: line.line, score: Number(`${whole}.${cents}`), change, form };
}

/** "Year: 2023", or "Year:" with the year on the next line. */
function readYear(lines: readonly PageLine[], end: number): PageText['year'] {
  const at = lines.slice(0, end).findIndex((l) => YEAR_LINE.test(l.text));
  if (at < 0) return undefined;
  const rest = YEAR_LINE.exec(lines[at]!.text)![1]!;
  const year = /^\d{4}\b/.exec(rest || (lines[at + 1]?.text ?? ''))?.[0];
  return { line: lines[at]!.line, year: year ? Number(year) : null };
}

/** The box sits between a "Profile" line and the first score. */
function readBox(lines: readonly PageLine[], end: number, problems: Problem[]): ProfileBox | undefined {
  const at = lines.slice(0, end).findIndex((l) => l.text === 'Profile');
  return at < 0 ? undefined : readProfileBox(lines[at]!.line, lines.slice(at + 1, end), problems);
}

/** The score at `n` as a composite block, when "Criminality score" or "Resilience score" follows it, with the rank lines after that. */
function readComposite(lines: readonly PageLine[], n: number, score: ScoreLine): CompositeBlock | undefined {
  const name = lines[n + 1];
  const composite = COMPOSITE_NAME.exec(name?.text ?? '');
  if (!name || !composite) return undefined;
  const ranks: RankLine[] = [];
  for (let r = n + 2; r < lines.length; r++) {
    const rank = readRankLine(lines[r]!.line, lines[r]!.text);
    if (!rank) break;
    ranks.push(rank);
  }
  return { ...score, id: composite[1]!.toLowerCase() as CompositeBlock['id'], nameLine: name.line, ranks };
}

/**
 * Page text → what it prints, line numbers kept. Problems: a score under no indicator name, a
 * repeated block whose copies disagree, a box value that cannot be read. Whether the figures
 * are right, and whether anything is missing, is for the checks that know the edition.
 */
export function readPage(text: string, problems: Problem[]): PageText {
  const lines = pageLines(text);
  const firstScore = lines.findIndex((l) => SCORE_LINE.test(l.text));
  const headEnd = firstScore < 0 ? lines.length : firstScore;
  const year = readYear(lines, headEnd);
  const box = readBox(lines, headEnd, problems);
  const composites: CompositeBlock[] = [];
  const blocks: PageBlock[] = [];
  const seen = new Map<string, ScoreLine & { definition?: string }>();
  let after = headEnd; // the first line after the last block read

  /** A block read twice (the resilience list): identical copies are one, others a Problem. */
  const isRepeat = (id: string, block: ScoreLine & { definition?: string }): boolean => {
    const earlier = seen.get(id);
    if (!earlier) {
      seen.set(id, block);
      return false;
    }
    if (earlier.score !== block.score || earlier.change !== block.change || earlier.form !== block.form || earlier.definition !== block.definition) {
      problems.push({
        at: `line ${block.line}`,
        message: `${id} is printed twice and the copies disagree: line ${earlier.line} says ${describe(earlier)}, line ${block.line} says ${describe(block)}`,
      });
    }
    return true;
  };

  for (let n = Math.max(firstScore, 0); n < lines.length; n++) {
    const score = readScoreLine(lines[n]!);
    if (!score) continue;
    const composite = readComposite(lines, n, score);
    if (composite) {
      if (!isRepeat(composite.id, score)) composites.push(composite);
      n += 1 + composite.ranks.length;
      after = n + 1;
      continue;
    }
    const id = n > 0 ? nameAt(lines[n - 1]!.text) : undefined;
    if (!id) {
      problems.push({ at: `line ${score.line}`, message: `score "${lines[n]!.text}" follows "${lines[n - 1]?.text ?? ''}", which names no indicator` });
      continue;
    }
    const block: PageBlock = { ...score, id, definition: lines[n + 1]?.text ?? '' };
    after = n + 2;
    if (!isRepeat(id, block)) blocks.push(block);
  }

  const narrative = readNarrative(lines.slice(after));
  return {
    year,
    box,
    composites,
    blocks,
    ...narrative,
    last: lines.at(-1),
  };
}

/** The lines after the scores → paragraphs, skipped lines, and the chrome line that ends them. */
function readNarrative(lines: readonly PageLine[]): Pick<PageText, 'paragraphs' | 'skipped' | 'footer'> {
  const paragraphs: PageLine[] = [];
  const skipped: PageLine[] = [];
  for (const line of lines) {
    if (CHROME.test(line.text)) return { paragraphs, skipped, footer: line };
    if (isProse(line.text)) paragraphs.push(line);
    else skipped.push(line);
  }
  return { paragraphs, skipped, footer: undefined };
}

function describe(block: ScoreLine): string {
  const change = block.form === 'number' ? block.change!.toFixed(2) : block.form;
  return `${block.score.toFixed(2)} (${change})`;
}
