import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../src/workbook/fillPlaceholders.js';
import { heatColour } from '../../src/workbook/heatColour.js';
import { wrappedLineCount } from '../../src/workbook/measureText.js';
import { columnLetter, columnWidths } from '../../src/workbook/paintTable.js';
import { toneOfChange } from '../../src/workbook/tablePlan.js';
import { WORKBOOK_TEMPLATE, WorkbookTemplate } from '../../src/workbook/workbookTemplate.js';

describe('toneOfChange', () => {
  it('reads a rise in a market score as worse and a rise in resilience as better', () => {
    expect(toneOfChange(50, 'worse')).toBe('worse');
    expect(toneOfChange(-50, 'worse')).toBe('better');
    expect(toneOfChange(50, 'better')).toBe('better');
    expect(toneOfChange(-50, 'better')).toBe('worse');
    expect(toneOfChange(0, 'better')).toBe('unchanged');
  });
});

describe('fillPlaceholders', () => {
  it('fills known placeholders and refuses unknown ones', () => {
    expect(fillPlaceholders('{group} rank (of {of})', { group: 'World', of: 193 })).toBe('World rank (of 193)');
    expect(() => fillPlaceholders('{regoin} average', { region: 'x' })).toThrow(/\{regoin\}/);
  });
});

describe('text measures', () => {
  it('counts wrapped lines at spaces', () => {
    expect(wrappedLineCount('Extortion and protection racketeering', 14)).toBe(3);
    expect(wrappedLineCount('short', 14)).toBe(1);
    expect(wrappedLineCount('a'.repeat(30), 10)).toBe(3);
  });

  it('sizes columns from content, letting long headers wrap', () => {
    const widths = columnWidths({
      columns: [
        { header: 'Country', kind: 'text' },
        { header: 'Government transparency and accountability', kind: 'score' },
      ],
      rows: [[{ value: 'St. Vincent and the Grenadines' }, { value: 5.5 }]],
    });
    expect(widths[0]).toBeCloseTo(30 + 2.7);
    expect(widths[1]).toBeCloseTo(14 + 2.7); // "accountability", the longest word
  });

  it('names columns as Excel does', () => {
    expect([1, 26, 27, 46, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AT', 'ZZ', 'AAA']);
  });
});

describe('heatColour', () => {
  it('runs from white at 1 through the mid colour at 5.5 to the dark end at 10', () => {
    const stops = WORKBOOK_TEMPLATE.colours.worse;
    expect(heatColour(1, stops)).toBe(stops.low);
    expect(heatColour(5.5, stops)).toBe(stops.mid);
    expect(heatColour(10, stops)).toBe(stops.high);
  });
});

describe('templates/workbook.json', () => {
  it('rejects sheet names Excel would repair', () => {
    const broken = structuredClone(WORKBOOK_TEMPLATE) as { country: { sheets: Record<string, string> } };
    broken.country.sheets.scores = 'Scores: 2023/2021';
    expect(WorkbookTemplate.safeParse(broken).success).toBe(false);
    broken.country.sheets.scores = 'summary';
    expect(WorkbookTemplate.safeParse(broken).success).toBe(false);
  });
});
