import { describe, expect, it } from 'vitest';
import { readRankLine } from '../../src/load/readRankLine.js';

describe('a rank line', () => {
  it('reads the 2025 lines: a space before every change, the change as printed', () => {
    expect(readRankLine(30, '31st of 193 countries -1')).toEqual({
      line: 30,
      text: '31st of 193 countries -1',
      rank: 31,
      of: 193,
      group: null,
      change: -1,
      spaced: true,
    });
    expect(readRankLine(32, '10th of 35 countries in Americas 0')).toMatchObject({ rank: 10, of: 35, group: 'Americas', change: 0, spaced: true });
    expect(readRankLine(34, '6th of 12 countries in South America 0')).toMatchObject({ rank: 6, of: 12, group: 'South America', change: 0 });
    expect(readRankLine(30, '8th of 193 countries 2')).toMatchObject({ rank: 8, change: 2 });
  });

  it('reads the 2023 lines, whose continent and region changes are glued to the name', () => {
    expect(readRankLine(1, '32nd of 193 countries -6')).toMatchObject({ rank: 32, group: null, change: -6, spaced: true });
    expect(readRankLine(2, '10th of 35 countries in Americas-1')).toMatchObject({ group: 'Americas', change: -1, spaced: false });
    expect(readRankLine(3, '6th of 12 countries in South America−1')).toMatchObject({ group: 'South America', change: -1, spaced: false });
    expect(readRankLine(3, '1st of 15 countries in West Africa+2')).toMatchObject({ group: 'West Africa', change: 2 });
  });

  it('reads the 2021 lines, which print no change', () => {
    expect(readRankLine(1, '26th of 193 countries')).toMatchObject({ rank: 26, group: null, change: null, spaced: false });
    expect(readRankLine(2, '9th of 35 countries in Americas')).toMatchObject({ group: 'Americas', change: null });
  });

  it('is undefined for other lines', () => {
    expect(readRankLine(1, 'Criminality score')).toBeUndefined();
    expect(readRankLine(1, '6.620.22')).toBeUndefined();
    expect(readRankLine(1, 'Peru ranks 31st of 193 countries')).toBeUndefined();
  });
});
