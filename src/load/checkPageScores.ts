/**
 * A page as read + the country's brief → a Problem for every score, change or rank line on the
 * page that disagrees with the edition data, and for every score the page should print but
 * does not. The criminality and resilience blocks are optional (a copy may start at the
 * criminal markets) but checked, rank lines included, whenever present.
 */
import type { Problem } from '../errors.js';
import type { Component } from '../index/taxonomy.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import { checkPageEnd } from './checkPageEnd.js';
import { checkRankLines } from './checkRankLines.js';
import type { PageLayout } from './detectPageLayout.js';
import type { PageText, ScoreLine } from './readPage.js';

/** A score the page must print, in page order, with the data's figures in hundredths. */
export interface ExpectedScore {
  /** An indicator id, or "markets" / "actors" for the averages. */
  readonly id: string;
  readonly name: string;
  readonly section: Component;
  readonly value: number;
  readonly change: number | null;
}

const hundredths = (n: number) => Math.round(n * 100);
const show = (h: number | null) => (h === null ? 'n/a' : (h / 100).toFixed(2));
const shownChange = (s: ScoreLine) => (s.form === 'none' ? 'none' : show(s.change === null ? null : hundredths(s.change)));

/** The averages and indicators of the brief's edition, in page order. */
export function expectedScores(brief: CountryBrief): ExpectedScore[] {
  const average = (id: 'markets' | 'actors'): ExpectedScore => ({
    id,
    name: brief.composites[id].composite.name,
    section: id,
    value: brief.composites[id].value,
    change: brief.composites[id].change,
  });
  const indicators = brief.indicators.map(
    (f): ExpectedScore => ({
      id: f.indicator.id,
      name: f.indicator.name,
      section: f.indicator.component,
      value: f.value,
      change: f.change,
    }),
  );
  return [average('markets'), ...indicators.filter((i) => i.section === 'markets'), average('actors'), ...indicators.filter((i) => i.section !== 'markets')];
}

function checkScore(score: ScoreLine, want: Omit<ExpectedScore, 'section'>, brief: CountryBrief, problems: Problem[]): void {
  const at = `line ${score.line} (${want.name})`;
  if (hundredths(score.score) !== want.value) {
    problems.push({ at, message: `score ${show(hundredths(score.score))}, but the ${brief.edition} data for ${brief.country.name} says ${show(want.value)}` });
  }
  const change = score.change === null ? null : hundredths(score.change);
  if (change !== want.change) problems.push({ at, message: `change ${shownChange(score)}, but the data gives ${show(want.change)}` });
}

/** Every figure on the page against the brief; warnings get what is worth a note but no refusal. */
export function checkPageScores(page: PageText, brief: CountryBrief, layout: PageLayout, problems: Problem[], warnings: string[]): void {
  for (const block of page.composites) {
    const figure = brief.composites[block.id];
    checkScore(block, { id: block.id, name: figure.composite.name, value: figure.value, change: figure.change }, brief, problems);
    checkRankLines(block, figure, brief, layout, problems);
  }

  const expected = expectedScores(brief);
  const byId = new Map(page.blocks.map((b) => [b.id, b]));
  for (const want of expected) {
    const block = byId.get(want.id);
    if (block) checkScore(block, want, brief, problems);
  }
  for (const block of page.blocks) {
    if (!expected.some((e) => e.id === block.id)) {
      problems.push({ at: `line ${block.line}`, message: `${block.id} is not an indicator of the ${brief.edition} edition` });
    }
  }

  const end = checkPageEnd(page, expected);
  for (const want of expected) {
    if (!byId.has(want.id) && !end.cutOff.has(want.id)) problems.push({ at: '', message: `no score for ${want.name}` });
  }
  if (end.problem) problems.push(end.problem);
  else if (page.paragraphs.length === 0) problems.push({ at: '', message: 'no narrative paragraphs found after the scores' });
  if (end.warning) warnings.push(end.warning);
}
