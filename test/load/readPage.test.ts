import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors.js';
import { readPage } from '../../src/load/readPage.js';
import { lineOf, readPageFixture } from './pageFixtures.js';

function read(text: string) {
  const problems: Problem[] = [];
  return { page: readPage(text, problems), problems };
}

describe('reading a page', () => {
  it('drops the blank lines and indentation of a 2025 page but keeps each line its number', () => {
    const text = readPageFixture('peru2025');
    const { page, problems } = read(text);
    expect(problems).toEqual([]);
    expect(page.year).toBeUndefined();
    expect(page.box?.name).toEqual({ line: 8, text: 'Peru' });
    expect(page.box?.line).toBe(6);
    const [criminality, resilience] = page.composites;
    expect(criminality).toMatchObject({ id: 'criminality', line: 26, nameLine: 28, score: 6.62, change: 0.22, form: 'number' });
    expect(criminality!.ranks.map((r) => [r.line, r.rank, r.of, r.group, r.change])).toEqual([
      [30, 31, 193, null, -1],
      [32, 10, 35, 'Americas', 0],
      [34, 6, 12, 'South America', 0],
    ]);
    expect(resilience).toMatchObject({ id: 'resilience', line: lineOf(text, '4.460.08'), score: 4.46, change: 0.08 });
    expect(resilience!.ranks.map((r) => r.change)).toEqual([-5, 0, -1]);
    expect(page.blocks).toHaveLength(34); // 2 averages and 32 indicators; the repeated resilience list once
    expect(page.blocks[0]).toMatchObject({ id: 'markets', line: 38, score: 6.33, change: 0.13 });
    expect(page.paragraphs).toHaveLength(29);
    expect(page.footer?.text).toMatch(/^Access the GI-TOC website/);
    expect(page.skipped).toEqual([]);
  });

  it('reads the Year line and the 2023 box in front of the seed page', () => {
    const { page, problems } = read(readPageFixture('peru2023WithBox'));
    expect(problems).toEqual([]);
    expect(page.year).toEqual({ line: 3, year: 2023 });
    expect(page.box?.facts).toMatchObject({ incomeGroup: 'Upper middle income', gdpUsdMillions: 223249, gini: 40.2 });
    expect(page.composites[0]!.ranks.map((r) => [r.change, r.spaced])).toEqual([
      [-6, true],
      [-1, false],
      [-1, false],
    ]);
  });

  it('reads "Year:" with the year on the next line', () => {
    expect(read('Year:\n2021\nProfile').page.year).toEqual({ line: 1, year: 2021 });
  });

  it('reads scores without a change (2021) and with "n/a" (2023)', () => {
    const { page } = read('Criminal markets\n6.20\nAn assessment.\nFinancial crimes\n5.50 n/a\nOrganized crime that…');
    expect(page.blocks.map((b) => [b.id, b.score, b.change, b.form])).toEqual([
      ['markets', 6.2, null, 'none'],
      ['financial-crimes', 5.5, null, 'n/a'],
    ]);
  });

  it('knows where a cut copy stops: its last line, no narrative and no footer', () => {
    const { page } = read(readPageFixture('peru2025Head'));
    expect(page.last).toEqual({ line: 90, text: 'Non-rene' });
    expect(page.blocks.at(-1)).toMatchObject({ id: 'fauna-crimes', line: 86 });
    expect(page.paragraphs).toEqual([]);
    expect(page.footer).toBeUndefined();
  });
});
