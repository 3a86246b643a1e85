/**
 * Issue 12, as a user meets it: `npm run import` on hostile and careless inputs and on a failing
 * file system. Every case ends in a line (or a bounded list) saying what is wrong, exit 1 (2 for
 * a wrong command line), nothing written and nothing lost, in bounded memory under a 512 MB heap,
 * and never with a Node or V8 stack trace.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendJunkRows, patchedWorkbook, renameSheet, SHEET_PART, windows1252, zipBomb } from '../load/hostileFixtures.js';
import { PAGES, readPageFixture } from '../load/pageFixtures.js';
import { tempDir, WORKBOOK_2025 } from '../load/workbookFixtures.js';
import { runCli, snapshotTree } from './runCli.js';
import { canUseMountNamespace, CRASH, runCliCapped, runCliInNamespace } from './runCliLimited.js';

/** A data folder holding the shipped editions and profile. */
async function dataCopy(): Promise<string> {
  const dir = await tempDir();
  await cp('data/editions', join(dir, 'editions'), { recursive: true });
  await cp('data/profiles', join(dir, 'profiles'), { recursive: true });
  return dir;
}

describe('npm run import -- workbook, on what is no sane workbook', () => {
  it('refuses a named pipe and /dev/zero at once, in one line, writing nothing', async () => {
    const data = await dataCopy();
    const before = await snapshotTree(data);
    const fifo = join(await tempDir(), 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    for (const [file, what] of [
      [fifo, 'a named pipe (FIFO)'],
      ['/dev/zero', 'a character device'],
    ] as const) {
      const result = await runCliCapped('import', ['workbook', file, '--data', data], {}, 30_000);
      expect(result.code, file).toBe(1);
      expect(result.stderr).toBe(`import: nothing written.\n${file}: 1 problem\n  ${what}, not a regular file: give the path of a workbook file itself\n`);
      expect(result.peakMb).toBeLessThan(200);
    }
    expect(await snapshotTree(data)).toEqual(before);
  });

  it('refuses a 60 MB workbook unread, and a zip of 512 MB of zeros without expanding it, in bounded memory', async () => {
    const data = await dataCopy();
    const before = await snapshotTree(data);
    const huge = join(await tempDir(), 'huge.xlsx');
    await writeFile(huge, '');
    await truncate(huge, 60 * 1024 * 1024);
    const big = await runCliCapped('import', ['workbook', huge, '--data', data]);
    expect(big.code).toBe(1);
    expect(big.stderr).toContain("60 MB, more than the 20 MB a workbook may have (GI-TOC's is 0.3 MB): refused unread");
    expect(big.peakMb).toBeLessThan(200);

    for (const declared of [512 * 1024 * 1024, 100_000]) {
      const bomb = await zipBomb(512 * 1024 * 1024, declared);
      const result = await runCliCapped('import', ['workbook', bomb, '--data', data]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/xl\/worksheets\/sheet2\.xml expands to (512 MB; the parts of a workbook that are read may expand to 50 MB|more than the 98 KB it declares)/);
      expect(result.stderr).not.toMatch(CRASH);
      expect(result.peakMb).toBeLessThan(250);
    }
    expect(await snapshotTree(data)).toEqual(before);
  });

  it('lists the first 50 problems of 200,000 junk rows and "and N more", in bounded memory', async () => {
    const data = await dataCopy();
    const before = await snapshotTree(data);
    const file = await patchedWorkbook((parts) => {
      for (const part of Object.values(SHEET_PART)) appendJunkRows(parts, part, 200_000 / 3);
    });
    const result = await runCliCapped('import', ['workbook', file, '--data', data]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(53); // "nothing written", the count, 50 problems, "and N more"
    expect(lines[1]).toBe(`${file}: 2,424 problems`);
    expect(lines.at(-1)).toBe('  … and 2,374 more');
    expect(result.stderr).not.toMatch(CRASH);
    expect(result.peakMb).toBeLessThan(300);
    expect(await snapshotTree(data)).toEqual(before);
  });

  it.each(['9999', '2203', '1999'])('refuses a %s_dataset sheet with exit 1, writing nothing', async (year) => {
    const data = await dataCopy();
    const before = await snapshotTree(data);
    const file = await patchedWorkbook((parts) => renameSheet(parts, '2021_dataset', `${year}_dataset`));
    const result = await runCli('import', ['workbook', file, '--data', data]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`sheet "${year}_dataset": ${year} cannot be an edition of the Index`);
    expect(await snapshotTree(data)).toEqual(before);
  });

  it('refuses "2023_dataset" beside "2023_dataset ", and imports 2023_DATASET', async () => {
    const data = await dataCopy();
    const before = await snapshotTree(data);
    const twice = await patchedWorkbook((parts) => renameSheet(parts, '2021_dataset', '2023_dataset '));
    const refused = await runCli('import', ['workbook', twice, '--data', data]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('sheet "2023_dataset ": a second sheet for 2023, beside "2023_dataset": keep one of them');
    expect(await snapshotTree(data)).toEqual(before);

    const upper = await patchedWorkbook((parts) => renameSheet(parts, '2023_dataset', '2023_DATASET'));
    const accepted = await runCli('import', ['workbook', upper, '--data', data]);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain(`wrote ${join(data, 'editions', '2023.json')}: 193 countries (2023_DATASET)`);
  });
});

describe('npm run import, on a file system that fails', () => {
  it('writes no edition when one cannot be written (a folder in its place), keeps the others, and leaves no temporary file', async () => {
    const data = await tempDir();
    await mkdir(join(data, 'editions'));
    await writeFile(join(data, 'editions', '2021.json'), 'the 2021 edition as it was');
    await mkdir(join(data, 'editions', '2023.json'));
    const result = await runCli('import', ['workbook', WORKBOOK_2025, '--data', data]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`import: nothing written: cannot write ${join(data, 'editions', '2023.json')}: a folder stands where the file must go\n`);
    expect(await readFile(join(data, 'editions', '2021.json'), 'utf8')).toBe('the 2021 edition as it was');
    expect((await readdir(join(data, 'editions'))).sort()).toEqual(['2021.json', '2023.json']);
  });

  it('exits 2 with one line when --data is a file, or empty', async () => {
    const file = join(await tempDir(), 'data.txt');
    await writeFile(file, 'not a folder');
    const result = await runCli('import', ['workbook', WORKBOOK_2025, '--data', file]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`import: --data: ${file} is a file, not a folder`);
    expect(await readFile(file, 'utf8')).toBe('not a folder');
    const empty = await runCli('import', ['workbook', WORKBOOK_2025, '--data', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr.split('\n')[0]).toBe('import: --data: give a folder, not an empty name');
  });

  it.skipIf(!canUseMountNamespace())('says in one line that a read-only data folder cannot be written', async () => {
    const data = await dataCopy();
    const before = await snapshotTree(data);
    const result = await runCliInNamespace('import', ['workbook', WORKBOOK_2025, '--data', data], `mount --bind ${data} ${data} && mount -o remount,bind,ro ${data}`);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`import: nothing written: cannot write ${join(data, 'editions', '2021.json')}: read-only file system (EROFS)\n`);
    expect(await snapshotTree(data)).toEqual(before);
  });

  it.skipIf(!canUseMountNamespace())('says in one line that the disk is full, keeping every edition as it was', async () => {
    const data = await dataCopy();
    const before = await snapshotTree(data);
    const editions = join(data, 'editions');
    // a 1 MB disk holding the 770 KB of editions: the new 2021 file fits, the 2023 one does not
    const setup = `mkdir -p /tmp/ocindex-full && cp ${editions}/*.json /tmp/ocindex-full/ && mount -t tmpfs -o size=1m tmpfs ${editions} && cp /tmp/ocindex-full/*.json ${editions}/`;
    const result = await runCliInNamespace('import', ['workbook', WORKBOOK_2025, '--data', data], setup);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^import: nothing written: cannot write ${join(editions, '20\\d\\d\\.json')}: no space left on the device \\(ENOSPC\\)\\n$`));
    expect(await snapshotTree(data)).toEqual(before); // the tmpfs vanished with the namespace; the folder below is untouched too
  });
});

describe('npm run import -- page, on what is no sane page', () => {
  it('imports a Windows-1252 page as the UTF-8 one, saying how it read it', async () => {
    const data = await dataCopy();
    const file = join(await tempDir(), 'peru-ansi.txt');
    await writeFile(file, windows1252(readPageFixture('peru2023')));
    const result = await runCli('import', ['page', file, '--country', 'Peru', '--edition', '2023', '--data', data]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`read ${file}: read as Windows-1252 (the file is not UTF-8); the 2023 layout`);
    const { source, ...imported } = JSON.parse(await readFile(join(data, 'profiles', '2023', 'peru.json'), 'utf8'));
    const { source: shippedSource, ...shipped } = JSON.parse(await readFile('data/profiles/2023/peru.json', 'utf8'));
    expect(imported).toEqual(shipped);
    expect(source.sha256).toBe(shippedSource.sha256); // the same text, whatever its bytes
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'the file is empty (0 bytes)'],
    [
      'UTF-16 text that is no page',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Dear diary,\nnothing happened today.\n', 'utf16le')]),
      'this is not the text of an ocindex.net country page',
    ],
    ['a binary file', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]), 'the file is binary, not text'],
  ])('refuses %s in one line', async (_, bytes, says) => {
    const data = await dataCopy();
    const before = await snapshotTree(data);
    const file = join(await tempDir(), 'page.txt');
    await writeFile(file, bytes);
    const result = await runCli('import', ['page', file, '--country', 'Peru', '--edition', '2023', '--data', data]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(says);
    expect(await snapshotTree(data)).toEqual(before);
  });

  it('refuses a 10 MB page unread, with the limit in the message, under a 512 MB heap', async () => {
    const data = await dataCopy();
    const before = await snapshotTree(data);
    const file = join(await tempDir(), 'page.txt');
    await writeFile(file, `${readPageFixture('peru2023')}\n${'Cocaine. '.repeat(1_200_000)}\n`);
    const result = await runCliCapped('import', ['page', file, '--country', 'Peru', '--edition', '2023', '--data', data]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(", more than the 512 KB a country page may have (GI-TOC's pages are about 30 KB): refused unread");
    expect(result.peakMb).toBeLessThan(200);
    expect(await snapshotTree(data)).toEqual(before);
  });

  it('strips HTML pasted with the page, keeping every paragraph, and says so', async () => {
    const data = await dataCopy();
    const page = readPageFixture('peru2023');
    const profile = JSON.parse(await readFile('data/profiles/2023/peru.json', 'utf8'));
    let tagged = page;
    for (const p of profile.paragraphs.slice(0, 28)) tagged = tagged.replace(p.text, `<p>${p.text}</p>`);
    const file = join(await tempDir(), 'page.html.txt');
    await writeFile(file, tagged);
    const result = await runCli('import', ['page', file, '--country', 'Peru', '--edition', '2023', '--data', data]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('removed 56 HTML tags pasted with the text (<p>, </p>)');
    expect(result.stdout).toContain('32 indicators, 29 paragraphs');
    expect(JSON.parse(await readFile(join(data, 'profiles', '2023', 'peru.json'), 'utf8')).paragraphs).toEqual(profile.paragraphs);
  });

  it('echoes no terminal escape code or control character to the console', async () => {
    const data = await dataCopy();
    const dir = await tempDir();
    const file = join(dir, 'page\u001b[2J\u0007.txt');
    const page = readPageFixture('peru2023')
      .replace('Access the GI-TOC website', '\u001b]0;owned\u0007\u001b[31mnot prose\u001b[0m\nAccess the GI-TOC website')
      .replace('Cocaine trade\n9.000.00', 'Cocaine trade\u001b[5m\n8.500.00');
    await writeFile(file, page);
    const result = await runCli('import', ['page', file, '--country', 'Peru', '--edition', '2023', '--data', data]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('(Cocaine trade): score 8.50, but the 2023 data for Peru says 9.00');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
    expect(result.stderr + result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('refuses a page that would replace a profile with fewer paragraphs', async () => {
    const data = await dataCopy();
    const before = await snapshotTree(data);
    const result = await runCli('import', ['page', PAGES.peru2025, '--country', 'Peru', '--edition', '2025', '--data', data]);
    expect(result.code).toBe(0); // no 2025 profile to replace
    const after2025 = await snapshotTree(data);
    const shorter = readPageFixture('peru2025')
      .split('\n')
      .filter((line) => !line.trim().startsWith('Journalists in Peru face'))
      .join('\n');
    const file = join(await tempDir(), 'page.txt');
    await writeFile(file, shorter);
    const refused = await runCli('import', ['page', file, '--country', 'Peru', '--edition', '2025', '--data', data]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the page gives 28 narrative paragraphs, but the 2025 profile it would replace has 29');
    expect(await snapshotTree(data)).toEqual(after2025);
    expect(Object.keys(after2025).length).toBe(Object.keys(before).length + 1);
  });
});
