import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors.js';
import { checkPageLayout, describeLayout, detectPageLayout, layoutOfEdition } from '../../src/load/detectPageLayout.js';
import { readPage } from '../../src/load/readPage.js';
import { readPageFixture, replaceNth } from './pageFixtures.js';

const detect = (text: string) => detectPageLayout(readPage(text, []));

const PAGE_2021 = [
  'Year: 2021',
  'Profile',
  'Peru',
  'Capital',
  'Lima',
  'Income group',
  'Upper middle income',
  'Geography type',
  'Coastal',
  '6.35',
  'Criminality score',
  '26th of 193 countries',
  '9th of 35 countries in Americas',
  '5th of 12 countries in South America',
  'Criminal markets',
  '6.20',
  'An assessment of the value, prevalence and non-monetary impacts of a specific crime type.',
].join('\n');

describe('the layout of a page', () => {
  it('is 2025 for the 2025 pages, whole or cut', () => {
    for (const name of ['peru2025', 'peru2025Head', 'nigeria2025Head'] as const) {
      expect(detect(readPageFixture(name)).candidates, name).toEqual([2025]);
    }
    expect(describeLayout(detect(readPageFixture('peru2025')))).toBe(
      'the 2025 layout (line 18: the 2025 GDP label "Gross domestic product (GDP - CURRENT $US MILLION)"; ' +
        'line 32: a space before the rank change of a continent or region ("10th of 35 countries in Americas 0"))',
    );
  });

  it('is 2023 for the seed page, which has only its n/a to tell, and for the page with a box', () => {
    expect(detect(readPageFixture('peru2023')).candidates).toEqual([2023]);
    expect(describeLayout(detect(readPageFixture('peru2023')))).toBe('the 2023 layout (line 13: a score with "n/a" for its change)');
    expect(detect(readPageFixture('peru2023WithBox')).candidates).toEqual([2023]);
  });

  it('is 2021 for a page without changes', () => {
    expect(detect(PAGE_2021).candidates).toEqual([2021]);
  });

  it('cannot be told from a page that prints changes only for the 2021 indicators', () => {
    expect(detect('Human trafficking\n7.000.00\nIllicit activity…').candidates).toEqual([2023, 2025]);
  });

  it('is no layout when the clues disagree, and that is refused naming them', () => {
    const mixed = replaceNth(readPageFixture('peru2025'), 'in Americas 0', 'in Americas-1');
    const detected = detect(mixed);
    expect(detected.candidates).toEqual([]);
    const problems: Problem[] = [];
    expect(checkPageLayout(detected, 2025, problems)).toBeUndefined();
    expect(problems[0]!.message).toMatch(
      /^the page mixes the layouts of different editions: line 18: .*\(2025\); .*line 32: a rank change glued to the line \("10th of 35 countries in Americas-1"\) \(2023\)/,
    );
  });

  it("must be the edition's: another is refused saying which it is and how to import it", () => {
    const problems: Problem[] = [];
    expect(checkPageLayout(detect(readPageFixture('peru2025')), 2023, problems)).toBeUndefined();
    expect(problems[0]!.message).toMatch(
      /^the page has the 2025 layout \(line 18: .*\), but it is being imported as the 2023 edition, whose pages have the 2023 layout: give the 2023 page, or import this one with --edition 2025$/,
    );
    expect(checkPageLayout(detect(readPageFixture('peru2023')), 2023, [])).toBe(2023);
    expect(checkPageLayout(detect('Human trafficking\n7.000.00\nIllicit activity…'), 2025, [])).toBe(2025);
  });

  it('of an edition is the latest layout not after it', () => {
    expect([2019, 2021, 2022, 2023, 2025, 2027].map(layoutOfEdition)).toEqual([2021, 2021, 2021, 2023, 2025, 2025]);
  });
});
