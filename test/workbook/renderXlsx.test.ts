import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { pinZip } from '../../src/workbook/renderXlsx.js';

/** A workbook exceljs writes differently every time: data bars get random GUIDs. */
async function withDataBar(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // dated as createWorkbook dates every workbook: left to exceljs, two writes a second apart differ in docProps/core.xml
  workbook.created = new Date('2023-12-31T00:00:00Z');
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Bars');
  sheet.addRow([1]);
  sheet.addRow([5]);
  sheet.addConditionalFormatting({
    ref: 'A1:A2',
    rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], color: { argb: 'FF4292C6' }, gradient: false } as ExcelJS.DataBarRuleType],
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('pinZip', () => {
  const date = new Date('2023-12-31T00:00:00Z');

  it('makes two writes of the same workbook byte-identical', async () => {
    const [first, second] = await Promise.all([withDataBar(), withDataBar()]);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
    const [a, b] = await Promise.all([pinZip(first, date), pinZip(second, date)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("numbers the data-bar ids consistently and keeps the format's fixed extension URIs", async () => {
    const pinned = await JSZip.loadAsync(await pinZip(await withDataBar(), date));
    const xml = await pinned.file('xl/worksheets/sheet1.xml')!.async('string');
    const id = '{00000000-0000-4000-8000-000000000001}';
    expect(xml).toContain(`<x14:id>${id}</x14:id>`);
    expect(xml).toMatch(new RegExp(`<x14:cfRule type="dataBar" id="${id.replace(/[{}]/g, '\\$&')}"`));
    expect(xml).toContain('{78C0D931-6437-407d-A8EE-F0AAD7539E65}');
  });

  it('dates every entry with the given date and puts the content types first', async () => {
    const pinned = await JSZip.loadAsync(await pinZip(await withDataBar(), date));
    const names = Object.keys(pinned.files);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    for (const name of names) {
      expect(pinned.files[name]!.dir).toBe(false);
      expect(pinned.files[name]!.date.toISOString()).toBe('2023-12-31T00:00:00.000Z');
    }
  });
});
