/**
 * Issue 12: workbooks a careless user or another program produces, and files that are no
 * workbook at all. Each is refused with a message saying what is wrong, in bounded memory, or
 * read exactly as the official one.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, PROBLEMS_SHOWN } from '../../src/errors.js';
import { readInputFile } from '../../src/load/readInputFile.js';
import { MAX_DATASET_ROWS, readWorkbook, WORKBOOK_LIMITS } from '../../src/load/readWorkbook.js';
import { appendJunkRows, patchedWorkbook, renameSheet, setCell, SHEET_PART, text, zipBomb } from './hostileFixtures.js';
import { editedWorkbook, tempDir, WORKBOOK_2025 } from './workbookFixtures.js';

async function read(file: string) {
  return readWorkbook(file, await readInputFile(file, WORKBOOK_LIMITS));
}

async function refusal(file: string): Promise<DataError> {
  const error = await read(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

/** What the official workbook gives, without its source (a patched copy has another hash). */
const official = async () => (await read(WORKBOOK_2025)).map(({ source, ...rest }) => ({ ...rest, sheet: source.sheet }));
const withoutSource = (editions: Awaited<ReturnType<typeof read>>) => editions.map(({ source, ...rest }) => ({ ...rest, sheet: source.sheet }));

describe('files that are not workbooks, or too large to be one', () => {
  it('refuses a named pipe without opening it for a writer, so it cannot hang', async () => {
    const fifo = join(await tempDir(), 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const { message } = await refusal(fifo);
    expect(message).toBe(`${fifo}: 1 problem\n  a named pipe (FIFO), not a regular file: give the path of a workbook file itself`);
  });

  it('refuses /dev/zero and a folder, reading nothing', async () => {
    expect((await refusal('/dev/zero')).message).toContain('a character device, not a regular file');
    expect((await refusal(await tempDir())).message).toContain('a folder, not a regular file');
  });

  it('refuses a 60 MB file unread, naming the limit', async () => {
    const file = join(await tempDir(), 'huge.xlsx');
    await writeFile(file, '');
    await truncate(file, 60 * 1024 * 1024); // sparse: costs no disk
    const before = process.memoryUsage().rss;
    const { message } = await refusal(file);
    expect(message).toContain("60 MB, more than the 20 MB a workbook may have (GI-TOC's is 0.3 MB): refused unread");
    expect(process.memoryUsage().rss - before).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses a zip bomb (a sheet of 200 MB of zeros in 200 KB) before expanding it', async () => {
    const file = await zipBomb(200 * 1024 * 1024);
    const { message } = await refusal(file);
    expect(message).toContain('xl/worksheets/sheet2.xml expands to 200 MB; the parts of a workbook that are read may expand to 50 MB in all');
  });

  it('stops expanding a zip bomb that declares a small size at the size it declares', async () => {
    const file = await zipBomb(200 * 1024 * 1024, 64 * 1024);
    const before = process.memoryUsage().rss;
    const { message } = await refusal(file);
    expect(message).toContain('xl/worksheets/sheet2.xml expands to more than the 64 KB it declares: a damaged or crafted archive');
    expect(process.memoryUsage().rss - before).toBeLessThan(20 * 1024 * 1024);
  });

  it('says what an empty file, an old .xls and a PDF are', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'empty.xlsx'), '');
    await writeFile(join(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]));
    await writeFile(join(dir, 'brief.pdf'), '%PDF-1.7\n%%EOF\n');
    expect((await refusal(join(dir, 'empty.xlsx'))).message).toContain('not a readable .xlsx workbook: no zip directory found: the file is not a zip archive, or it was cut short (the file is empty)');
    expect((await refusal(join(dir, 'old.xls'))).message).toContain('an old-style .xls workbook, or one saved with a password');
    expect((await refusal(join(dir, 'brief.pdf'))).message).toContain('(it is a PDF)');
  });
});

describe('damaged XML', () => {
  it.each([
    ['rows without their end', (xml: string) => xml.replace('</sheetData>', `${'<row r="300">'.repeat(500_000)}</sheetData>`), 'damaged XML: a <row> element without its end'],
    ['a tag without its end', (xml: string) => xml.replace('</sheetData>', `<row r="300"><c r="A300" ${'a'.repeat(5_000_000)}</row></sheetData>`), 'damaged XML: a <c> tag without its end'],
    [
      'a tag of 5 million characters',
      (xml: string) => xml.replace('</sheetData>', `<row r="300"><c r="A300" ${'a'.repeat(5_000_000)}/></row></sheetData>`),
      'damaged XML: a <c> tag longer than 10,000 characters',
    ],
    ['cells of endless attributes', (xml: string) => xml.replace('</sheetData>', `<row r="300">${`<c r="A300" ${'x'.repeat(9_000)}/>`.repeat(500)}</row></sheetData>`), ''],
  ])('reads or refuses a sheet with %s in linear time', async (_, damage, says) => {
    const file = await patchedWorkbook((parts) => parts.set(SHEET_PART['2025_dataset']!, damage(text(parts, SHEET_PART['2025_dataset']!))));
    const started = performance.now();
    const outcome = await read(file).then(
      () => '',
      (e: unknown) => (e as Error).message,
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(outcome).toContain(says);
  });
});

describe('error lists', () => {
  it('lists the first problems of a sheet followed by 200,000 junk rows, then "and N more", and stops reading', async () => {
    const file = await patchedWorkbook((parts) => appendJunkRows(parts, SHEET_PART['2025_dataset']!, 200_000));
    const before = process.memoryUsage().rss;
    const error = await refusal(file);
    expect(error.problems).toHaveLength(PROBLEMS_SHOWN);
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(PROBLEMS_SHOWN + 2);
    expect(lines[1]).toBe('  sheet 2025_dataset, row 195, column C "Country": unknown country "junk 0" (not a UN member state or an unknown spelling)');
    // 1,000 rows are read (193 countries, 807 junk), then the sheet is given up: one more problem says so
    expect(error.count).toBe(MAX_DATASET_ROWS - 193 + 1);
    expect(lines.at(-1)).toBe(`  … and ${error.count - PROBLEMS_SHOWN} more`);
    expect(error.problems.some((p) => p.message.includes('more than 1,000 rows'))).toBe(false); // listed after the first 50
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('editions and sheets', () => {
  it.each(['9999', '2203', '1999'])('refuses a %s_dataset sheet: no such edition can exist', async (year) => {
    const file = await patchedWorkbook((parts) => renameSheet(parts, '2021_dataset', `${year}_dataset`));
    const { message } = await refusal(file);
    expect(message).toMatch(new RegExp(`sheet "${year}_dataset": ${year} cannot be an edition of the Index: its first edition is 2021, and none is dated later than \\d{4}`));
  });

  it('refuses two sheets for one year, "2023_dataset" and "2023_dataset " (a trailing space), naming both', async () => {
    const file = await patchedWorkbook((parts) => renameSheet(parts, '2021_dataset', '2023_dataset '));
    const { message } = await refusal(file);
    expect(message).toBe(`${file}: 1 problem\n  sheet "2023_dataset ": a second sheet for 2023, beside "2023_dataset": keep one of them`);
  });

  it('reads a sheet named 2023_DATASET as the 2023 edition', async () => {
    const file = await patchedWorkbook((parts) => renameSheet(parts, '2023_dataset', '2023_DATASET'));
    const editions = await read(file);
    expect(editions.map((e) => [e.edition, e.source.sheet])).toEqual([
      [2021, '2021_dataset'],
      [2023, '2023_DATASET'],
      [2025, '2025_dataset'],
    ]);
    expect(editions[1]!.countries).toEqual((await official())[1]!.countries);
  });
});

describe('cells that are not numbers', () => {
  // D2 is the criminality of the first country row of the 2025 sheet (Angola)
  const part = SHEET_PART['2025_dataset']!;
  it.each([
    [
      'an uncached formula',
      '<c r="D2" s="4"><f>AVERAGE(E2:F2)</f></c>',
      'holds a formula (=AVERAGE(E2:F2)) whose result was never saved: open the workbook in a spreadsheet program and save it, or paste the values',
    ],
    ['#DIV/0!', '<c r="D2" s="4" t="e"><f>E2/0</f><v>#DIV/0!</v></c>', 'holds the error value #DIV/0!, not a number (a formula that failed)'],
    ['TRUE', '<c r="D2" s="4" t="b"><v>1</v></c>', 'holds TRUE, a logical value, not a number'],
    ['an ISO date', '<c r="D2" s="4" t="d"><v>2023-05-01T00:00:00</v></c>', 'holds a date (2023-05-01), not a number'],
    ['9abc', '<c r="D2" s="4"><v>9abc</v></c>', 'holds "9abc", which is not a number (a malformed value in the file)'],
    ['a number stored as text', '<c r="D2" s="4" t="inlineStr"><is><t>5.62</t></is></c>', '"5.62" is not a number'],
  ])('says what a cell holding %s holds', async (_, cell, says) => {
    const file = await patchedWorkbook((parts) => setCell(parts, part, 'D2', cell));
    const { message } = await refusal(file);
    expect(message).toMatch(new RegExp(`sheet 2025_dataset, row 2, column D "[^"]+" \\(Angola\\): ${says.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('says a date is a date when only its number format says so', async () => {
    const file = await editedWorkbook((workbook) => {
      const sheet = workbook.getWorksheet('2023_dataset')!;
      const cell = sheet.getRow(2).getCell(4);
      cell.value = new Date(Date.UTC(2023, 4, 1));
      cell.numFmt = 'dd/mm/yyyy';
    });
    expect((await refusal(file)).message).toMatch(/sheet 2023_dataset, row 2, column D "[^"]+" \([^)]+\): holds a date \(2023-05-01\), not a number/);
  });

  it('takes a formula by its saved result, as before', async () => {
    const file = await patchedWorkbook((parts) => {
      const xml = text(parts, part);
      const saved = /<c r="D2" s="4"><v>([^<]+)<\/v><\/c>/.exec(xml)![1]!;
      setCell(parts, part, 'D2', `<c r="D2" s="4"><f>(E2+F2)/2</f><v>${saved}</v></c>`);
    });
    expect(withoutSource(await read(file))).toEqual(await official());
  });
});

describe('workbooks re-saved by other programs', () => {
  it('reads the dataset sheets whatever else the workbook holds: a drawing written without the usual prefix, a chart, comments, another sheet', async () => {
    const file = await patchedWorkbook((parts) => {
      // A drawing whose elements use the default namespace: valid XML, which exceljs 4.4 cannot read ("reading 'anchors'")
      const drawing = text(parts, 'xl/drawings/drawing1.xml');
      parts.set('xl/drawings/drawing1.xml', drawing.replace('xmlns:xdr=', 'xmlns:dr=').replace(/xdr:/g, 'dr:'));
      parts.set('xl/charts/chart1.xml', '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>');
      parts.set(
        'xl/comments1.xml',
        '<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>a</author></authors><commentList><comment ref="D2" authorId="0"><text><t>checked</t></text></comment></commentList></comments>',
      );
      parts.set(
        'xl/worksheets/_rels/sheet2.xml.rels',
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>',
      );
      parts.set(
        'xl/worksheets/sheet9.xml',
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>my notes</t></is></c></row></sheetData></worksheet>',
      );
      parts.set('xl/workbook.xml', text(parts, 'xl/workbook.xml').replace('</sheets>', '<sheet name="Notes" sheetId="30" r:id="rId99"/></sheets>'));
      parts.set(
        'xl/_rels/workbook.xml.rels',
        text(parts, 'xl/_rels/workbook.xml.rels').replace(
          '</Relationships>',
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet9.xml"/></Relationships>',
        ),
      );
    });
    const exceljs = new ExcelJS.Workbook();
    await expect(exceljs.xlsx.load((await readFile(file)) as unknown as ArrayBuffer)).rejects.toThrow(/anchors/);
    expect(withoutSource(await read(file))).toEqual(await official());
  });

  it('reads sheets whose elements carry a namespace prefix ("x:row", "x:c"), as the OpenXML SDK writes them', async () => {
    const file = await patchedWorkbook((parts) => {
      for (const sheet of Object.values(SHEET_PART)) {
        const xml = text(parts, sheet)
          .replace('<worksheet xmlns=', '<x:worksheet xmlns:x=')
          .replace('</worksheet>', '</x:worksheet>')
          .replace(/<(\/?)(sheetData|row|c|v|f)\b/g, '<$1x:$2');
        parts.set(sheet, xml);
      }
    });
    expect(withoutSource(await read(file))).toEqual(await official());
  });
});
