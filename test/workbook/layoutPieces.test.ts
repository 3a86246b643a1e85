import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../src/workbook/fillPlaceholders.js';
import { heatColour } from '../../src/workbook/heatColour.js';
import { layoutLegend } from '../../src/workbook/layoutLegend.js';
import { wrappedLineCount } from '../../src/workbook/measureText.js';
import { columnWidths } from '../../src/workbook/layoutColumns.js';
import { columnLetter } from '../../src/workbook/paintTable.js';
import { cell, toneOfChange } from '../../src/workbook/tablePlan.js';
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
    // Three lines however wide a reader's program draws bold text: "Government / transparency and / accountability".
    expect(widths[1]).toBeCloseTo(15.5 + 0.7);
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

describe('layoutLegend', () => {
  const meanings = (lines: { meaning: string }[]) => lines.map((line) => line.meaning);

  it('has a line for each colour the cells use, in a fixed order, and none for colours they do not use', () => {
    const columns = [{ header: 'Change', kind: 'change' as const }];
    const rows = [[cell(0.5, { tone: 'better' })], [cell(-0.5, { tone: 'worse' })], [cell(0, { tone: 'unchanged' })]];
    expect(meanings(layoutLegend(columns, rows, WORKBOOK_TEMPLATE))).toEqual(['A change for the worse', 'A change for the better']);
    expect(layoutLegend(columns, [[cell(0, { tone: 'unchanged' })]], WORKBOOK_TEMPLATE)).toEqual([]);
  });

  it("counts a column's colour scale and a cell's heat as shading, and samples them at the dark end", () => {
    const columns = [
      { header: 'Criminality', kind: 'score' as const, colourScale: 'worse' as const },
      { header: 'Mixed', kind: 'score' as const },
    ];
    const lines = layoutLegend(columns, [[cell(6.4), cell(4.5, { heat: 'better' })]], WORKBOOK_TEMPLATE);
    expect(meanings(lines)).toEqual(['A score: higher is worse', 'A score: higher is better']);
    expect(lines[0]!.sample).toEqual({ value: 10, heat: 'worse', kind: 'score' });
  });

  it('adds uncoloured lines after the colours, with a blank sample', () => {
    const lines = layoutLegend([], [], WORKBOOK_TEMPLATE, { more: [WORKBOOK_TEMPLATE.legend.ranks] });
    expect(lines).toEqual([{ sample: { value: null }, meaning: 'Ranks are not coloured', detail: WORKBOOK_TEMPLATE.legend.ranks[1] }]);
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

  it('rejects "History", which Excel keeps for itself', () => {
    const broken = structuredClone(WORKBOOK_TEMPLATE) as { country: { sheets: Record<string, string> } };
    broken.country.sheets.history = 'History';
    expect(WorkbookTemplate.safeParse(broken).success).toBe(false);
  });

  it('keeps legend meanings short enough to print whole beside their sample', () => {
    const broken = structuredClone(WORKBOOK_TEMPLATE) as { legend: Record<string, [string, string]> };
    broken.legend.worseChange = ['A change for the worse in any composite or indicator', 'detail'];
    expect(WorkbookTemplate.safeParse(broken).success).toBe(false);
  });
});
