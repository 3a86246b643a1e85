import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCountry } from '../../src/index/countries.js';
import { DataError } from '../../src/errors.js';
import { buildProfile } from '../../src/load/buildProfile.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';

const PAGE = 'data/sources/peru-2023-page.txt';
const page = readFileSync(PAGE, 'utf8');
let model: IndexModel;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
});

function build(text: string, country = 'PER') {
  const c = findCountry(country)!;
  return buildProfile('peru.txt', text, c, buildCountryBrief(model, c.iso3, 2023));
}

function refusal(text: string, country = 'PER'): string {
  try {
    build(text, country);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).message;
  }
  throw new Error('the page was accepted');
}

/** Replaces the n-th (1-based) occurrence of `from`. */
function replaceNth(text: string, from: string, to: string, n: number): string {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf(from, at + 1);
  if (at < 0) throw new Error(`no occurrence ${n} of ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe('a country page', () => {
  it('gives Peru 2023: 32 indicator scores with changes, and 29 narrative paragraphs in page order', () => {
    const { profile, warnings } = build(page);
    expect(warnings).toEqual([]);
    expect(profile.indicators).toHaveLength(32);
    expect(profile.components).toEqual({ markets: { score: 6.2, change: 0 }, actors: { score: 6.6, change: 0.1 } });
    expect(profile.indicators.find((i) => i.id === 'heroin-trade')).toMatchObject({ score: 5.5, change: 2 });
    expect(profile.indicators.find((i) => i.id === 'financial-crimes')).toMatchObject({ score: 5.5, change: null });
    expect(profile.paragraphs).toHaveLength(29);
    expect(profile.paragraphs[0]!.text).toMatch(/^Peru is a source and destination country for human trafficking/);
    expect(profile.paragraphs[28]!.text).toMatch(/^Journalists in Peru face judicial harassment/);
    for (const p of profile.paragraphs) expect(page).toContain(p.text);
  });

  it('tags each paragraph with the pillar, group and indicators it covers', () => {
    const tags = build(page).profile.paragraphs.map((p) => `${p.pillar}/${p.group}: ${p.indicators.join('+')}`);
    expect(tags[0]).toBe('criminality/People: human-trafficking');
    expect(tags[4]).toBe('criminality/Trade: trade-in-counterfeit-goods+illicit-trade-in-excisable-goods');
    // the actor paragraphs come in their own order
    expect(tags.slice(14, 19)).toEqual([
      'criminality/Criminal actors: criminal-networks',
      'criminality/Criminal actors: state-embedded-actors',
      'criminality/Criminal actors: mafia-style-groups',
      'criminality/Criminal actors: foreign-actors',
      'criminality/Criminal actors: private-sector-actors',
    ]);
    expect(tags[19]).toBe('resilience/Leadership and governance: political-leadership-and-governance+government-transparency-and-accountability');
    expect(tags[20]).toBe('resilience/Leadership and governance: international-cooperation+national-policies-and-laws');
    expect(tags[28]).toBe('resilience/Civil society and social protection: non-state-actors');
    // every indicator is covered exactly once
    const covered = build(page).profile.paragraphs.flatMap((p) => p.indicators);
    expect(covered).toHaveLength(32);
    expect(new Set(covered).size).toBe(32);
  });

  it('reports a paragraph it cannot place and stores it untagged', () => {
    const odd = 'The weather in the highlands was mild this season, with farmers reporting good harvests of potatoes and quinoa across several valleys, and the markets were busy.';
    const text = page.replace('Access the GI-TOC website', `${odd}\nAccess the GI-TOC website`);
    const { profile, warnings } = build(text);
    expect(profile.paragraphs.at(-1)).toMatchObject({ text: odd, tagging: 'unplaced', indicators: [] });
    const line = text.split('\n').indexOf(odd) + 1;
    expect(warnings.join('\n')).toContain(`line ${line}: paragraph matches no indicator`);
  });

  it('refuses a repeated resilience block whose copies disagree', () => {
    const text = replaceNth(page, 'Law enforcement\n3.50-1.50', 'Law enforcement\n3.50-1.00', 2);
    expect(refusal(text)).toMatch(/line \d+: law-enforcement is printed twice and the copies disagree: line \d+ says 3\.50 \(-1\.50\), line \d+ says 3\.50 \(-1\.00\)/);
  });

  it('refuses scores and changes that disagree with the edition data, listing each', () => {
    let text = page.replace('Cocaine trade\n9.000.00', 'Cocaine trade\n8.500.00');
    text = text.replace('Foreign actors\n6.001.00', 'Foreign actors\n6.00 n/a');
    const message = refusal(text);
    const line = text.split('\n').indexOf('8.500.00') + 1;
    expect(message).toContain(`line ${line} (Cocaine trade): score 8.50, but the 2023 data for Peru says 9.00`);
    expect(message).toMatch(/\(Foreign actors\): change n\/a, but the data gives 1\.00/);
    expect(message).toMatch(/2 problems/);
  });

  it('refuses the Peru page offered as another country', () => {
    expect(refusal(page, 'Chile')).toMatch(/the 2023 data for Chile says/);
  });

  it('refuses a page without scores', () => {
    expect(refusal('Nothing to see here.')).toMatch(/no score for Criminal markets/);
  });
});
