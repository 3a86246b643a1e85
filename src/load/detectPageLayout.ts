/**
 * What a page prints → which edition's layout it has (2021, 2023 or 2025), with the lines
 * that tell, so that a page is never checked against the wrong edition and a rank change is
 * read with the right sign (2023 pages print previous − current, 2025 pages current − previous).
 *
 * No single line is always there: a copy may start at the criminal markets, as
 * data/sources/peru-2023-page.txt does. So each telling line is a clue naming the layouts it
 * allows, and the layout is what the clues allow. The page's furniture (Year line, box, rank
 * lines) must agree; how scores print only narrows down what it leaves open, since a score line
 * that fits no layout is better reported as a wrong figure by the checks than as a wrong
 * layout. Clues (data/README.md describes each edition's layout):
 * - a `Year:` line: 2021 or 2023 (the year it gives, if any, settles which);
 * - the 2025 GDP label, or a GDP with cents (2023); income group or geography type (until 2023),
 *   GINI (2023);
 * - scores: "n/a" (2023: indicators new that year), no change at all (2021), a change on an
 *   indicator new in 2023 (2025: a 2023 page prints n/a there);
 * - rank lines: no change (2021), a change glued to the name ("Americas-1", 2023), a continent
 *   or region change after a space (2025).
 */
import { indicatorById } from '../index/taxonomy.js';
import type { Problem } from '../errors.js';
import type { PageText } from './readPage.js';
import type { RankLine } from './readRankLine.js';

export type PageLayout = 2021 | 2023 | 2025;
export const PAGE_LAYOUTS: readonly PageLayout[] = [2021, 2023, 2025];

export interface LayoutClue {
  readonly line: number;
  readonly says: string;
  readonly layouts: readonly PageLayout[];
  /** Furniture clues must agree; score clues only narrow down. */
  readonly from: 'furniture' | 'scores';
}

export interface DetectedLayout {
  /** The layouts the clues allow: one when the page is clear, none when its furniture disagrees. */
  readonly candidates: readonly PageLayout[];
  readonly clues: readonly LayoutClue[];
}

/** The layout of an edition's pages: the latest layout not after it. */
export function layoutOfEdition(edition: number): PageLayout {
  return [...PAGE_LAYOUTS].reverse().find((l) => l <= edition) ?? 2021;
}

function yearClues(page: PageText): LayoutClue[] {
  if (!page.year) return [];
  const { line, year } = page.year;
  if (year === null) return [{ line, says: 'a "Year:" line', layouts: [2021, 2023], from: 'furniture' }];
  return [{ line, says: `"Year: ${year}"`, layouts: [layoutOfEdition(year)], from: 'furniture' }];
}

function boxClues(page: PageText): LayoutClue[] {
  const clues: LayoutClue[] = [];
  for (const { fact, label, value } of page.box?.entries ?? []) {
    if (fact === 'gdpUsdMillions' && /CURRENT \$US MILLION/i.test(label.text)) {
      clues.push({ line: label.line, says: `the 2025 GDP label "${label.text}"`, layouts: [2025], from: 'furniture' });
    } else if (fact === 'gdpUsdMillions' && /\.\d+ million$/i.test(value.text)) {
      clues.push({ line: value.line, says: `a GDP with cents ("${value.text}")`, layouts: [2023], from: 'furniture' });
    } else if (fact === 'incomeGroup' || fact === 'geographyType') {
      clues.push({ line: label.line, says: `"${label.text}" in the profile box`, layouts: [2021, 2023], from: 'furniture' });
    } else if (fact === 'gini') {
      clues.push({ line: label.line, says: `"${label.text}" in the profile box`, layouts: [2023], from: 'furniture' });
    }
  }
  return clues;
}

/** The edition that introduced an indicator; undefined for the markets and actors averages. */
const sinceOf = (id: string): number | undefined => (id === 'markets' || id === 'actors' ? undefined : indicatorById(id).since);

function scoreClues(page: PageText): LayoutClue[] {
  const scores = [...page.composites, ...page.blocks].sort((a, b) => a.line - b.line);
  const clue = (line: number | undefined, says: string, layouts: PageLayout[]): LayoutClue[] => (line === undefined ? [] : [{ line, says, layouts, from: 'scores' }]);
  const newWithChange = page.blocks.find((b) => b.form === 'number' && sinceOf(b.id) === 2023);
  return [
    ...clue(scores.find((s) => s.form === 'n/a')?.line, 'a score with "n/a" for its change', [2023]),
    ...clue(scores.find((s) => s.form === 'none')?.line, 'a score without a change', [2021]),
    ...clue(newWithChange?.line, `a change for ${newWithChange ? indicatorById(newWithChange.id).name : ''}, new in 2023`, [2025]),
    ...clue(scores.find((s) => s.form === 'number')?.line, 'a score with its change', [2023, 2025]),
  ];
}

function rankClues(page: PageText): LayoutClue[] {
  const ranks = page.composites.flatMap((c) => c.ranks);
  const clue = (rank: RankLine | undefined, says: string, layouts: PageLayout[]): LayoutClue[] =>
    rank === undefined ? [] : [{ line: rank.line, says: `${says} ("${rank.text}")`, layouts, from: 'furniture' }];
  return [
    ...clue(
      ranks.find((r) => r.change === null),
      'a rank line without a change',
      [2021],
    ),
    ...clue(
      ranks.find((r) => r.change !== null && !r.spaced),
      'a rank change glued to the line',
      [2023],
    ),
    ...clue(
      ranks.find((r) => r.group !== null && r.spaced),
      'a space before the rank change of a continent or region',
      [2025],
    ),
  ];
}

/** What the page prints → the layouts it can have, and why. */
export function detectPageLayout(page: PageText): DetectedLayout {
  const clues = [...yearClues(page), ...boxClues(page), ...scoreClues(page), ...rankClues(page)].sort((a, b) => a.line - b.line);
  let candidates = PAGE_LAYOUTS.filter((layout) => clues.every((c) => c.from === 'scores' || c.layouts.includes(layout)));
  for (const clue of clues.filter((c) => c.from === 'scores')) {
    const narrowed = candidates.filter((layout) => clue.layouts.includes(layout));
    if (narrowed.length > 0) candidates = narrowed;
  }
  return { candidates, clues };
}

/** "2025 layout (line 18: the 2025 GDP label …; line 34: …)": the clues that narrowed it down. */
export function describeLayout(detected: DetectedLayout): string {
  const telling = detected.clues.filter((c) => c.layouts.length === 1 && detected.candidates.includes(c.layouts[0]!));
  const shown = (telling.length > 0 ? telling : detected.clues).slice(0, 2).map((c) => `line ${c.line}: ${c.says}`);
  const name = `the ${detected.candidates.join(' or ')} layout`;
  return shown.length > 0 ? `${name} (${shown.join('; ')})` : name;
}

/**
 * The layout to read the page with, for an edition: the edition's own layout when the page can
 * have it; otherwise a Problem saying which layout the page has and why, and undefined.
 */
export function checkPageLayout(detected: DetectedLayout, edition: number, problems: Problem[]): PageLayout | undefined {
  const expected = layoutOfEdition(edition);
  if (detected.candidates.length === 0) {
    const all = detected.clues
      .filter((c) => c.from === 'furniture')
      .map((c) => `line ${c.line}: ${c.says} (${c.layouts.join(' or ')})`)
      .join('; ');
    problems.push({ at: '', message: `the page mixes the layouts of different editions: ${all}` });
    return undefined;
  }
  if (detected.candidates.includes(expected)) return expected;
  problems.push({
    at: '',
    message:
      `the page has ${describeLayout(detected)}, but it is being imported as the ${edition} edition, whose pages have the ${expected} layout: ` +
      `give the ${edition} page, or import this one with --edition ${detected.candidates.at(-1)}`,
  });
  return undefined;
}
