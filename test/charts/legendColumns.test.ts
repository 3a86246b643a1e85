import { describe, expect, it } from 'vitest';
import { legendColumns } from '../../src/charts/legendColumns.js';
import { measureText } from '../../src/fonts/fonts.js';

const metrics = { fontSize: 8, symbol: 18, gap: 14 };
const labels = ['St. Vincent and the Grenadines', 'Caribbean average', 'Americas average', 'World average'];
const oneRow = labels.reduce((sum, l) => sum + metrics.symbol + measureText(l, 8), 0) + 3 * metrics.gap;

describe('legendColumns', () => {
  it('keeps one row when it fits', () => {
    expect(legendColumns(labels, oneRow, metrics)).toBe(4);
  });

  it('wraps into fewer columns when one row would run past the width', () => {
    expect(legendColumns(labels, oneRow - 1, metrics)).toBeLessThan(4);
    expect(legendColumns(labels, 300, metrics)).toBe(2);
  });

  it('falls back to one column however narrow the chart', () => {
    expect(legendColumns(labels, 10, metrics)).toBe(1);
  });
});
