/**
 * The issue "rank changes that cannot be misread": ocindex.net printed a rank change as previous
 * − current until 2023 and as current − previous in 2025, so no workbook may show a bare signed
 * rank change; ranks stand side by side instead. And every colour a sheet uses is explained by
 * a legend on that sheet, each colour meaning one thing.
 */
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCountryBrief } from '../../src/model/buildCountryBrief.js';
import type { IndexModel } from '../../src/model/buildIndexModel.js';
import { buildAllCountriesWorkbook } from '../../src/workbook/buildAllCountriesWorkbook.js';
import { buildCountryWorkbook } from '../../src/workbook/buildCountryWorkbook.js';
import { heatColour } from '../../src/workbook/heatColour.js';
import { WORKBOOK_TEMPLATE } from '../../src/workbook/workbookTemplate.js';
import { headerRowOf, loadIndexModel, readWorkbook, rowWhere } from './readBack.js';

const colours = WORKBOOK_TEMPLATE.colours;
const legendTexts = WORKBOOK_TEMPLATE.legend;
const CHANGE_FORMAT = '+0.00;"\u2212"0.00;0.00';

let books: [string, ExcelJS.Workbook][];

beforeAll(async () => {
  const model: IndexModel = await loadIndexModel();
  const country = async (iso3: string, edition: number) => readWorkbook(await buildCountryWorkbook(model, buildCountryBrief(model, iso3, edition)));
  books = [
    ['Peru 2025', await country('PER', 2025)],
    ['Peru 2023', await country('PER', 2023)],
    ['Peru 2021', await country('PER', 2021)],
    ['Nigeria 2025', await country('NGA', 2025)],
    ['all countries 2025', await readWorkbook(await buildAllCountriesWorkbook(model, 2025))],
    ['all countries 2023', await readWorkbook(await buildAllCountriesWorkbook(model, 2023))],
    ['all countries 2021', await readWorkbook(await buildAllCountriesWorkbook(model, 2021))],
  ];
});

function* cellsOf(sheet: ExcelJS.Worksheet): Generator<ExcelJS.Cell> {
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (target) => void cells.push(target)));
  yield* cells;
}

/** The header row of the table a cell belongs to: the frozen header, or Summary's composites header. */
function tableHeaderOf(sheet: ExcelJS.Worksheet): number {
  if (sheet.views?.[0]?.state === 'frozen') return headerRowOf(sheet);
  return rowWhere(sheet, 1, 'Composite');
}

const argbOf = (target: ExcelJS.Cell) => (target.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const fontOf = (target: ExcelJS.Cell) => target.font?.color?.argb;

/** Legend lines, wherever on the sheet: rows whose second cell is a legend meaning. */
function legendRows(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.Cell> {
  const meanings = new Set(Object.values(legendTexts).map(([meaning]) => meaning));
  const lines = new Map<string, ExcelJS.Cell>();
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const meaning = row.getCell(2).value;
    if (typeof meaning === 'string' && meanings.has(meaning)) lines.set(meaning, sheet.getCell(r, 1));
  });
  return lines;
}

/** The colour roles a sheet's cells use, outside its legend: fills, and text in a colour of its own. */
function rolesUsed(sheet: ExcelJS.Worksheet): Set<string> {
  const legend = new Set([...legendRows(sheet).values()].map((sample) => Number(sample.row)));
  const roles = new Set<string>();
  for (const target of cellsOf(sheet)) {
    if (legend.has(Number(target.row))) continue;
    const fill = argbOf(target);
    const font = fontOf(target);
    if (!fill && font === colours.muted && target.value === 'n/a') roles.add('not-available');
    else if (!fill && font) roles.add(`unexplained text colour ${font} at ${target.address}`);
    if (!fill || fill === colours.headerFill) continue;
    if (fill === colours.worse.toneFill && fontOf(target) === colours.worse.toneFont) roles.add('tone-worse');
    else if (fill === colours.better.toneFill && fontOf(target) === colours.better.toneFont) roles.add('tone-better');
    else if (typeof target.value === 'number' && fill === heatColour(target.value, colours.worse)) roles.add('heat-worse');
    else if (typeof target.value === 'number' && fill === heatColour(target.value, colours.better)) roles.add('heat-better');
    else roles.add(`unexplained ${fill} at ${target.address}`);
  }
  const scales = (sheet as ExcelJS.Worksheet & { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  for (const formatting of scales) {
    const high = (formatting.rules[0] as ExcelJS.ColorScaleRuleType).color?.at(-1)?.argb;
    roles.add(high === colours.worse.high ? 'heat-worse' : high === colours.better.high ? 'heat-better' : `unexplained scale ${high}`);
  }
  return roles;
}

describe('rank changes', () => {
  it('are never a signed number: no rank-change header and no signed whole-number format in any workbook', () => {
    let headers = 0;
    for (const [name, book] of books) {
      for (const sheet of book.worksheets) {
        const header = tableHeaderOf(sheet);
        sheet.getRow(header).eachCell((target) => {
          headers += 1;
          expect(String(target.value), `${name}: ${sheet.name}!${target.address}`).not.toMatch(/rank change|change in rank|rank (move|shift|difference)/i);
        });
        for (const target of cellsOf(sheet)) {
          // The old rank-change format, or any signed whole number.
          expect(target.numFmt ?? '', `${name}: ${sheet.name}!${target.address}`).not.toMatch(/^\+0(;|$)/);
        }
      }
    }
    expect(headers).toBeGreaterThan(500);
  });

  it('are shown as ranks side by side: every signed cell is a score change, never in a rank column', () => {
    for (const [name, book] of books) {
      for (const sheet of book.worksheets) {
        const header = tableHeaderOf(sheet);
        for (const target of cellsOf(sheet)) {
          if (target.numFmt !== CHANGE_FORMAT) continue;
          const heading = String(sheet.getCell(header, Number(target.col)).value);
          expect(heading, `${name}: ${sheet.name}!${target.address}`).not.toMatch(/rank/i);
        }
      }
    }
  });
});

describe('legends', () => {
  const meaningOf: Record<string, string> = {
    'tone-worse': legendTexts.worseChange[0],
    'tone-better': legendTexts.betterChange[0],
    'heat-worse': legendTexts.worseScore[0],
    'heat-better': legendTexts.betterScore[0],
    'not-available': legendTexts.notAvailable[0],
  };
  const sampleOf: Record<string, { fill?: string; font?: string }> = {
    'tone-worse': { fill: colours.worse.toneFill, font: colours.worse.toneFont },
    'tone-better': { fill: colours.better.toneFill, font: colours.better.toneFont },
    'heat-worse': { fill: colours.worse.high },
    'heat-better': { fill: colours.better.high },
    'not-available': { font: colours.muted },
  };

  it('explain every colour a sheet uses, on that sheet, with a sample coloured like the cells', () => {
    let coloured = 0;
    for (const [name, book] of books) {
      for (const sheet of book.worksheets) {
        const legend = legendRows(sheet);
        for (const role of rolesUsed(sheet)) {
          coloured += 1;
          const where = `${name}: ${sheet.name} uses ${role}`;
          expect(meaningOf[role], where).toBeDefined();
          const sample = legend.get(meaningOf[role]!);
          expect(sample, where).toBeDefined();
          expect(argbOf(sample!), where).toBe(sampleOf[role]!.fill);
          if (role === 'not-available') expect(sample!.value, where).toBe('n/a');
          if (sampleOf[role]!.font) expect(fontOf(sample!), where).toBe(sampleOf[role]!.font);
        }
      }
    }
    expect(coloured).toBeGreaterThan(20);
  });

  it('list only the colours a sheet uses, so each line means something there', () => {
    for (const [name, book] of books) {
      for (const sheet of book.worksheets) {
        const used = rolesUsed(sheet);
        for (const meaning of legendRows(sheet).keys()) {
          const role = Object.keys(meaningOf).find((key) => meaningOf[key] === meaning);
          if (role) expect(used.has(role), `${name}: ${sheet.name} explains "${meaning}"`).toBe(true);
        }
      }
    }
  });
});
