import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/load/loadData.js';
import { PAGES, readPageFixture } from '../load/pageFixtures.js';
import { columnOf, editedWorkbook, rowOf, tempDir, WORKBOOK, WORKBOOK_2025 } from '../load/workbookFixtures.js';
import { runCli, snapshotTree } from './runCli.js';

const PAGE = PAGES.peru2023;

/** A temp data dir with the shipped editions (and profiles, with `profiles`). */
async function dataDir(profiles = false): Promise<string> {
  const dir = await tempDir();
  if (profiles) await cp('data', dir, { recursive: true });
  else await cp('data/editions', join(dir, 'editions'), { recursive: true });
  return dir;
}

/** `text` written to a temp file named `name`; returns its path. */
async function pageFile(text: string, name = 'page.txt'): Promise<string> {
  const file = join(await tempDir(), name);
  await writeFile(file, text);
  return file;
}

describe('npm run import -- workbook', () => {
  it('writes one validated file per edition, identical to the shipped data', async () => {
    const dir = await tempDir();
    const result = await runCli('import', ['workbook', WORKBOOK_2025, '--data', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`wrote ${join(dir, 'editions', '2025.json')}: 193 countries (2025_dataset)`);
    for (const year of ['2021', '2023', '2025']) {
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
    expect(result.stderr).toContain('no/such.xlsx: 1 problem\n  cannot read: no such file or folder (ENOENT)');
    expect(await snapshotTree(dir)).toEqual({});
  });
});

describe('npm run import -- page', () => {
  it("writes Peru's profile from its page", async () => {
    const dir = await tempDir();
    await cp('data/editions', join(dir, 'editions'), { recursive: true });
    const result = await runCli('import', ['page', PAGE, '--country', 'Peru', '--edition', '2023', '--data', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`read ${PAGE}: the 2023 layout (line 13: a score with "n/a" for its change)\n`);
    expect(result.stdout).toContain('32 indicators, 29 paragraphs (0 unplaced)');
    expect(await readFile(join(dir, 'profiles', '2023', 'peru.json'), 'utf8')).toBe(await readFile('data/profiles/2023/peru.json', 'utf8'));
  });

  it('writes Peru 2025 from a 2025-layout page, saying which layout it found, with the profile box as facts', async () => {
    const dir = await dataDir();
    const result = await runCli('import', ['page', PAGES.peru2025, '--country', 'PER', '--edition', '2025', '--data', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `read ${PAGES.peru2025}: the 2025 layout (line 18: the 2025 GDP label "Gross domestic product (GDP - CURRENT $US MILLION)"; ` +
        'line 32: a space before the rank change of a continent or region ("10th of 35 countries in Americas 0")); ' +
        'profile box with 4 facts; criminality score and 3 rank lines checked; resilience score and 3 rank lines checked\n' +
        `wrote ${join(dir, 'profiles', '2025', 'peru.json')}: 32 indicators, 29 paragraphs (0 unplaced)\n`,
    );
    const profile = JSON.parse(await readFile(join(dir, 'profiles', '2025', 'peru.json'), 'utf8'));
    expect(Object.keys(profile)).toEqual(['iso3', 'edition', 'source', 'facts', 'components', 'indicators', 'paragraphs']);
    expect(profile.facts).toEqual({ capital: 'Lima', population: 34217848, gdpUsdMillions: 289070, areaKm2: 1285220 });
    expect(profile.indicators).toHaveLength(32);
    // the file passes the schema the generator loads it with
    expect([...(await loadData(dir)).profiles.keys()]).toEqual(['2025/PER']);
  });

  it('writes Peru 2023 from a 2023-layout page with its box and rank lines', async () => {
    const dir = await dataDir();
    const result = await runCli('import', ['page', PAGES.peru2023WithBox, '--country', 'Peru', '--edition', '2023', '--data', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'the 2023 layout (line 3: "Year: 2023"; line 13: a GDP with cents ("USD 223,249.00 million")); profile box with 7 facts; criminality score and 3 rank lines checked',
    );
    const profile = JSON.parse(await readFile(join(dir, 'profiles', '2023', 'peru.json'), 'utf8'));
    expect(profile.facts).toMatchObject({ gdpUsdMillions: 223249, gini: 40.2, incomeGroup: 'Upper middle income' });
    const shipped = JSON.parse(await readFile('data/profiles/2023/peru.json', 'utf8'));
    expect(profile.indicators).toEqual(shipped.indicators);
    expect(profile.paragraphs).toEqual(shipped.paragraphs);
  });

  it('refuses a 2025 page with a wrong rank, a 2023-style sign and a wrong score, listing each, and writes nothing', async () => {
    const dir = await dataDir(true);
    const before = await snapshotTree(dir);
    const text = readPageFixture('peru2025')
      .replace('6th of 12 countries in South America 0', '7th of 12 countries in South America 0')
      .replace('31st of 193 countries -1', '31st of 193 countries 1')
      .replace('6.620.22', '6.600.22');
    const file = await pageFile(text);
    const result = await runCli('import', ['page', file, '--country', 'Peru', '--edition', '2025', '--data', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `import: nothing written.\n${file}: 3 problems\n` +
        '  line 26 (Criminality): score 6.60, but the 2025 data for Peru says 6.62\n' +
        '  line 30 (criminality rank in the world): change +1, but the data gives -1 (31st in 2025, 32nd in 2023; 2025 pages print current − previous): the sign is reversed, as 2023 pages print it\n' +
        '  line 34 (criminality rank in South America): 7th of 12, but the 2025 data gives 6th\n',
    );
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('refuses the truncated 2025 samples, naming the line where each ends and what is missing', async () => {
    const dir = await dataDir();
    const before = await snapshotTree(dir);
    for (const [file, country] of [
      [PAGES.peru2025Head, 'Peru'],
      [PAGES.nigeria2025Head, 'Nigeria'],
    ] as const) {
      const result = await runCli('import', ['page', file, '--country', country, '--edition', '2025', '--data', dir]);
      expect(result.code, file).toBe(1);
      expect(result.stderr).toBe(
        `import: nothing written.\n${file}: 1 problem\n` +
          `  the page ends at line 90 ("${country === 'Peru' ? 'Non-rene' : 'Non-ren'}"), in the middle of the criminal markets; ` +
          'missing: Non-renewable resource crimes, Heroin trade, Cocaine trade, Cannabis trade, Synthetic drug trade, Cyber-dependent crimes, ' +
          'Financial crimes, the criminal actors (average and 5 actor types), the resilience indicators (12), the narrative\n',
      );
    }
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it("refuses a page whose layout is not the edition's, saying which it is", async () => {
    const dir = await dataDir();
    const before = await snapshotTree(dir);
    const as2023 = await runCli('import', ['page', PAGES.peru2025, '--country', 'Peru', '--edition', '2023', '--data', dir]);
    expect(as2023.code).toBe(1);
    expect(as2023.stderr).toMatch(
      /: 1 problem\n {2}the page has the 2025 layout \(line 18: .*\), but it is being imported as the 2023 edition, whose pages have the 2023 layout: give the 2023 page, or import this one with --edition 2025\n$/,
    );
    const as2025 = await runCli('import', ['page', PAGE, '--country', 'Peru', '--edition', '2025', '--data', dir]);
    expect(as2025.code).toBe(1);
    expect(as2025.stderr).toContain('the page has the 2023 layout (line 13: a score with "n/a" for its change), but it is being imported as the 2025 edition');
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('describes the page layouts in its help', async () => {
    const result = await runCli('import', ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2023  a "Year:" line');
    expect(result.stdout).toContain('2025  no "Year:" line');
    expect(result.stdout).toContain('rank changes are current - previous');
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
