/**
 * Issue 10, "Workbooks get the same care": every sheet prints (paper, orientation, one page
 * wide, the legend and header atop every page, a footer); no sheet and no column is empty (the
 * first edition has no changes); a change that does not exist reads "n/a", as the brief prints
 * it; headers never wrap inside a parenthesis; and a change's colour can never pass for a
 * score's shade.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorsOf } from '../../src/index/taxonomy.js';
import { buildCountryBrief } from '../../src/model/buildCountryBrief.js';
import type { IndexModel } from '../../src/model/buildIndexModel.js';
import { buildAllCountriesWorkbook } from '../../src/workbook/buildAllCountriesWorkbook.js';
import { buildCountryWorkbook } from '../../src/workbook/buildCountryWorkbook.js';
import { colourDistance, contrastRatio, lightness } from '../../src/workbook/colourDistance.js';
import { heatColour } from '../../src/workbook/heatColour.js';
import { wrapWords } from '../../src/workbook/layoutColumns.js';
import { MIN_SCALE, pagesWide, portraitWidth } from '../../src/workbook/printSetup.js';
import { WORKBOOK_TEMPLATE, WorkbookTemplate } from '../../src/workbook/workbookTemplate.js';
import { bodyRows, columnOf, headerRowOf, headersOf, loadIndexModel, readWorkbook, rowWhere, sheetOf, textsOf } from './readBack.js';

const colours = WORKBOOK_TEMPLATE.colours;
const CHANGE_FORMAT = '+0.00;"\u2212"0.00;0.00';

let model: IndexModel;
let books: Map<string, ExcelJS.Workbook>;

const country = async (iso3: string, edition: number, paper?: 'a4' | 'letter') =>
  readWorkbook(await buildCountryWorkbook(model, buildCountryBrief(model, iso3, edition), undefined, paper ? { paper } : {}));

beforeAll(async () => {
  model = await loadIndexModel();
  books = new Map([
    ['Peru 2025', await country('PER', 2025)],
    ['Peru 2023', await country('PER', 2023)],
    ['Peru 2021', await country('PER', 2021)],
    ["Côte d'Ivoire 2021", await country('CIV', 2021)],
    ['all countries 2025', await readWorkbook(await buildAllCountriesWorkbook(model, 2025))],
    ['all countries 2023', await readWorkbook(await buildAllCountriesWorkbook(model, 2023))],
    ['all countries 2021', await readWorkbook(await buildAllCountriesWorkbook(model, 2021))],
  ]);
});

function* everySheet(): Generator<[string, ExcelJS.Worksheet]> {
  for (const [name, book] of books) for (const sheet of book.worksheets) yield [`${name}: ${sheet.name}`, sheet];
}

/** Table sheets freeze their header; Summary is a form whose table starts at "Composite". */
const isTable = (sheet: ExcelJS.Worksheet) => sheet.views?.[0]?.state === 'frozen';

function widthOf(sheet: ExcelJS.Worksheet): number {
  let width = 0;
  for (let c = 1; c <= sheet.columnCount; c += 1) width += sheet.getColumn(c).width ?? 9;
  return width;
}

describe('print setup', () => {
  it('prints every sheet of both workbooks on A4, fitted to as few pages wide as keep its text readable', () => {
    let sheets = 0;
    for (const [where, sheet] of everySheet()) {
      sheets += 1;
      const wide = pagesWide(widthOf(sheet), 'a4');
      expect(sheet.pageSetup, where).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: wide, fitToHeight: 0 });
      // Text prints at MIN_SCALE of its size or more (about 7 pt).
      expect((wide * (11.69 - 0.8) * (96 / 7)) / widthOf(sheet), where).toBeGreaterThanOrEqual(Math.min(1, MIN_SCALE));
      // Portrait only where the sheet fits a portrait page at full size.
      expect(sheet.pageSetup.orientation, where).toBe(widthOf(sheet) <= portraitWidth('a4') ? 'portrait' : 'landscape');
      expect(sheet.pageSetup.margins, where).toMatchObject({ left: 0.4, right: 0.4, top: 0.5, bottom: 0.6 });
      // A sheet printed several pages wide repeats the country's ISO3 and name on every page.
      expect(sheet.pageSetup.printTitlesColumn, where).toBe(wide > 1 ? 'A:B' : undefined);
    }
    // Peru 2025 (no profile), 2023 (Narrative), 2021 and Côte d'Ivoire 2021 (no Deltas), then the all-countries books.
    expect(sheets).toBe(4 + 5 + 3 + 3 + 5 + 5 + 4);
  });

  it('prints the wide sheets in landscape', () => {
    for (const name of ['Scores', 'Deltas', 'Editions', 'Regions']) {
      expect(sheetOf(books.get('all countries 2025')!, name).pageSetup.orientation, name).toBe('landscape');
    }
    expect(sheetOf(books.get('Peru 2023')!, 'Summary').pageSetup.orientation).toBe('landscape');
  });

  it('repeats the legend and the header on every printed page; Summary repeats its heading', () => {
    for (const [where, sheet] of everySheet()) {
      if (isTable(sheet)) expect(sheet.pageSetup.printTitlesRow, where).toBe(`1:${headerRowOf(sheet)}`);
      else expect(sheet.pageSetup.printTitlesRow, where).toBe('1:1');
    }
  });

  it('ends every page with the workbook, the sheet and the page number', () => {
    for (const [where, sheet] of everySheet()) {
      expect(sheet.headerFooter.oddFooter, where).toMatch(/^&L.+: &A&RPage &P of &N$/);
    }
    expect(sheetOf(books.get('Peru 2023')!, 'Scores').headerFooter.oddFooter).toBe('&LPeru: Global Organized Crime Index 2023: &A&RPage &P of &N');
  });

  it('prints on Letter when the run asks for it', async () => {
    const letter = await country('PER', 2023, 'letter');
    for (const sheet of letter.worksheets) expect(sheet.pageSetup.paperSize, sheet.name).toBe(1);
    const all = await readWorkbook(await buildAllCountriesWorkbook(model, 2021, undefined, { paper: 'letter' }));
    for (const sheet of all.worksheets) expect(sheet.pageSetup.paperSize, sheet.name).toBe(1);
  });

  it('turns the number headers of a table too wide for a page upright, and wraps the rest', () => {
    const scores = sheetOf(books.get('all countries 2025')!, 'Scores');
    const header = headerRowOf(scores);
    expect(scores.getCell(header, columnOf(scores, 'Cocaine trade')).alignment?.textRotation).toBe(90);
    expect(scores.getCell(header, columnOf(scores, 'Country')).alignment?.textRotation).toBeUndefined();
    // An upright header's column is as narrow as its numbers.
    expect(scores.getColumn(columnOf(scores, 'Cocaine trade')).width).toBeLessThan(8);
    const summary = sheetOf(books.get('Peru 2023')!, 'Summary');
    const composite = rowWhere(summary, 1, 'Composite');
    summary.getRow(composite).eachCell((target) => expect(target.alignment?.textRotation, String(target.value)).toBeUndefined());
  });
});

describe('headers', () => {
  /** Every line length a reader's program may wrap a column at (bold text is 0.80–0.95 of a digit a character). */
  const lineLengths = (width: number) => {
    const inner = width - 0.7;
    const lengths = [];
    for (let chars = Math.floor(inner / 0.95); chars <= Math.floor(inner / 0.8); chars += 1) lengths.push(chars);
    return lengths;
  };

  it('never wrap inside a parenthesis, in at most three lines: "World rank in 2023 (of 193)", not "(of / 193)"', () => {
    let checked = 0;
    for (const [where, sheet] of everySheet()) {
      const header = isTable(sheet) ? headerRowOf(sheet) : sheet.name === 'Summary' ? rowWhere(sheet, 1, 'Composite') : 1;
      sheet.getRow(header).eachCell((target, c) => {
        if (target.alignment?.textRotation) return;
        const text = String(target.value);
        for (const chars of lineLengths(sheet.getColumn(c).width ?? 9)) {
          const lines = wrapWords(text, chars);
          expect(lines.length, `${where}: "${text}" at ${chars}`).toBeLessThanOrEqual(3);
          for (const line of lines) expect(line.split('(').length, `${where}: "${text}" → "${line}"`).toBe(line.split(')').length);
        }
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThan(100);
    expect(wrapWords('World rank in 2023 (of 193)', 11)).toEqual(['World rank', 'in 2023 (of', '193)']);
  });
});

describe('no empty sheet, no empty column', () => {
  it('gives every sheet data rows, and every column a value in some row', () => {
    for (const [where, sheet] of everySheet()) {
      const first = isTable(sheet) ? headerRowOf(sheet) : rowWhere(sheet, 1, 'Composite');
      const last = isTable(sheet) ? sheet.rowCount : rowWhere(sheet, 1, 'Resilience');
      expect(last, where).toBeGreaterThan(first);
      const headers = sheet.getRow(first);
      headers.eachCell((target, c) => {
        const values = Array.from({ length: last - first }, (_, n) => sheet.getCell(first + 1 + n, c).value);
        expect(
          values.some((value) => value !== null && value !== undefined),
          `${where}: column "${String(target.value)}"`,
        ).toBe(true);
      });
    }
  });

  it('ships no Deltas sheet and no change or previous columns in a first-edition workbook', () => {
    for (const name of ['Peru 2021', "Côte d'Ivoire 2021", 'all countries 2021']) {
      const book = books.get(name)!;
      expect(
        book.worksheets.map((s) => s.name),
        name,
      ).not.toContain('Deltas');
      for (const sheet of book.worksheets) {
        for (const { where, text } of textsOf(sheet)) {
          if (where.endsWith('(note)')) continue;
          expect(text, `${name}: ${where}`).not.toMatch(/^Change$|change \d{4}|^Score \(no earlier edition\)$|^n\/a/);
        }
        sheet.eachRow((row) => row.eachCell((target) => expect(target.numFmt, `${name}: ${sheet.name}!${target.address}`).not.toBe(CHANGE_FORMAT)));
      }
    }
    // Every edition before: Deltas and the change columns are there.
    expect(books.get('Peru 2023')!.worksheets.map((s) => s.name)).toContain('Deltas');
    expect(headersOf(sheetOf(books.get('Peru 2023')!, 'Scores'))).toContain('Change');
  });

  it('builds a first edition the same way twice', async () => {
    const once = await buildCountryWorkbook(model, buildCountryBrief(model, 'PER', 2021));
    const again = await buildCountryWorkbook(model, buildCountryBrief(model, 'PER', 2021));
    expect(Buffer.from(once).equals(Buffer.from(again))).toBe(true);
  });
});

describe('n/a', () => {
  it('is what Peru 2023 shows for the change of extortion and protection racketeering, new that year: text, right-aligned, muted', () => {
    const sheet = sheetOf(books.get('Peru 2023')!, 'Scores');
    const target = sheet.getCell(rowWhere(sheet, 3, 'Extortion and protection racketeering'), columnOf(sheet, 'Change'));
    expect(target.value).toBe('n/a');
    expect(target.type).toBe(ExcelJS.ValueType.String);
    expect(target.alignment?.horizontal).toBe('right');
    expect(target.font?.color?.argb).toBe(colours.muted);
    // Still inside the filter, so sorting moves it with its row (after the numbers).
    const [, to] = String(sheet.autoFilter).split(':');
    expect(Number(to!.replace(/[A-Z]+/, ''))).toBeGreaterThanOrEqual(Number(target.row));
  });

  it('stands exactly where a change does not exist: every other change is a number', () => {
    const isNew = new Set(
      indicatorsOf(2023)
        .filter((i) => i.since === 2023)
        .map((i) => i.name),
    );
    const scores = sheetOf(books.get('Peru 2023')!, 'Scores');
    const change = columnOf(scores, 'Change');
    for (const r of bodyRows(scores)) {
      const indicator = String(scores.getCell(r, 3).value);
      const value = scores.getCell(r, change).value;
      expect(value, indicator).toEqual(isNew.has(indicator) ? 'n/a' : expect.any(Number));
    }
    const deltas = sheetOf(books.get('all countries 2023')!, 'Deltas');
    const header = headerRowOf(deltas);
    deltas.getRow(header).eachCell((target, c) => {
      if (c <= 4 || /rank in/.test(String(target.value))) return;
      const values = bodyRows(deltas).map((r) => deltas.getCell(r, c).value);
      const expected = isNew.has(String(target.value)) ? 'n/a' : expect.any(Number);
      for (const value of values) expect(value, String(target.value)).toEqual(expected);
    });
  });

  it('appears nowhere in 2025, whose indicators were all scored in 2023, nor in its legends', () => {
    for (const name of ['Peru 2025', 'all countries 2025']) {
      for (const sheet of books.get(name)!.worksheets) {
        for (const { where, text } of textsOf(sheet)) expect(text, `${name}: ${where}`).not.toMatch(/^n\/a/);
      }
    }
  });
});

describe('colours', () => {
  const shades = Array.from({ length: 901 }, (_, n) => 1 + n / 100).flatMap((score) => [heatColour(score, colours.worse), heatColour(score, colours.better)]);

  it('make a change unmistakable for a score: far from every shade in colour and in greyscale', () => {
    for (const direction of ['worse', 'better'] as const) {
      const fill = colours[direction].toneFill;
      for (const shade of shades) {
        expect(colourDistance(fill, shade), `${direction} change vs ${shade}`).toBeGreaterThanOrEqual(25);
        expect(Math.abs(lightness(fill) - lightness(shade)), `${direction} change vs ${shade} in greyscale`).toBeGreaterThanOrEqual(15);
      }
    }
    expect(colourDistance(colours.worse.toneFill, colours.better.toneFill)).toBeGreaterThanOrEqual(25);
  });

  it('keep text legible: a change on its fill, n/a on white', () => {
    for (const direction of ['worse', 'better'] as const) {
      expect(contrastRatio(colours[direction].toneFont, colours[direction].toneFill)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(colours.muted, 'FFFFFFFF')).toBeGreaterThanOrEqual(4.5);
  });

  it('are checked in templates/workbook.json: a change fill equal to a shade (the old mid-scale clash) is refused', () => {
    const clash = structuredClone(WORKBOOK_TEMPLATE);
    clash.colours.worse.toneFill = clash.colours.worse.mid;
    const parsed = WorkbookTemplate.safeParse(clash);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('toneFill');
  });
});
