/**
 * A profile file, valid against its schema, + where it was found and the editions loaded →
 * the Problems that make it unusable, which the schema cannot see: a file name that is not its
 * country's (Colombia's brief would print Peru's narrative), an edition that the data does not
 * have, indicators the edition does not score, a paragraph whose pillar, group and indicators
 * do not belong together, and text the brief cannot print (control characters, escape codes,
 * characters its font lacks).
 */
import { countryByIso3, countrySlug } from '../index/countries.js';
import { indicatorById, indicatorsOf, MARKET_GROUPS, RESILIENCE_GROUPS, type Group, type Pillar } from '../index/taxonomy.js';
import type { Problem } from '../errors.js';
import { stripControls } from '../present/printable.js';
import { glyphProblem, missingGlyphs } from './checkGlyphs.js';
import type { Paragraph, ProfileFile } from './schemas.js';

const GROUPS_OF: Readonly<Record<Pillar, readonly Group[]>> = {
  criminality: [...MARKET_GROUPS, 'Criminal actors'],
  resilience: [...RESILIENCE_GROUPS],
};

/** What the brief prints of a profile, with where it is in the file. */
function printedText(profile: ProfileFile): { at: string; text: string }[] {
  const facts = profile.facts ?? {};
  return [
    ...profile.paragraphs.map((p, n) => ({ at: `paragraphs[${n}].text`, text: p.text })),
    ...profile.indicators.map((i, n) => ({ at: `indicators[${n}].definition`, text: i.definition })),
    ...(['capital', 'incomeGroup', 'geographyType'] as const).flatMap((key) => {
      const value = facts[key];
      return typeof value === 'string' ? [{ at: `facts.${key}`, text: value }] : [];
    }),
  ];
}

/** A paragraph's tags against the edition: the indicators it scores, the groups of its pillar, the group of its indicators. */
function checkTags(paragraph: Paragraph, n: number, edition: number, problems: Problem[]): void {
  const at = `paragraphs[${n}]`;
  const scored = new Set(indicatorsOf(edition).map((i) => i.id));
  const unscored = paragraph.indicators.filter((id) => !scored.has(id));
  for (const id of unscored) {
    problems.push({ at: `${at}.indicators`, message: `${id} is not an indicator of the ${edition} edition (it is scored from ${indicatorById(id).since})` });
  }
  const { pillar, group } = paragraph;
  if (paragraph.tagging === 'unplaced') {
    if (pillar !== null || group !== null || paragraph.indicators.length > 0) {
      problems.push({ at, message: 'an "unplaced" paragraph has no pillar, group or indicators: set "tagging" to "checked", or remove the tags' });
    }
    return;
  }
  if (group !== null && pillar === null) problems.push({ at, message: `group "${group}" without a pillar` });
  if (group !== null && pillar !== null && !GROUPS_OF[pillar].includes(group)) {
    problems.push({ at: `${at}.group`, message: `"${group}" is not a group of the ${pillar} pillar (its groups: ${GROUPS_OF[pillar].join(', ')})` });
  }
  const tagged = paragraph.indicators.filter((id) => scored.has(id)).map(indicatorById);
  for (const indicator of tagged) {
    if (pillar !== null && indicator.pillar !== pillar) {
      problems.push({ at: `${at}.indicators`, message: `${indicator.id} belongs to the ${indicator.pillar} pillar, not to ${pillar}` });
    }
  }
  if (group !== null && tagged.length > 0 && !tagged.some((i) => i.group === group)) {
    problems.push({ at: `${at}.group`, message: `"${group}", but none of its indicators is in that group (${tagged.map((i) => `${i.id}: ${i.group}`).join('; ')})` });
  }
  if (tagged.length > 0 && group === null) problems.push({ at: `${at}.group`, message: 'a paragraph with indicators needs their group' });
}

/**
 * `profile`, read from the file `name` in the folder of `year`, against the editions the data
 * has. Problems are located by their path in the file.
 */
export function checkProfile(profile: ProfileFile, name: string, year: string, editions: ReadonlySet<number>): Problem[] {
  const problems: Problem[] = [];
  const country = countryByIso3(profile.iso3);
  const expected = `${countrySlug(country)}.json`;
  if (name !== expected) {
    problems.push({ at: 'iso3', message: `"${profile.iso3}" is ${country.name}, whose profile is ${expected}, not ${name}: a profile is filed under its own country` });
  }
  if (String(profile.edition) !== year) problems.push({ at: 'edition', message: `${profile.edition} does not match the folder ${year}` });
  if (!editions.has(profile.edition)) {
    problems.push({ at: 'edition', message: `there is no ${profile.edition} edition in the data (has ${[...editions].join(', ')})` });
  }
  const scored = new Set(indicatorsOf(profile.edition).map((i) => i.id));
  const seen = new Set<string>();
  profile.indicators.forEach((indicator, n) => {
    if (!scored.has(indicator.id)) problems.push({ at: `indicators[${n}].id`, message: `${indicator.id} is not an indicator of the ${profile.edition} edition` });
    if (seen.has(indicator.id)) problems.push({ at: `indicators[${n}].id`, message: `${indicator.id} is listed twice` });
    seen.add(indicator.id);
  });
  profile.paragraphs.forEach((paragraph, n) => {
    checkTags(paragraph, n, profile.edition, problems);
  });
  for (const { at, text } of printedText(profile)) {
    const stripped = stripControls(text);
    if (stripped.escapes + stripped.controls > 0) {
      problems.push({ at, message: 'holds control characters or terminal escape codes, which no brief prints: remove them (importing the page again does)' });
    }
    const missing = missingGlyphs(text);
    if (missing) problems.push({ at, message: glyphProblem(missing) });
  }
  return problems;
}
