import { describe, expect, it } from 'vitest';
import { rankCountries } from '../../src/model/rankCountries.js';

describe('rankCountries', () => {
  it('gives rank 1 to the highest value and shares ranks between equal values (1, 2, 2, 4)', () => {
    const ranks = rankCountries(
      new Map([
        ['A', 7.1],
        ['B', 6.5],
        ['C', 6.5],
        ['D', 2],
      ]),
    );
    expect([...ranks]).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 2],
      ['D', 4],
    ]);
  });

  it('splits values that differ only in the last bit of the double, as the site does', () => {
    // 2023, (sum of markets / 15 + sum of actors / 5) / 2: both exactly 55/12, reached two ways
    const guinea = (71.5 / 15 + 22 / 5) / 2;
    const romania = (79 / 15 + 19.5 / 5) / 2;
    expect(guinea).not.toBe(romania);
    const ranks = rankCountries(
      new Map([
        ['GIN', guinea],
        ['ROU', romania],
        ['X', 1],
      ]),
    );
    expect([ranks.get('GIN'), ranks.get('ROU'), ranks.get('X')]).toEqual([1, 2, 3]);
  });
});
