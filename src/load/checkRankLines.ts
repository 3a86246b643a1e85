/**
 * The rank lines under a composite score on a page + the model's ranks → a Problem for every
 * rank, group size, group name or change that disagrees with the data.
 *
 * The printed change is read by the page's layout: 2023 and earlier pages print previous −
 * current (26th → 32nd prints −6), 2025 pages current − previous (32nd → 31st prints −1); 2021
 * pages print none. A change of the right size with the other sign is named as such, since that
 * is the likely mistake.
 */
import type { Problem } from '../errors.js';
import { nameKey } from '../index/countries.js';
import type { CompositeFigure, CountryBrief, Rank } from '../model/buildCountryBrief.js';
import type { PageLayout } from './detectPageLayout.js';
import type { CompositeBlock } from './readPage.js';
import { ordinal } from '../present/formatFigures.js';
import type { RankLine } from './readRankLine.js';

/** The change a page of this layout prints for a rank; null where it prints none. */
export function printedRankChange(rank: Rank, layout: PageLayout): number | null {
  if (rank.previous === null || layout === 2021) return null;
  return layout >= 2025 ? rank.rank - rank.previous : rank.previous - rank.rank;
}

const signed = (n: number | null) => (n === null ? 'none' : n > 0 ? `+${n}` : String(n));

function signRule(layout: PageLayout): string {
  return layout >= 2025 ? `${layout} pages print current − previous` : `${layout} pages print previous − current`;
}

function checkRankLine(line: RankLine, want: Rank, composite: string, brief: CountryBrief, layout: PageLayout, problems: Problem[]): void {
  const at = `line ${line.line} (${composite} rank ${want.scope === 'world' ? 'in the world' : `in ${want.group}`})`;
  const edition = brief.edition;
  if (line.rank !== want.rank) {
    problems.push({ at, message: `${ordinal(line.rank)} of ${line.of}, but the ${edition} data gives ${ordinal(want.rank)}` });
  }
  if (line.of !== want.of) {
    const where = want.scope === 'world' ? 'the world' : want.group;
    problems.push({ at, message: `of ${line.of} countries, but ${where} has ${want.of} in the ${edition} data` });
  }
  const group = want.scope === 'world' ? null : want.group;
  if (group === null && line.group !== null) {
    problems.push({ at, message: `"in ${line.group}", but the first rank line is the world rank` });
  } else if (group !== null && (line.group === null || nameKey(line.group) !== nameKey(group))) {
    problems.push({ at, message: `${line.group === null ? 'no group' : `"in ${line.group}"`}, but the ${edition} data places ${brief.country.name} in ${group}` });
  }
  const change = changeProblem(line, want, brief, layout);
  if (change) problems.push({ at, message: change });
}

/** What is wrong with the printed rank change, if anything. */
function changeProblem(line: RankLine, want: Rank, brief: CountryBrief, layout: PageLayout): string | undefined {
  const change = printedRankChange(want, layout);
  if (line.change === change) return undefined;
  if (change === null) {
    const why = layout === 2021 ? '2021 pages print no rank change' : `the data has no ${brief.previousEdition ?? 'earlier'} rank to compare with`;
    return `change ${signed(line.change)}, but ${why}`;
  }
  const ranks = `${ordinal(want.rank)} in ${brief.edition}, ${ordinal(want.previous!)} in ${brief.previousEdition}; ${signRule(layout)}`;
  const reversed = change !== 0 && line.change === -change ? `: the sign is reversed, as ${layout >= 2025 ? '2023' : '2025'} pages print it` : '';
  return `change ${signed(line.change)}, but the data gives ${signed(change)} (${ranks})${reversed}`;
}

/** Each rank line of a composite block against the model's world, continent and region ranks. */
export function checkRankLines(block: CompositeBlock, figure: CompositeFigure, brief: CountryBrief, layout: PageLayout, problems: Problem[]): void {
  const composite = figure.composite.name.toLowerCase();
  if (block.ranks.length !== figure.ranks.length) {
    problems.push({
      at: `line ${block.nameLine} (${figure.composite.name} score)`,
      message: `${block.ranks.length} rank lines follow, but a page prints ${figure.ranks.length} (world, continent, region)`,
    });
  }
  block.ranks.forEach((line, n) => {
    const want = figure.ranks[n];
    if (want) checkRankLine(line, want, composite, brief, layout, problems);
  });
}
