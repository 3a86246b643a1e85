import { describe, expect, it } from 'vitest';
import { formatChange, formatRankChange, formatRankLine, formatScore, ordinal } from '../../src/present/formatFigures.js';

describe('how figures print', () => {
  it('prints scores and changes with real minus signs and never "−0.00"', () => {
    expect(formatScore(640)).toBe('6.40');
    expect(formatScore(1000)).toBe('10.00');
    expect(formatChange(5)).toBe('+0.05');
    expect(formatChange(-20)).toBe('\u22120.20');
    expect(formatChange(0)).toBe('0.00');
    expect(formatChange(null)).toBe('n/a');
    expect(formatRankChange(-6)).toBe('\u22126');
    expect(formatRankChange(0)).toBe('0');
  });

  it('writes ordinals and rank lines as the country pages do', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 32, 101, 111, 113, 193].map(ordinal)).toEqual(
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '32nd', '101st', '111th', '113th', '193rd'],
    );
    expect(formatRankLine({ scope: 'region', group: 'South America', rank: 6, of: 12, change: -1 }, 2021)).toBe(
      '6th of 12 countries in South America, \u22121 since 2021',
    );
    expect(formatRankLine({ scope: 'world', group: 'World', rank: 32, of: 193, change: null }, null)).toBe('32nd of 193 countries');
  });
});
