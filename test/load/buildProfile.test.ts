import { beforeAll, describe, expect, it } from 'vitest';
import { findCountry } from '../../src/index/countries.js';
import { DataError } from '../../src/errors.js';
import { buildProfile } from '../../src/load/buildProfile.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { lineOf, readPageFixture, replaceNth } from './pageFixtures.js';

const page = readPageFixture('peru2023');
let model: IndexModel;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
});

function build(text: string, country = 'PER', edition = 2023) {
  const c = findCountry(country)!;
  return buildProfile('peru.txt', text, c, buildCountryBrief(model, c.iso3, edition));
}

function refusal(text: string, country = 'PER', edition = 2023): string {
  try {
    build(text, country, edition);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).message;
  }
  throw new Error('the page was accepted');
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

  it('refuses a page without scores in one line saying it is no country page, not a line per missing score', () => {
    expect(refusal('Nothing to see here.')).toBe(
      'peru.txt: 1 problem\n  this is not the text of an ocindex.net country page: it has no indicator score ' +
        '(such as "Human trafficking" followed by "7.00 …") and no profile box; its 1 line starts with "Nothing to see here."',
    );
  });
});

describe('a 2023 page with its profile box and rank lines', () => {
  const boxed = readPageFixture('peru2023WithBox');

  it('gives the same scores and paragraphs as the seed, plus the facts of the box', () => {
    const built = build(boxed);
    expect(built.layout.edition).toBe(2023);
    expect(built.checked).toEqual(['criminality score and 3 rank lines']);
    expect(built.warnings).toEqual([]);
    const seed = build(page).profile;
    expect(built.profile.facts).toEqual({
      capital: 'Lima',
      population: 34217848,
      gdpUsdMillions: 223249,
      areaKm2: 1285220,
      incomeGroup: 'Upper middle income',
      geographyType: 'Coastal',
      gini: 40.2,
    });
    expect({ ...built.profile, facts: undefined, source: undefined }).toEqual({ ...seed, facts: undefined, source: undefined });
    expect(seed.facts).toBeUndefined();
  });

  it('reads the 2023 rank change as previous − current', () => {
    // 26th in 2021 → 32nd in 2023 prints -6; the 2025 reading would be +6.
    const text = boxed.replace('32nd of 193 countries -6', '32nd of 193 countries 6');
    expect(refusal(text)).toContain(
      'line 22 (criminality rank in the world): change +6, but the data gives -6 (32nd in 2023, 26th in 2021; 2023 pages print previous − current): the sign is reversed, as 2025 pages print it',
    );
  });
});

describe('a 2025 page', () => {
  const page2025 = readPageFixture('peru2025');
  const refuse2025 = (text: string, country = 'PER') => refusal(text, country, 2025);

  it('gives Peru 2025: the box as facts, 32 indicators with changes against 2023, the narrative (the 2023 text reused by the fixture)', () => {
    const { profile, layout, checked, warnings } = build(page2025, 'PER', 2025);
    expect(warnings).toEqual([]);
    expect(layout.edition).toBe(2025);
    expect(layout.detected).toMatch(/^the 2025 layout \(line 18: the 2025 GDP label/);
    expect(checked).toEqual(['criminality score and 3 rank lines', 'resilience score and 3 rank lines']);
    expect(profile.edition).toBe(2025);
    expect(profile.facts).toEqual({ capital: 'Lima', population: 34217848, gdpUsdMillions: 289070, areaKm2: 1285220 });
    expect(profile.components).toEqual({ markets: { score: 6.33, change: 0.13 }, actors: { score: 6.9, change: 0.3 } });
    expect(profile.indicators).toHaveLength(32);
    expect(profile.indicators.every((i) => i.change !== null)).toBe(true);
    expect(profile.indicators.find((i) => i.id === 'extortion-and-protection-racketeering')).toMatchObject({ score: 5.5, change: 1 });
    expect(profile.indicators.find((i) => i.id === 'illicit-trade-in-excisable-goods')).toMatchObject({ score: 4.5, change: 2.5 });
    expect(profile.paragraphs.map((p) => p.text)).toEqual(build(page).profile.paragraphs.map((p) => p.text));
  });

  it('refuses a wrong rank line, naming the line and what the data says', () => {
    const text = page2025.replace('6th of 12 countries in South America 0', '7th of 12 countries in South America 0');
    expect(refuse2025(text)).toBe('peru.txt: 1 problem\n  line 34 (criminality rank in South America): 7th of 12, but the 2025 data gives 6th');
  });

  it('refuses a rank change with the 2023 sign, and a wrong group size or name', () => {
    let text = page2025.replace('31st of 193 countries -1', '31st of 193 countries 1');
    text = text.replace('114th of 193 countries -5', '114th of 193 countries 5');
    text = text.replace('10th of 35 countries in Americas 0', '10th of 36 countries in America 0');
    const message = refuse2025(text);
    expect(message).toContain(
      'line 30 (criminality rank in the world): change +1, but the data gives -1 (31st in 2025, 32nd in 2023; 2025 pages print current − previous): the sign is reversed, as 2023 pages print it',
    );
    const resilience = lineOf(text, '114th of 193 countries 5');
    expect(message).toContain(`line ${resilience} (resilience rank in the world): change +5, but the data gives -5 (114th in 2025, 119th in 2023;`);
    expect(message).toContain('line 32 (criminality rank in Americas): of 36 countries, but Americas has 35 in the 2025 data');
    expect(message).toContain('line 32 (criminality rank in Americas): "in America", but the 2025 data places Peru in Americas');
    expect(message).toMatch(/^peru.txt: 4 problems\n/);
  });

  it('refuses a missing rank line', () => {
    const text = page2025.replace('    6th of 12 countries in South America 0\n', '');
    expect(refuse2025(text)).toContain('line 28 (Criminality score): 2 rank lines follow, but a page prints 3 (world, continent, region)');
  });

  it('refuses wrong scores and changes, criminality included, listing each', () => {
    let text = page2025.replace('6.620.22', '6.600.22');
    text = text.replace('Cocaine trade\n\n    9.000.00', 'Cocaine trade\n\n    9.000.50');
    text = text.replace('4.460.08', '4.46 n/a');
    const message = refuse2025(text);
    expect(message).toContain('line 26 (Criminality): score 6.60, but the 2025 data for Peru says 6.62');
    expect(message).toContain(`line ${lineOf(text, '9.000.50')} (Cocaine trade): change 0.50, but the data gives 0.00`);
    expect(message).toContain(`line ${lineOf(text, '4.46 n/a')} (Resilience): change n/a, but the data gives 0.08`);
    expect(message).toMatch(/^peru.txt: 3 problems\n/);
  });

  it('refuses a page whose box names another country', () => {
    expect(refuse2025(page2025.replace('\n    Peru\n', '\n    Chile\n'))).toContain('line 8: the profile box is for "Chile", but the page is being imported for Peru');
  });

  it('refuses the Peru page offered as the 2023 edition, saying only that', () => {
    expect(refusal(page2025)).toMatch(/^peru.txt: 1 problem\n {2}the page has the 2025 layout \(line 18: .*\), but it is being imported as the 2023 edition/);
  });

  it('refuses a missing indicator in a whole page, by name', () => {
    const text = page2025.replace(/ {4}Heroin trade\n\n {4}4\.50-1\.00\n\n.*\n\n/, '');
    expect(refuse2025(text)).toBe('peru.txt: 1 problem\n  no score for Heroin trade');
  });
});

describe('a page that stops early', () => {
  const page2025 = readPageFixture('peru2025');
  const cutAt = (text: string, line: number) => text.split('\n').slice(0, line).join('\n');

  it('is refused naming its last line and what is missing: the Peru sample', () => {
    expect(refusal(readPageFixture('peru2025Head'), 'PER', 2025)).toBe(
      'peru.txt: 1 problem\n  the page ends at line 90 ("Non-rene"), in the middle of the criminal markets; missing: ' +
        'Non-renewable resource crimes, Heroin trade, Cocaine trade, Cannabis trade, Synthetic drug trade, Cyber-dependent crimes, Financial crimes, ' +
        'the criminal actors (average and 5 actor types), the resilience indicators (12), the narrative',
    );
  });

  it('is refused naming its last line and what is missing: the Nigeria sample, whose figures are checked too', () => {
    const message = refusal(readPageFixture('nigeria2025Head'), 'NGA', 2025);
    expect(message).toMatch(/^peru.txt: 1 problem\n {2}the page ends at line 90 \("Non-ren"\), in the middle of the criminal markets; missing: Non-renewable resource crimes, /);
    const wrong = refusal(readPageFixture('nigeria2025Head').replace('8th of 193 countries 2', '8th of 193 countries -2'), 'NGA', 2025);
    expect(wrong).toContain('line 30 (criminality rank in the world): change -2, but the data gives +2 (8th in 2025, 6th in 2023;');
    expect(wrong).toMatch(/^peru.txt: 2 problems/);
  });

  it('is refused when it stops after a section, or in the criminality block', () => {
    const actors = lineOf(page2025, '4.460.08') - 2; // the last actor's definition
    expect(refusal(cutAt(page2025, actors), 'PER', 2025)).toContain(
      `the page ends at line ${actors} ("Profit-seeking individuals/entities who…"), after the criminal actors; missing: the resilience indicators (12), the narrative`,
    );
    expect(refusal(cutAt(page2025, 32), 'PER', 2025)).toContain(
      'the page ends at line 32 ("10th of 35 countries in Americas 0"), after the criminality score; missing: the criminal markets (average and 15 markets), the criminal actors (average and 5 actor types), the resilience indicators (12), the narrative',
    );
  });

  it('is refused when it has every score but no narrative', () => {
    const last =
      lineOf(
        page2025,
        page2025
          .split('\n')
          .find((l) => l.startsWith('    Peru is a source'))!
          .trim(),
      ) - 2;
    expect(refusal(cutAt(page2025, last), 'PER', 2025)).toBe(
      `peru.txt: 1 problem\n  the page ends at line ${last} ("The degree non-state actors are allowed…"), after the resilience indicators; missing: the narrative`,
    );
  });

  it('is refused when it stops in the middle of a paragraph', () => {
    const journalists = page.split('\n').findIndex((l) => l.startsWith('Journalists in Peru'));
    const text = [...page.split('\n').slice(0, journalists), 'Journalists in Peru face judicial harassment, physical and verbal abuse by political activists, and inadequate'].join('\n');
    expect(refusal(text)).toBe(
      `peru.txt: 1 problem\n  the page ends at line ${journalists + 1} ("Journalists in Peru face judicial harass…"), in the middle of the narrative: that line is no whole paragraph and the page footer is missing`,
    );
  });

  it('is accepted with a warning when it stops after a whole paragraph', () => {
    const footer = page.split('\n').findIndex((l) => l.startsWith('Access the GI-TOC website'));
    const { warnings, profile } = build(page.split('\n').slice(0, footer).join('\n'));
    expect(profile.paragraphs).toHaveLength(29);
    expect(warnings).toEqual([`peru.txt: line ${footer}: the page ends with a paragraph but without the page footer ("Access the GI-TOC website…"): check that it was copied to its end`]);
  });
});
