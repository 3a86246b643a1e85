import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCountryBrief, type CountryBrief } from '../../src/model/buildCountryBrief.js';
import type { IndexModel } from '../../src/model/buildIndexModel.js';
import { buildCountryWorkbook } from '../../src/workbook/buildCountryWorkbook.js';
import { bodyRows, columnOf, headerRowOf, headersOf, loadIndexModel, readWorkbook, rowValues, rowWhere, sheetOf, worksheetXml, zipEntries } from './readBack.js';

let model: IndexModel;
let peru: CountryBrief;
let bytes: Uint8Array;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  model = await loadIndexModel();
  peru = buildCountryBrief(model, 'PER', 2023);
  bytes = await buildCountryWorkbook(model, peru);
  book = await readWorkbook(bytes);
});

const CHANGE_FORMAT = '+0.00;"\u2212"0.00;0.00';

describe('buildCountryWorkbook (Peru 2023)', () => {
  it('has Summary, Scores, Deltas, Editions and Narrative, in that order', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Scores', 'Deltas', 'Editions', 'Narrative']);
  });

  it('sets document properties from the data, not the clock', () => {
    expect(book.creator).toBe('ocindex-briefs');
    expect(book.title).toBe('Peru: Global Organized Crime Index 2023');
    expect(book.subject).toContain('2023 and 2021');
    expect(book.keywords).toContain('Peru');
    expect(book.created.toISOString()).toBe('2023-12-31T00:00:00.000Z');
    expect(book.modified.toISOString()).toBe('2023-12-31T00:00:00.000Z');
  });

  it('summarises country, editions, quadrant, source and citation', () => {
    const sheet = sheetOf(book, 'Summary');
    const field = (label: string) => sheet.getCell(rowWhere(sheet, 1, label), 2).value;
    expect(field('Country')).toBe('Peru');
    expect(field('ISO3')).toBe('PER');
    expect(field('Edition')).toBe(2023);
    expect(field('Compared with')).toBe(2021);
    expect(field('Region')).toBe('South America');
    expect(field('Continent')).toBe('Americas');
    expect(field('Quadrant')).toBe('High criminality, low resilience');
    expect(field('Citation')).toBe('Global Initiative Against Transnational Organized Crime, Global Organized Crime Index 2023');
    expect(field('Source')).toContain('Global Organized Crime Index 2023 and 2021');
  });

  it("gives the composites with previous value, change, and each rank beside the previous edition's", () => {
    const sheet = sheetOf(book, 'Summary');
    const header = rowWhere(sheet, 1, 'Composite');
    const at = (name: string) => columnOf(sheet, name, header);
    const criminality = rowWhere(sheet, 1, 'Criminality');
    const resilience = rowWhere(sheet, 1, 'Resilience');
    expect(sheet.getCell(criminality, at('Score 2023')).value).toBe(6.4);
    expect(sheet.getCell(criminality, at('Score 2021')).value).toBe(6.35);
    expect(sheet.getCell(criminality, at('Change')).value).toBe(0.05);
    // Peru fell from 26th to 32nd: both ranks, side by side, and no signed difference.
    expect(at('World rank in 2021')).toBe(at('World rank in 2023 (of 193)') + 1);
    expect(sheet.getCell(criminality, at('World rank in 2023 (of 193)')).value).toBe(32);
    expect(sheet.getCell(criminality, at('World rank in 2021')).value).toBe(26);
    expect(sheet.getCell(criminality, at('Americas rank in 2023 (of 35)')).value).toBe(10);
    expect(sheet.getCell(criminality, at('Americas rank in 2021')).value).toBe(9);
    expect(sheet.getCell(criminality, at('South America rank in 2023 (of 12)')).value).toBe(6);
    expect(sheet.getCell(criminality, at('South America rank in 2021')).value).toBe(5);
    expect(sheet.getCell(resilience, at('World rank in 2023 (of 193)')).value).toBe(119);
    expect(sheet.getCell(resilience, at('Score 2023')).value).toBe(4.38);
    expect(sheet.getCell(resilience, at('Change')).value).toBe(-0.2);
    expect(sheet.getCell(criminality, at('Change')).numFmt).toBe(CHANGE_FORMAT);
    expect(sheet.getCell(criminality, at('World rank in 2021')).numFmt).toBe('0');
    expect((sheet.getCell(criminality, at('World rank in 2021')).fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    expect(sheet.getCell(criminality, at('Score 2023')).numFmt).toBe('0.00');
  });

  it("explains the Summary's colours in a legend under the composites", () => {
    const sheet = sheetOf(book, 'Summary');
    const worse = rowWhere(sheet, 2, 'A change for the worse');
    expect(worse).toBeGreaterThan(rowWhere(sheet, 1, 'Resilience'));
    expect((sheet.getCell(worse, 1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF8C2D04');
    expect(sheet.getCell(worse, 1).font?.color?.argb).toBe('FFFFFFFF');
    expect(sheet.getCell(worse, 3).value).toBe('Criminality, criminal markets or criminal actors up, or resilience down.');
    // Only the colours the table uses: every 2023 change of Peru's composites is for the worse or none.
    expect(rowValues(sheet, worse + 1).slice(1, 2)).toEqual(['A score: higher is worse']);
    expect((sheet.getCell(worse + 1, 1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF16913');
    expect(rowValues(sheet, worse + 2).slice(1, 2)).toEqual(['A score: higher is better']);
    expect(() => rowWhere(sheet, 2, 'A change for the better')).toThrow();
  });

  it('lists every indicator on Scores with definition, scores and averages', () => {
    const sheet = sheetOf(book, 'Scores');
    expect(headersOf(sheet)).toEqual(['Pillar', 'Group', 'Indicator', 'Definition', 'Score 2023', 'Score 2021', 'Change', 'South America average', 'Americas average', 'World average']);
    expect(bodyRows(sheet)).toHaveLength(peru.indicators.length);
    const row = rowWhere(sheet, 3, 'Human smuggling');
    expect(rowValues(sheet, row)).toEqual(['Criminality', 'People', 'Human smuggling', peru.indicators[1]!.indicator.definition, 6.5, 6, 0.5, 5.42, 4.99, 5.16]);
    expect(sheet.getCell(row, 5).numFmt).toBe('0.00');
    expect(sheet.getCell(row, 7).numFmt).toBe(CHANGE_FORMAT);
  });

  it("writes a new indicator's change as n/a, as the brief prints it, not zero or blank, with a note saying why", () => {
    const sheet = sheetOf(book, 'Scores');
    const row = rowWhere(sheet, 3, 'Extortion and protection racketeering');
    const change = sheet.getCell(row, columnOf(sheet, 'Change'));
    expect(change.value).toBe('n/a');
    expect(change.type).toBe(ExcelJS.ValueType.String);
    expect(change.alignment?.horizontal).toBe('right');
    expect(change.font?.color?.argb).toBe('FF595959');
    expect((change.fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    expect(String(change.note)).toContain('New in 2023');
    // Its 2021 score does not exist either: a blank, with a note.
    const before = sheet.getCell(row, columnOf(sheet, 'Score 2021'));
    expect(before.value).toBeNull();
    expect(String(before.note)).toBe('New in 2023: not scored in 2021, so this cell is blank.');
    // An unchanged indicator is a real zero.
    expect(sheet.getCell(rowWhere(sheet, 3, 'Human trafficking'), columnOf(sheet, 'Change')).value).toBe(0);
    // And the legend above the table says what n/a and the blank mean.
    expect(sheet.getCell(rowWhere(sheet, 2, 'n/a: there is no change'), 3).value).toBe('The indicator is new in 2023: 2021 did not score it, so there is nothing to compare with. n/a is not a zero.');
    expect(sheet.getCell(rowWhere(sheet, 2, 'n/a: there is no change'), 1).value).toBe('n/a');
    expect(sheet.getCell(rowWhere(sheet, 2, 'A blank score is not a zero'), 3).value).toBe('The indicator is new in 2023: earlier editions did not score it.');
  });

  it('freezes the header (with the legend above it) and filters every table sheet', () => {
    const header = headerRowOf(sheetOf(book, 'Scores'));
    expect(header).toBeGreaterThan(2);
    for (const name of ['Scores', 'Deltas', 'Editions']) {
      const sheet = sheetOf(book, name);
      // The same header row on each, below the longest legend.
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: header });
      expect(sheet.autoFilter).toMatch(new RegExp(`^A${header}:[A-Z]+\\d+$`));
      expect(sheet.pageSetup.printTitlesRow).toBe(`1:${header}`);
    }
    expect(sheetOf(book, 'Narrative').views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheetOf(book, 'Narrative').autoFilter).toMatch(/^A1:D\d+$/);
    expect(sheetOf(book, 'Scores').autoFilter).toBe(`A${header}:J${header + 32}`);
  });

  it('sorts Deltas by change, largest rise first, ties in taxonomy order', () => {
    const sheet = sheetOf(book, 'Deltas');
    expect(headersOf(sheet)).toEqual(['Pillar', 'Group', 'Indicator', 'Score 2021', 'Score 2023', 'Change', 'Reading']);
    const rows = bodyRows(sheet).map((row) => rowValues(sheet, row));
    const expected = peru.indicators
      .map((figure, order) => ({ figure, order }))
      .filter(({ figure }) => figure.change !== null)
      .sort((a, b) => b.figure.change! - a.figure.change! || a.order - b.order)
      .map(({ figure }) => figure.indicator.name);
    expect(rows.map((row) => row[2])).toEqual(expected);
    expect(rows[0]?.slice(2)).toEqual(['Heroin trade', 3.5, 5.5, 2, 'Worse']);
    expect(rows.at(-1)?.slice(2)).toEqual(['Law enforcement', 5, 3.5, -1.5, 'Worse']);
    // New indicators have no change, so no row.
    expect(rows.map((row) => row[2])).not.toContain('Financial crimes');
  });

  it('colours changes by direction: orange for worse, blue for better, none for unchanged', () => {
    const sheet = sheetOf(book, 'Deltas');
    const change = columnOf(sheet, 'Change');
    const fill = (indicator: string) => {
      const target = sheet.getCell(rowWhere(sheet, 3, indicator), change);
      return (target.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    };
    expect(fill('Heroin trade')).toBe('FF8C2D04'); // market up: worse
    expect(fill('Judicial system and detention')).toBe('FF084594'); // resilience up: better
    expect(fill('Law enforcement')).toBe('FF8C2D04'); // resilience down: worse
    expect(fill('Cocaine trade')).toBeUndefined();
    expect(sheet.getCell(rowWhere(sheet, 3, 'Heroin trade'), change).font?.color?.argb).toBe('FFFFFFFF');
    // The legend above says what each colour means, with a sample of each.
    const legend = (meaning: string) => (sheet.getCell(rowWhere(sheet, 2, meaning), 1).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(legend('A change for the worse')).toBe('FF8C2D04');
    expect(legend('A change for the better')).toBe('FF084594');
  });

  it('puts the narrative on its own sheet with sections and indicator names', () => {
    const sheet = sheetOf(book, 'Narrative');
    expect(rowValues(sheet, 1)).toEqual(['No.', 'Section', 'Indicators covered', 'Text']);
    expect(sheet.rowCount).toBe(1 + peru.profile!.paragraphs.length);
    expect(rowValues(sheet, 6).slice(0, 3)).toEqual([5, 'Criminality / Trade', 'Trade in counterfeit goods; Illicit trade in excisable goods']);
    const text = sheet.getCell(2, 4);
    expect(text.value).toBe(peru.profile!.paragraphs[0]!.text);
    expect(text.alignment?.wrapText).toBe(true);
    expect(sheet.getRow(2).height).toBeGreaterThan(30);
  });

  it('gives the same bytes when built again', async () => {
    const again = await buildCountryWorkbook(model, buildCountryBrief(model, 'PER', 2023));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('dates every zip entry from the edition, not the clock (two builds in one second would hide it)', async () => {
    const zip = await zipEntries(bytes);
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString()).toBe('2023-12-31T00:00:00.000Z');
  });

  it('has no Narrative sheet for a country without a profile', async () => {
    const ivory = buildCountryBrief(model, 'CIV', 2023);
    expect(ivory.profile).toBeUndefined();
    const other = await readWorkbook(await buildCountryWorkbook(model, ivory));
    expect(other.worksheets.map((s) => s.name)).toEqual(['Summary', 'Scores', 'Deltas', 'Editions']);
    expect(sheetOf(other, 'Summary').getCell(4, 2).value).toBe("Côte d'Ivoire");
  });

  it('builds an edition with no earlier one: no Deltas sheet, no previous score, change or previous rank columns', async () => {
    const first = await readWorkbook(await buildCountryWorkbook(model, buildCountryBrief(model, 'PER', 2021)));
    expect(first.worksheets.map((s) => s.name)).toEqual(['Summary', 'Scores', 'Editions']);
    const scores = sheetOf(first, 'Scores');
    expect(bodyRows(scores)).toHaveLength(26);
    expect(headersOf(scores)).toEqual(['Pillar', 'Group', 'Indicator', 'Definition', 'Score 2021', 'South America average', 'Americas average', 'World average']);
    const summary = sheetOf(first, 'Summary');
    const header = rowValues(summary, rowWhere(summary, 1, 'Composite'));
    expect(header).toEqual([
      'Composite',
      'Reading',
      'Score 2021',
      'World rank in 2021 (of 193)',
      'Americas rank in 2021 (of 35)',
      'South America rank in 2021 (of 12)',
      'South America average',
      'Americas average',
      'World average',
    ]);
    // The notes say why, and describe no Deltas sheet.
    const firstNote = rowWhere(summary, 1, 'How to read') + 1;
    const texts = Array.from({ length: summary.rowCount - firstNote + 1 }, (_, n) => String(summary.getCell(firstNote + n, 1).value));
    expect(texts[0]).toContain('Scores are from 1 to 10');
    expect(texts).toContain('2021 is the first edition in the data, so this workbook has no changes: no Deltas sheet, and no previous score, previous rank or change columns.');
    expect(texts.join(' ')).not.toMatch(/Deltas lists|minus the previous/);
  });
});

describe('text that looks like a formula', () => {
  const risky = ['=HYPERLINK("https://example.org","click")', '+1+1', '-2-2', '@SUM(A1:A2)'];

  it('stays text in names and narrative, never a formula', async () => {
    const model = await loadIndexModel();
    const brief = buildCountryBrief(model, 'PER', 2023);
    const tampered: CountryBrief = {
      ...brief,
      country: { ...brief.country, name: '=cmd|"/c calc"!A1' },
      profile: {
        ...brief.profile!,
        paragraphs: risky.map((text) => ({ text, pillar: null, group: null, indicators: [], tagging: 'unplaced' as const })),
      },
    };
    const bytes = await buildCountryWorkbook(model, tampered);
    const book = await readWorkbook(bytes);
    const narrative = sheetOf(book, 'Narrative');
    risky.forEach((text, n) => {
      const target = narrative.getCell(n + 2, 4);
      expect(target.value).toBe(text);
      expect(target.type).toBe(ExcelJS.ValueType.String);
      expect(target.formula).toBeUndefined();
    });
    const name = sheetOf(book, 'Summary').getCell(4, 2);
    expect(name.value).toBe('=cmd|"/c calc"!A1');
    expect(name.type).toBe(ExcelJS.ValueType.String);
    for (const xml of await worksheetXml(bytes)) expect(xml).not.toMatch(/<f[ >]/);
  });
});

describe('dates', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('takes SOURCE_DATE_EPOCH over the edition when it is set', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    const model = await loadIndexModel();
    const bytes = await buildCountryWorkbook(model, buildCountryBrief(model, 'PER', 2023));
    expect((await readWorkbook(bytes)).created.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    const zip = await zipEntries(bytes);
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });
});

describe('text too long for a cell', () => {
  it("is shortened to Excel's 32,767 characters, with a note, rather than making Excel repair the file", async () => {
    const model = await loadIndexModel();
    const brief = buildCountryBrief(model, 'PER', 2023);
    const long: CountryBrief = {
      ...brief,
      profile: { ...brief.profile!, paragraphs: [{ text: 'word '.repeat(8000), pillar: null, group: null, indicators: [], tagging: 'unplaced' }] },
    };
    const sheet = sheetOf(await readWorkbook(await buildCountryWorkbook(model, long)), 'Narrative');
    const text = sheet.getCell(2, 4);
    expect(String(text.value)).toHaveLength(32_767);
    expect(String(text.note)).toContain('32,767');
    expect(sheet.getCell(2, 2).value).toBe('General');
    expect(sheet.getRow(2).height).toBe(409);
  });
});

describe('a rank move in 2025, when ocindex.net flipped the sign of its rank change', () => {
  it('shows Nigeria 8th in 2025 beside 6th in 2023 (the site prints "8th of 193 countries 2")', async () => {
    const model = await loadIndexModel();
    const book = await readWorkbook(await buildCountryWorkbook(model, buildCountryBrief(model, 'NGA', 2025)));
    const sheet = sheetOf(book, 'Summary');
    const header = rowWhere(sheet, 1, 'Composite');
    const criminality = rowWhere(sheet, 1, 'Criminality');
    const at = (name: string) => sheet.getCell(criminality, columnOf(sheet, name, header)).value;
    expect([at('World rank in 2025 (of 193)'), at('World rank in 2023')]).toEqual([8, 6]);
  });
});
