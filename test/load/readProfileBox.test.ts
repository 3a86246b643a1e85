import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors.js';
import { readProfileBox } from '../../src/load/readProfileBox.js';

/** Box lines as readPage hands them over: numbered from `first`, blank lines already dropped. */
function box(texts: string[], first = 8) {
  const problems: Problem[] = [];
  const read = readProfileBox(
    first - 1,
    texts.map((text, n) => ({ line: first + n, text })),
    problems,
  );
  return { ...read, problems };
}

describe('the profile box', () => {
  it('gives the 2025 facts as numbers', () => {
    const read = box(['Peru', 'Capital', 'Lima', 'Population', '34,217,848', 'Gross domestic product (GDP - CURRENT $US MILLION)', 'USD 289,070 million', 'Area (KM²)', '1,285,220 km²']);
    expect(read.problems).toEqual([]);
    expect(read.name).toEqual({ line: 8, text: 'Peru' });
    expect(read.facts).toEqual({ capital: 'Lima', population: 34217848, gdpUsdMillions: 289070, areaKm2: 1285220 });
    expect(read.entries.map((e) => [e.fact, e.label.line, e.value.line])).toContainEqual(['gdpUsdMillions', 13, 14]);
  });

  it('gives the 2023 facts, "No data" as null, in the schema order whatever the page order', () => {
    const read = box([
      'Peru',
      'Capital',
      'Lima',
      'Income group',
      'Upper middle income',
      'Population',
      '34,217,848',
      'GINI Index',
      '40.2',
      'GDP',
      'No data',
      'Area',
      '1,285,220 km²',
      'Geography type',
      'No data',
    ]);
    expect(read.problems).toEqual([]);
    expect(read.facts).toEqual({
      capital: 'Lima',
      population: 34217848,
      gdpUsdMillions: null,
      areaKm2: 1285220,
      incomeGroup: 'Upper middle income',
      geographyType: null,
      gini: 40.2,
    });
    expect(Object.keys(read.facts)).toEqual(['capital', 'population', 'gdpUsdMillions', 'areaKm2', 'incomeGroup', 'geographyType', 'gini']);
  });

  it('reads a GDP with cents', () => {
    expect(box(['Peru', 'GDP', 'USD 223,249.00 million']).facts).toEqual({ gdpUsdMillions: 223249 });
  });

  it('stores only what the box has', () => {
    expect(box(['Peru', 'Capital', 'Lima']).facts).toEqual({ capital: 'Lima' });
  });

  it('names the line and label of every value it cannot read', () => {
    const read = box(['Peru', 'Population', 'about 34 million', 'Area (KM²)', '1,285,220 acres', 'GINI Index', '140', 'Capital']);
    expect(read.problems.map((p) => `${p.at}: ${p.message}`)).toEqual([
      'line 15 (Capital): no value; expected one such as "Lima" or "No data"',
      'line 10 (Population): "about 34 million" is not in the form "34,217,848" (or "No data")',
      'line 12 (Area (KM²)): "1,285,220 acres" is not in the form "1,285,220 km²" (or "No data")',
      expect.stringMatching(/^line 14 \(GINI Index\): .*100/),
    ]);
  });

  it('keeps lines it does not know, for a warning', () => {
    expect(box(['Peru', 'Capital', 'Lima', 'Currency', 'Sol']).skipped.map((s) => s.text)).toEqual(['Currency', 'Sol']);
  });
});
