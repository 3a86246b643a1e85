import { describe, expect, it } from 'vitest';
import { outputDate } from '../../src/present/outputDate.js';

describe('outputDate', () => {
  it('is the last day of the edition year, or SOURCE_DATE_EPOCH when set', () => {
    expect(outputDate(2023, undefined).toISOString()).toBe('2023-12-31T00:00:00.000Z');
    expect(outputDate(2023, '').toISOString()).toBe('2023-12-31T00:00:00.000Z');
    expect(outputDate(2023, '1700000000').toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds or predates zip dates', () => {
    expect(() => outputDate(2023, 'yesterday')).toThrow(/SOURCE_DATE_EPOCH/);
    expect(() => outputDate(2023, '0')).toThrow(/1980/);
  });
});
