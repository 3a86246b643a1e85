import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnOf, editedWorkbook, rowOf, tempDir, WORKBOOK } from '../load/workbookFixtures.js';
import { runCli, snapshotTree } from './runCli.js';

const PAGE = 'data/sources/peru-2023-page.txt';

describe('npm run import -- workbook', () => {
  it('writes one validated file per edition, identical to the shipped data', async () => {
    const dir = await tempDir();
    const result = await runCli('import', ['workbook', WORKBOOK, '--data', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`wrote ${join(dir, 'editions', '2023.json')}: 193 countries (2023_dataset)`);
    for (const year of ['2021', '2023']) {
      expect(await readFile(join(dir, 'editions', `${year}.json`), 'utf8')).toBe(await readFile(`data/editions/${year}.json`, 'utf8'));
    }
  });

  it('on bad input lists every problem, exits 1 and writes nothing, keeping what was there', async () => {
    const dir = await tempDir();
    await cp('data/editions', join(dir, 'editions'), { recursive: true });
    const before = await snapshotTree(dir);
    const bad = await editedWorkbook((workbook) => {
      const sheet = workbook.getWorksheet('2021_dataset')!;
      sheet.getRow(rowOf(sheet, 'Peru')).getCell(columnOf(sheet, 'Cocaine trade')).value = 0.5;
      sheet.getRow(rowOf(sheet, 'Chile')).getCell(columnOf(sheet, 'Flora crimes')).value = 7.3;
    });
    const result = await runCli('import', ['workbook', bad, '--data', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing written');
    expect(result.stderr).toContain(`${bad}: 2 problems`);
    expect(result.stderr).toMatch(/sheet 2021_dataset, row \d+, column M "Cocaine trade" \(Peru\): 0\.5 is outside 1–10/);
    expect(result.stderr).toMatch(/column I "Flora crimes" \(Chile\): 7\.3 is not on the 0\.5 grid/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('says which file it cannot read', async () => {
    const dir = await tempDir();
    const result = await runCli('import', ['workbook', 'no/such.xlsx', '--data', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no/such.xlsx: 1 problem\n  cannot read (ENOENT)');
    expect(await snapshotTree(dir)).toEqual({});
  });
});

describe('npm run import -- page', () => {
  it("writes Peru's profile from its page", async () => {
    const dir = await tempDir();
    await cp('data/editions', join(dir, 'editions'), { recursive: true });
    const result = await runCli('import', ['page', PAGE, '--country', 'Peru', '--edition', '2023', '--data', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('32 indicators, 29 paragraphs (0 unplaced)');
    expect(await readFile(join(dir, 'profiles', '2023', 'peru.json'), 'utf8')).toBe(await readFile('data/profiles/2023/peru.json', 'utf8'));
  });

  it('keeps the tagging a person checked when the page is imported again', async () => {
    const dir = await tempDir();
    await cp('data', dir, { recursive: true });
    const file = join(dir, 'profiles', '2023', 'peru.json');
    const profile = JSON.parse(await readFile(file, 'utf8'));
    profile.paragraphs[19] = { ...profile.paragraphs[19], indicators: ['political-leadership-and-governance'], tagging: 'checked' };
    await writeFile(file, JSON.stringify(profile, null, 2));
    const result = await runCli('import', ['page', PAGE, '--country', 'Peru', '--edition', '2023', '--data', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('29 paragraphs (0 unplaced, 1 with the tagging a person checked)');
    const again = JSON.parse(await readFile(file, 'utf8'));
    expect(again.paragraphs[19]).toMatchObject({ indicators: ['political-leadership-and-governance'], tagging: 'checked' });
    expect(again.paragraphs[20].tagging).toBe('inferred');
  });

  it('refuses a page that disagrees with the data and keeps the profile that was there', async () => {
    const dir = await tempDir();
    await cp('data', dir, { recursive: true });
    const before = await snapshotTree(dir);
    const result = await runCli('import', ['page', PAGE, '--country', 'COL', '--edition', '2023', '--data', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\(Human trafficking\): score 7\.00, but the 2023 data for Colombia says/);
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('exits 2 with the usage for a wrong command line', async () => {
    const dir = await tempDir();
    for (const args of [
      ['page', PAGE, '--edition', '2023', '--data', dir],
      ['page', PAGE, '--country', 'Atlantis', '--edition', '2023', '--data', dir],
      ['page', PAGE, '--country', 'Peru', '--edition', '1999', '--data', 'data'],
      ['sheet', PAGE],
      ['workbook', WORKBOOK, '--colour', 'red'],
    ]) {
      const result = await runCli('import', args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage:');
    }
    expect(await snapshotTree(dir)).toEqual({});
  });
});
