/**
 * A country page's text + the edition data → that country's ProfileFile, or a DataError listing
 * every score or change on the page that disagrees with the data.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Country } from '../index/countries.js';
import { DataError, type Problem } from '../errors.js';
import type { CountryBrief } from '../model/buildCountryBrief.js';
import { readPage } from './readPage.js';
import type { Paragraph, ProfileFile } from './schemas.js';
import { tagParagraphs } from './tagParagraphs.js';

export interface BuiltProfile {
  readonly profile: ProfileFile;
  /** Paragraphs that could not be placed, lines skipped: for the run summary. */
  readonly warnings: readonly string[];
}

const hundredths = (n: number) => Math.round(n * 100);
const show = (h: number | null) => (h === null ? 'n/a' : (h / 100).toFixed(2));

/**
 * Paragraphs a person has checked (`"tagging": "checked"`) in the profile being replaced keep
 * their tags when the same paragraph comes back: re-importing a page must not undo their work.
 */
function keepChecked(paragraphs: Paragraph[], previous: ProfileFile | undefined): Paragraph[] {
  const checked = new Map((previous?.paragraphs ?? []).filter((p) => p.tagging === 'checked').map((p) => [p.text, p]));
  return paragraphs.map((p) => checked.get(p.text) ?? p);
}

/** Page text + the country's brief (+ the profile it replaces, if any) → the new profile. */
export function buildProfile(file: string, text: string, country: Country, brief: CountryBrief, previous?: ProfileFile): BuiltProfile {
  const problems: Problem[] = [];
  const page = readPage(text, problems);
  const byId = new Map(page.blocks.map((b) => [b.id, b]));

  const expected = [
    { id: 'markets', name: 'Criminal markets', value: brief.composites.markets.value, change: brief.composites.markets.change },
    { id: 'actors', name: 'Criminal actors', value: brief.composites.actors.value, change: brief.composites.actors.change },
    ...brief.indicators.map((f) => ({ id: f.indicator.id, name: f.indicator.name, value: f.value, change: f.change })),
  ];
  for (const want of expected) {
    const block = byId.get(want.id);
    if (!block) {
      problems.push({ at: '', message: `no score for ${want.name}` });
      continue;
    }
    const at = `line ${block.line} (${want.name})`;
    if (hundredths(block.score) !== want.value) {
      problems.push({ at, message: `score ${show(hundredths(block.score))}, but the ${brief.edition} data for ${country.name} says ${show(want.value)}` });
    }
    const change = block.change === null ? null : hundredths(block.change);
    if (change !== want.change) {
      problems.push({ at, message: `change ${show(change)}, but the data gives ${show(want.change)}` });
    }
  }
  for (const block of page.blocks) {
    if (!expected.some((e) => e.id === block.id)) {
      problems.push({ at: `line ${block.line}`, message: `${block.id} is not an indicator of the ${brief.edition} edition` });
    }
  }
  if (page.paragraphs.length === 0) problems.push({ at: '', message: 'no narrative paragraphs found after the scores' });
  if (problems.length > 0) throw new DataError(file, problems);

  const paragraphs = keepChecked(tagParagraphs(page.paragraphs.map((p) => p.text), brief.edition), previous);
  const warnings = [
    ...paragraphs.flatMap((p, n) =>
      p.tagging === 'unplaced' ? [`${file}: line ${page.paragraphs[n]!.line}: paragraph matches no indicator; stored untagged ("${p.text.slice(0, 50)}…")`] : [],
    ),
    ...page.skipped.map((s) => `${file}: line ${s.line}: skipped, not a narrative paragraph ("${s.text.slice(0, 50)}")`),
  ];
  const block = (id: string) => byId.get(id)!;
  return {
    profile: {
      iso3: country.iso3,
      edition: brief.edition,
      source: { file: basename(file), sha256: createHash('sha256').update(text).digest('hex') },
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
    warnings,
  };
}
