import { describe, expect, it } from 'vitest';
import { add, divide, fromScore, mean, toHundredths } from '../../src/model/fraction.js';

describe('exact arithmetic', () => {
  it('rounds half up where floats round down', () => {
    // Bangladesh 2021: criminality (4.95 + 5) / 2 = 4.975, which floats hold as 4.97499…
    expect(((4.95 + 5) / 2).toFixed(2)).toBe('4.97');
    expect(toHundredths(divide(add(divide(fromScore(49.5), 10), divide(fromScore(20), 4)), 2))).toBe(498);
    expect(toHundredths(mean(Array.from({ length: 12 }, (_, n) => fromScore(n < 3 ? 4.5 : 4))))).toBe(413);
    expect(toHundredths(divide(fromScore(1.5), 12))).toBe(13); // 0.125 → 0.13
    expect(toHundredths(divide(fromScore(2.5), 4))).toBe(63); // 0.625 → 0.63
  });

  it('keeps criminality unrounded until the end', () => {
    const markets = divide(fromScore(93), 15); // 6.2
    const actors = divide(fromScore(33), 5); // 6.6
    expect(toHundredths(divide(add(markets, actors), 2))).toBe(640);
  });

  it('refuses scores off the 0.5 grid', () => {
    expect(() => fromScore(6.25)).toThrow(/multiple of 0.5/);
  });
});
