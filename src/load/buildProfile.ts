/**
 * A country page's text + the edition data → that country's ProfileFile, or a DataError listing
 * every problem: a layout that is not the edition's, a score, change or rank line that
 * disagrees with the data, a missing score, a page that stops early or has no narrative.
 *
 *   read the page → detect its layout (2021 / 2023 / 2025) → check it against the brief
 *   → tag the paragraphs → the profile, with the profile box as `facts`.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { findCountry, type Country } from '../index/countries.js';
import { DataError, type Problem } from '../errors.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import { checkPageScores } from './checkPageScores.js';
import { checkPageText, isNoPage, noPageProblem } from './checkPageText.js';
import { checkPageLayout, describeLayout, detectPageLayout, type PageLayout } from './detectPageLayout.js';
import { readPage, type PageText } from './readPage.js';
import type { Paragraph, ProfileFile } from './schemas.js';
import { tagParagraphs } from './tagParagraphs.js';

/** Skipped lines listed one by one; the rest are counted. */
const SKIPPED_SHOWN = 20;

export interface BuiltProfile {
  readonly profile: ProfileFile;
  /** The layout the page was read with, and the lines that tell it: for the run summary. */
  readonly layout: { readonly edition: PageLayout; readonly detected: string };
  /** What was checked beyond the indicators: "criminality score and 3 rank lines". */
  readonly checked: readonly string[];
  /** Paragraphs that could not be placed, lines skipped: for the run summary. */
  readonly warnings: readonly string[];
}

/**
 * Paragraphs a person has checked (`"tagging": "checked"`) in the profile being replaced keep
 * their tags when the same paragraph comes back: re-importing a page must not undo their work.
 */
function keepChecked(paragraphs: Paragraph[], previous: ProfileFile | undefined): Paragraph[] {
  const checked = new Map((previous?.paragraphs ?? []).filter((p) => p.tagging === 'checked').map((p) => [p.text, p]));
  return paragraphs.map((p) => checked.get(p.text) ?? p);
}

/**
 * A page that yields fewer paragraphs than the profile it replaces was most likely copied in
 * part, or has its paragraphs run together: never replace a profile with less without being told.
 */
function checkNotShrinking(file: string, count: number, previous: ProfileFile | undefined): void {
  const before = previous?.paragraphs.length ?? 0;
  if (count >= before) return;
  throw new DataError(file, [
    {
      at: '',
      message:
        `the page gives ${count} narrative paragraph${count === 1 ? '' : 's'}, but the ${previous!.edition} profile it would replace has ${before}: ` +
        'a page copied in part, or with its paragraphs run together, would lose the others. Check the page; to replace the profile ' +
        'with fewer paragraphs all the same, delete its file first',
    },
  ]);
}

/** A profile box that names another country than the one imported. */
function checkBoxCountry(page: PageText, country: Country, problems: Problem[]): void {
  const name = page.box?.name;
  if (!name) return;
  const named = findCountry(name.text);
  if (named?.iso3 !== country.iso3) {
    problems.push({ at: `line ${name.line}`, message: `the profile box is for "${name.text}", but the page is being imported for ${country.name}` });
  }
}

/** The composite blocks checked, in words, for the run summary. */
function describeChecked(page: PageText): string[] {
  return page.composites.map((c) => `${c.id} score and ${c.ranks.length} rank lines`);
}

/** Page text + the country's brief (+ the profile it replaces, if any) → the new profile. */
export function buildProfile(file: string, text: string, country: Country, brief: CountryBrief, previous?: ProfileFile): BuiltProfile {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const page = readPage(text, problems);
  // Text with nothing of a page would otherwise get a "no score for …" per indicator.
  if (isNoPage(page)) throw new DataError(file, [noPageProblem(text)]);
  checkPageText(page, problems);
  const detected = detectPageLayout(page);
  const layout = checkPageLayout(detected, brief.edition, problems);
  // Checked against another edition's data, every figure would disagree: say only that.
  if (layout === undefined) throw new DataError(file, problems);
  checkBoxCountry(page, country, problems);
  checkPageScores(page, brief, layout, problems, warnings);
  if (problems.length > 0) throw new DataError(file, problems);

  const paragraphs = keepChecked(
    tagParagraphs(
      page.paragraphs.map((p) => p.text),
      brief.edition,
    ),
    previous,
  );
  checkNotShrinking(file, paragraphs.length, previous);
  const byId = new Map(page.blocks.map((b) => [b.id, b]));
  const block = (id: string) => byId.get(id)!;
  return {
    profile: {
      iso3: country.iso3,
      edition: brief.edition,
      source: { file: basename(file), sha256: createHash('sha256').update(text).digest('hex') },
      ...(page.box ? { facts: page.box.facts } : {}),
      components: {
        markets: { score: block('markets').score, change: block('markets').change },
        actors: { score: block('actors').score, change: block('actors').change },
      },
      indicators: brief.indicators.map((f) => {
        const b = block(f.indicator.id);
        return { id: f.indicator.id, score: b.score, change: b.change, definition: b.definition };
      }),
      paragraphs,
    },
    layout: { edition: layout, detected: `${describeLayout(detected)}${detected.candidates.length > 1 ? `, read as ${layout}` : ''}` },
    checked: describeChecked(page),
    warnings: [
      ...warnings.map((w) => `${file}: ${w}`),
      ...paragraphs.flatMap((p, n) => (p.tagging === 'unplaced' ? [`${file}: line ${page.paragraphs[n]!.line}: paragraph matches no indicator; stored untagged ("${p.text.slice(0, 50)}…")`] : [])),
      ...(page.box?.skipped ?? []).map((s) => `${file}: line ${s.line}: skipped, not a label of the profile box ("${s.text.slice(0, 50)}")`),
      ...page.skipped.slice(0, SKIPPED_SHOWN).map((s) => `${file}: line ${s.line}: skipped, not a narrative paragraph ("${s.text.slice(0, 50)}")`),
      ...(page.skipped.length > SKIPPED_SHOWN ? [`${file}: … and ${page.skipped.length - SKIPPED_SHOWN} more lines skipped, not narrative paragraphs`] : []),
    ],
  };
}
