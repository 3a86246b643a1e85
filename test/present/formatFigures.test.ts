import { describe, expect, it } from 'vitest';
import { formatChange, formatScore, ordinal, rankMove } from '../../src/present/formatFigures.js';

describe('how figures print', () => {
  it('prints scores and changes with real minus signs and never "−0.00"', () => {
    expect(formatScore(640)).toBe('6.40');
    expect(formatScore(1000)).toBe('10.00');
    expect(formatChange(5)).toBe('+0.05');
    expect(formatChange(-20)).toBe('\u22120.20');
    expect(formatChange(0)).toBe('0.00');
    expect(formatChange(null)).toBe('n/a');
  });

  it('writes ordinals as the country pages do', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 32, 101, 111, 113, 193].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '32nd', '101st', '111th', '113th', '193rd']);
  });

  it('says which way a rank moved: up is toward 1st', () => {
    expect(rankMove({ rank: 31, previous: 32 })).toBe('up');
    expect(rankMove({ rank: 32, previous: 26 })).toBe('down');
    expect(rankMove({ rank: 6, previous: 6 })).toBe('same');
    expect(rankMove({ rank: 6, previous: null })).toBeNull();
  });
});
