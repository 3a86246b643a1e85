import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/index/countries.js';
import { shardOf } from '../../src/cli/generateArgs.js';
import { tempDir } from '../load/workbookFixtures.js';
import { listFiles, runCli, snapshotTree } from './runCli.js';

const generate = (args: string[]) => runCli('generate', args);

/** A PDF is complete when it starts with its header and ends with %%EOF; a workbook when its zip opens. */
async function isComplete(path: string): Promise<boolean> {
  const bytes = await readFile(path);
  if (path.endsWith('.pdf')) return bytes.subarray(0, 5).toString() === '%PDF-' && bytes.subarray(-8).toString().includes('%%EOF');
  if (path.endsWith('.xlsx'))
    return JSZip.loadAsync(bytes).then(
      (zip) => zip.file('[Content_Types].xml') !== null,
      () => false,
    );
  return true;
}

describe('npm run generate', () => {
  it('explains itself with --help', async () => {
    const result = await generate(['--help']);
    expect(result.code).toBe(0);
    for (const option of ['--data', '--out', '--edition', '--country', '--format', '--paper', '--jobs', '--shard', '--force']) {
      expect(result.stdout).toContain(option);
    }
  });

  it.each([
    [['--format', 'docx'], /--format: unknown format "docx"/],
    [['--paper', 'a3'], /--paper: expected a4 or letter/],
    [['--shard', '3/2'], /--shard: expected I\/N/],
    [['--shard', 'half'], /--shard: expected I\/N/],
    [['--jobs', '0'], /--jobs: expected a whole number/],
    [['--country', 'Atlantis'], /--country: unknown country "Atlantis"/],
    [['--edition', '23'], /--edition: expected a year/],
    [['--edition', '2019', '--country', 'Peru'], /--edition: no 2019 edition in data \(has 2021, 2023, 2025\)/],
    [['--colour', 'red'], /Unknown option '--colour'/],
  ])('exits 2 for %j, with one clear line and no stack trace', async (args, message) => {
    const out = await tempDir();
    const result = await generate([...args, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('npm run generate -- --help');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await listFiles(out)).toEqual([]);
  });

  it('exits 1 and builds nothing when the data is not valid', async () => {
    const data = await tempDir();
    const out = await tempDir();
    await cp('data', data, { recursive: true });
    const file = join(data, 'editions', '2023.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"cocaine-trade": 9,', '"cocaine-trade": 9.25,'));
    const result = await generate(['--data', data, '--out', out, '--country', 'Peru']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: 1 problem`);
    expect(result.stderr).toMatch(/countries\[\d+\]\.scores\.cocaine-trade: expected a score in steps of 0\.5/);
    expect(await listFiles(out)).toEqual([]);
  });

  it("writes Peru's brief, workbook and the all-countries workbook, then skips them when nothing changed", async () => {
    const out = await tempDir();
    const first = await generate(['--country', 'Peru', '--out', out]);
    expect(first.stderr).not.toContain('error');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/2025: 1 country: 1 built, 0 skipped as unchanged, 0 failed; 0 warnings/);
    expect(await listFiles(out)).toEqual(['.manifest.json', '2025/ocindex-2025-all-countries.xlsx', '2025/peru.pdf', '2025/peru.xlsx', 'index.html']);
    const before = await snapshotTree(out);
    const mtime = (await stat(join(out, '2025/peru.pdf'))).mtimeMs;

    const second = await generate(['--country', 'Peru', '--out', out]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/1 country: 0 built, 1 skipped as unchanged, 0 failed/);
    expect((await stat(join(out, '2025/peru.pdf'))).mtimeMs).toBe(mtime);
    expect(await snapshotTree(out)).toEqual(before);

    const forced = await generate(['--country', 'Peru', '--out', out, '--force']);
    expect(forced.stdout).toMatch(/1 built, 0 skipped/);
    expect(await snapshotTree(out)).toEqual(before); // same data, same bytes
  });

  it('rebuilds only what a data change touches, and rebuilds a file that was damaged', async () => {
    const data = await tempDir();
    const out = await tempDir();
    await cp('data', data, { recursive: true });
    const args = ['--data', data, '--out', out, '--country', 'Peru', '--country', 'Chile', '--format', 'pdf'];
    expect((await generate(args)).stdout).toMatch(/2 built, 0 skipped/);

    // A corrected paragraph in Peru's profile touches Peru only
    const profile = join(data, 'profiles', '2023', 'peru.json');
    await writeFile(profile, (await readFile(profile, 'utf8')).replace('Peru is a source and destination country', 'Peru is a source, transit and destination country'));
    const afterProfile = await generate(args);
    expect(afterProfile.stdout).toMatch(/1 built, 1 skipped/);
    expect(afterProfile.stderr).toMatch(/\[1\/1\] [\d.]+ s Peru\n/);

    // A changed edition touches every country (ranks, averages and the landscape chart use them all)
    const edition = join(data, 'editions', '2021.json');
    await writeFile(edition, (await readFile(edition, 'utf8')).replace('"sourceName": "Peru"', '"sourceName": "Perú"'));
    expect((await generate(args)).stdout).toMatch(/2 built, 0 skipped/);

    // A damaged output is rebuilt even though its inputs did not change
    await writeFile(join(out, '2025', 'chile.pdf'), 'oops');
    expect((await generate(args)).stdout).toMatch(/1 built, 1 skipped/);
    expect(await isComplete(join(out, '2025', 'chile.pdf'))).toBe(true);
  });

  it('goes on when one country fails, and says so in the exit code', async () => {
    const out = await tempDir();
    await mkdir(join(out, '2025', 'chile.pdf'), { recursive: true }); // a folder where Chile's brief must go
    const result = await generate(['--out', out, '--country', 'Chile', '--country', 'Peru', '--country', 'Bolivia', '--format', 'pdf', '--jobs', '2']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/3 countries: 2 built, 0 skipped as unchanged, 1 failed/);
    expect(result.stderr).toMatch(/error: Chile: build: .*chile\.pdf/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await isComplete(join(out, '2025', 'peru.pdf'))).toBe(true);
    expect(await isComplete(join(out, '2025', 'bolivia.pdf'))).toBe(true);
  });

  it('writes the charts as standalone SVG files with --format svg', async () => {
    const out = await tempDir();
    const result = await generate(['--out', out, '--country', 'Peru', '--format', 'svg']);
    expect(result.code).toBe(0);
    const files = await listFiles(out);
    expect(files.filter((f) => f.startsWith('2025/charts/peru/'))).toEqual(['comparison', 'landscape', 'pyramid', 'trend'].map((id) => `2025/charts/peru/${id}.svg`));
    const svg = await readFile(join(out, '2025/charts/peru/pyramid.svg'), 'utf8');
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('still builds the earlier editions: 2023 with its trend, 2021 without one', async () => {
    const out = await tempDir();
    expect((await generate(['--out', out, '--country', 'Peru', '--edition', '2023', '--format', 'pdf,svg'])).code).toBe(0);
    expect((await generate(['--out', out, '--country', 'PER', '--edition', '2021', '--format', 'svg'])).code).toBe(0);
    const files = await listFiles(out);
    expect(files).toContain('2023/peru.pdf');
    expect(files).toContain('2023/charts/peru/trend.svg');
    expect(files.filter((f) => f.startsWith('2021/charts/peru/'))).toHaveLength(3);
    expect(files).not.toContain('2021/charts/peru/trend.svg');
    expect(files.some((f) => f.startsWith('2025/'))).toBe(false);
  });

  it('leaves only complete files when killed mid-run, and the next run finishes the work', async () => {
    const out = await tempDir();
    const countries = ['Peru', 'Chile', 'Bolivia', 'Ecuador', 'Colombia', 'Brazil', 'Argentina', 'Uruguay'];
    const args = ['--out', out, ...countries.flatMap((c) => ['--country', c]), '--format', 'pdf,xlsx', '--jobs', '2'];
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/generate.ts', ...args], { stdio: 'ignore' });
    // kill -9 as soon as the first brief is in place: the other worker is mid-build or mid-write
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const files = await listFiles(out).catch(() => []);
      if (files.some((f) => f.endsWith('.pdf')) || child.exitCode !== null) break;
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    for (const file of await listFiles(out)) {
      if (file.endsWith('.tmp')) continue; // a temporary name, never an output
      expect(await isComplete(join(out, file)), file).toBe(true);
    }

    const rerun = await generate(args);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/8 countries: \d+ built, \d+ skipped as unchanged, 0 failed/);
    const files = await listFiles(out);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(8);
    for (const file of files) expect(await isComplete(join(out, file)), file).toBe(true);
  });

  it('lets two runs on one output folder take turns, or refuses the second clearly', async () => {
    const out = await tempDir();
    const args = ['--out', out, '--country', 'Peru', '--country', 'Chile', '--format', 'pdf'];
    const [a, b] = await Promise.all([generate(args), generate(args)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const summaries = [a.stdout, b.stdout].join('\n');
    expect(summaries).toMatch(/2 built, 0 skipped/);
    expect(summaries).toMatch(/0 built, 2 skipped/);

    const [c, d] = await Promise.all([generate([...args, '--force', '--wait', '0']), generate([...args, '--force', '--wait', '0'])]);
    const refused = [c, d].find((r) => r.code !== 0);
    if (refused) {
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/is in use by another generate run \(pid \d+\)/);
    }
    expect([c, d].some((r) => r.code === 0)).toBe(true);
    for (const file of await listFiles(out)) expect(await isComplete(join(out, file)), file).toBe(true);
  });

  it('builds only its slice with --shard; slices cover every country exactly once', async () => {
    const all = COUNTRIES.map((c) => c.iso3).sort();
    for (const count of [1, 2, 3, 4, 7, 193, 200]) {
      const slices = Array.from({ length: count }, (_, n) => shardOf(all, { index: n + 1, count }));
      expect(slices.flat().sort()).toEqual(all);
      expect(Math.max(...slices.map((s) => s.length)) - Math.min(...slices.map((s) => s.length))).toBeLessThanOrEqual(1);
    }
    const out = await tempDir();
    const args = ['--out', out, '--country', 'Peru', '--country', 'Chile', '--country', 'Bolivia', '--format', 'xlsx'];
    const second = await generate([...args, '--shard', '2/2']);
    expect(second.code).toBe(0);
    expect(await listFiles(out)).toEqual(['.manifest.json', '2025/chile.xlsx', 'index.html']); // BOL, CHL, PER → slice 2 is CHL
    const first = await generate([...args, '--shard', '1/2']);
    expect(first.code).toBe(0);
    expect(await listFiles(out)).toEqual(['.manifest.json', '2025/bolivia.xlsx', '2025/chile.xlsx', '2025/ocindex-2025-all-countries.xlsx', '2025/peru.xlsx', 'index.html']);
  });
});
