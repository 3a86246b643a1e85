import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/index/countries.js';
import { indicatorsOf } from '../../src/index/taxonomy.js';
import type { IndexModel } from '../../src/model/buildIndexModel.js';
import { buildAllCountriesWorkbook } from '../../src/workbook/buildAllCountriesWorkbook.js';
import { bodyRows, columnOf, headerRowOf, headersOf, legendOf, loadIndexModel, readWorkbook, rowValues, rowWhere, sheetOf } from './readBack.js';

let model: IndexModel;
let bytes: Uint8Array;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  model = await loadIndexModel();
  bytes = await buildAllCountriesWorkbook(model, 2023);
  book = await readWorkbook(bytes);
});

const RANK_HEADERS = ['world', 'continent', 'region'].flatMap((scope) => [`Criminality rank, ${scope}`]).concat(['world', 'continent', 'region'].map((scope) => `Resilience rank, ${scope}`));

describe('buildAllCountriesWorkbook (2023)', () => {
  it('has Scores, Deltas, Editions, Regions and About', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Scores', 'Deltas', 'Editions', 'Regions', 'About']);
    expect(book.title).toBe('Global Organized Crime Index 2023: all countries');
    expect(book.creator).toBe('ocindex-briefs');
    expect(book.created.toISOString()).toBe('2023-12-31T00:00:00.000Z');
  });

  it('gives Scores one row per country and a column per composite, indicator and rank', () => {
    const sheet = sheetOf(book, 'Scores');
    expect(bodyRows(sheet)).toHaveLength(193);
    expect(headersOf(sheet)).toEqual([
      'ISO3',
      'Country',
      'Continent',
      'Region',
      'Criminality',
      'Criminal markets',
      'Criminal actors',
      'Resilience',
      ...indicatorsOf(2023).map((i) => i.name),
      ...RANK_HEADERS,
    ]);
  });

  it('sorts countries by name in English collation', () => {
    const sheet = sheetOf(book, 'Scores');
    const names = bodyRows(sheet).map((r) => sheet.getCell(r, 2).value as string);
    const collator = new Intl.Collator('en');
    expect(names).toEqual(COUNTRIES.map((c) => c.name).sort(collator.compare));
    // Accented names sort with their letter, not after Z.
    expect(names.indexOf("Côte d'Ivoire")).toBeLessThan(names.indexOf('Croatia'));
    expect(names.indexOf('Türkiye')).toBeLessThan(names.indexOf('Tuvalu'));
  });

  it("has Peru's composites, indicators and ranks as numbers", () => {
    const sheet = sheetOf(book, 'Scores');
    const row = rowWhere(sheet, 1, 'PER');
    const at = (header: string) => sheet.getCell(row, columnOf(sheet, header));
    expect(at('Country').value).toBe('Peru');
    expect(at('Region').value).toBe('South America');
    expect(at('Criminality').value).toBe(6.4);
    expect(at('Resilience').value).toBe(4.38);
    expect(at('Cocaine trade').value).toBe(9);
    expect(at('Criminality rank, world').value).toBe(32);
    expect(at('Criminality rank, continent').value).toBe(10);
    expect(at('Resilience rank, world').value).toBe(119);
    expect(at('Criminality').numFmt).toBe('0.00');
    expect(at('Criminality rank, world').numFmt).toBe('0');
  });

  it("ranks by the site's unrounded value: Romania 123rd in 2023, not tied with Guinea", () => {
    const sheet = sheetOf(book, 'Scores');
    const rank = (iso3: string) => sheet.getCell(rowWhere(sheet, 1, iso3), columnOf(sheet, 'Criminality rank, world')).value;
    expect(rank('ROU')).toBe(123);
  });

  it('freezes the header (one row for all tables, below the legends) and the ISO3 and country columns, with an autofilter over all rows', () => {
    const header = headerRowOf(sheetOf(book, 'Scores'));
    expect(header).toBeGreaterThan(2);
    for (const name of ['Scores', 'Deltas', 'Editions', 'Regions']) {
      const sheet = sheetOf(book, name);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: header });
      // Printed one page wide, with the legend and the header atop every page.
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToHeight: 0, printTitlesRow: `1:${header}`, printTitlesColumn: 'A:B' });
    }
    expect(sheetOf(book, 'Scores').autoFilter).toBe(`A${header}:AT${header + 193}`);
    // Deltas: 4 identity, 4 composites, 32 indicators, then 6 ranks each in 2021 and in 2023.
    expect(sheetOf(book, 'Deltas').autoFilter).toBe(`A${header}:AZ${header + 193}`);
  });

  it('colours score columns with a direction-aware scale: orange where higher is worse, blue where better', () => {
    const sheet = sheetOf(book, 'Scores') as ExcelJS.Worksheet & { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
    const first = headerRowOf(sheet) + 1;
    const scaleFor = (header: string) => {
      const letter = sheet.getColumn(columnOf(sheet, header)).letter;
      const formatting = sheet.conditionalFormattings.find((cf) => cf.ref === `${letter}${first}:${letter}${first + 192}`);
      return (formatting?.rules[0] as ExcelJS.ColorScaleRuleType | undefined)?.color?.map((c) => c.argb);
    };
    expect(scaleFor('Criminality')).toEqual(['FFFFFFFF', 'FFFDD0A2', 'FFF16913']);
    expect(scaleFor('Cocaine trade')).toEqual(['FFFFFFFF', 'FFFDD0A2', 'FFF16913']);
    expect(scaleFor('Resilience')).toEqual(['FFFFFFFF', 'FFC6DBEF', 'FF4292C6']);
    expect(scaleFor('Prevention')).toEqual(['FFFFFFFF', 'FFC6DBEF', 'FF4292C6']);
    expect(scaleFor('Criminality rank, world')).toBeUndefined();
    // …and says so above the table, with a sample of each end of the scales.
    const legend = legendOf(sheet);
    expect(legend.map((line) => line.meaning)).toEqual(['A score: higher is worse', 'A score: higher is better']);
    expect(legend.map((line) => (line.sample.fill as ExcelJS.FillPattern).fgColor?.argb)).toEqual(['FFF16913', 'FF4292C6']);
  });

  it('has Deltas in the shape of Scores, with changes signed and each rank in 2021 beside the rank in 2023', () => {
    const scores = sheetOf(book, 'Scores');
    const sheet = sheetOf(book, 'Deltas');
    const scoreColumns = 4 + 4 + indicatorsOf(2023).length;
    expect(headersOf(sheet).slice(0, scoreColumns)).toEqual(headersOf(scores).slice(0, scoreColumns));
    expect(headersOf(sheet).slice(scoreColumns)).toEqual(
      ['Criminality', 'Resilience'].flatMap((composite) => ['world', 'continent', 'region'].flatMap((scope) => [`${composite} rank in 2021, ${scope}`, `${composite} rank in 2023, ${scope}`])),
    );
    expect(bodyRows(sheet)).toHaveLength(193);
    const row = rowWhere(sheet, 1, 'PER');
    const at = (header: string) => sheet.getCell(row, columnOf(sheet, header));
    expect(at('Criminality').value).toBe(0.05);
    expect(at('Resilience').value).toBe(-0.2);
    expect(at('Heroin trade').value).toBe(2);
    expect(at('Criminality rank in 2021, world').value).toBe(26);
    expect(at('Criminality rank in 2023, world').value).toBe(32);
    expect(at('Criminality rank in 2021, continent').value).toBe(9);
    expect(at('Criminality rank in 2023, continent').value).toBe(10);
    expect(at('Criminality').numFmt).toBe('+0.00;"\u2212"0.00;0.00');
    expect(at('Criminality rank in 2023, world').numFmt).toBe('0');
    expect((at('Criminality rank in 2023, world').fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
  });

  it('writes n/a for new indicators in Deltas, as the brief prints it, never zero or blank, and says why in the header note', () => {
    const sheet = sheetOf(book, 'Deltas');
    for (const indicator of indicatorsOf(2023).filter((i) => i.since === 2023)) {
      const column = columnOf(sheet, indicator.name);
      for (const r of bodyRows(sheet)) {
        const target = sheet.getCell(r, column);
        expect(target.value).toBe('n/a');
        expect(target.type).toBe(ExcelJS.ValueType.String);
        expect(target.alignment?.horizontal).toBe('right');
      }
      expect(String(sheet.getCell(headerRowOf(sheet), column).note)).toContain('New in 2023');
    }
    // An old indicator has a value, zero included, for every country.
    const cocaine = columnOf(sheet, 'Cocaine trade');
    for (const r of bodyRows(sheet)) expect(typeof sheet.getCell(r, cocaine).value).toBe('number');
    // The legend says what the colours and the blanks mean.
    expect(legendOf(sheet).map((line) => [line.meaning, line.detail])).toEqual([
      ['A change for the worse', 'Criminality, criminal markets or criminal actors up, or resilience down.'],
      ['A change for the better', 'Criminality, criminal markets or criminal actors down, or resilience up.'],
      ['n/a: there is no change', 'The indicator is new in 2023: 2021 did not score it, so there is nothing to compare with. n/a is not a zero.'],
      ['Ranks are not coloured', 'Rank 1 is the highest score (the most criminal, or the most resilient); read a move from the ranks side by side.'],
    ]);
  });

  it('averages the world, each continent and each region on Regions', () => {
    const sheet = sheetOf(book, 'Regions');
    expect(bodyRows(sheet)).toHaveLength(1 + 5 + 22);
    expect(rowValues(sheet, headerRowOf(sheet) + 1).slice(0, 5)).toEqual(['World', 'World', null, 193, 5.03]);
    const southAmerica = rowWhere(sheet, 2, 'South America');
    expect(rowValues(sheet, southAmerica).slice(0, 5)).toEqual(['Region', 'South America', 'Americas', 12, 5.94]);
    const americas = rowWhere(sheet, 2, 'Americas');
    expect(sheet.getCell(americas, columnOf(sheet, 'Resilience')).value).toBe(4.8);
    expect(americas).toBeLessThan(southAmerica);
  });

  it('explains source, citation and how to read the sheets on About', () => {
    const sheet = sheetOf(book, 'About');
    const text = (topic: string) => sheet.getCell(rowWhere(sheet, 1, topic), 2).value;
    expect(text('Citation')).toBe('Global Initiative Against Transnational Organized Crime, Global Organized Crime Index 2023');
    expect(text('Source')).toContain('2023 and 2021');
    expect(text('Edition')).toBe('2023. Changes are against the 2021 edition.');
    expect(String(text('Ranks'))).toContain('share a rank');
    expect(String(text('Ranks'))).toContain('never as a signed change');
    expect(String(text('Editions'))).toContain('Every edition up to 2023 side by side');
  });

  it('gives the same bytes when built again', async () => {
    const again = await buildAllCountriesWorkbook(model, 2023);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('has no Deltas sheet for the first edition, which has no changes, and says so on About', async () => {
    const first = await readWorkbook(await buildAllCountriesWorkbook(model, 2021));
    expect(first.worksheets.map((s) => s.name)).toEqual(['Scores', 'Editions', 'Regions', 'About']);
    const about = sheetOf(first, 'About');
    const text = (topic: string) => String(about.getCell(rowWhere(about, 1, topic), 2).value);
    expect(text('Edition')).toBe('2021. No edition before 2021 in the data, so there are no changes: this workbook has no Deltas sheet and no change columns.');
    expect(text('Changes')).toContain('no Deltas sheet');
    expect(text('Editions')).not.toContain('changes between');
    expect(() => rowWhere(about, 1, 'Deltas')).toThrow();
  });
});
