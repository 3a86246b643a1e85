/**
 * Issue 12, as a user meets it: `npm run generate` touches only what is its own, never writes
 * through a symbolic link, takes over stale locks, survives Ctrl-C (once, twice, through a
 * wrapper) with its lock released, its finished outputs on record and its summary printed, and
 * never dies on data the importer accepts.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../load/workbookFixtures.js';
import { type CliResult, listFiles, runCli, snapshotTree } from './runCli.js';
import { CRASH, runCliCapped } from './runCliLimited.js';

const generate = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli('generate', args, env);

describe('npm run generate: command lines and settings that cannot work', () => {
  it.each([
    [['--out', ''], '--out: give a folder, not an empty name'],
    [['--data', ''], '--data: give a folder, not an empty name'],
  ])('exits 2 for %j with one line', async (args, message) => {
    const result = await generate([...args, '--country', 'Peru']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`generate: ${message}\nTry: npm run generate -- --help\n`);
  });

  it('exits 2 for --out FILE and --data FILE, leaving the file as it was', async () => {
    const file = join(await tempDir(), 'out.txt');
    await writeFile(file, 'mine');
    for (const option of ['--out', '--data']) {
      const result = await generate([option, file, '--country', 'Peru']);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`generate: ${option}: ${file} is a file, not a folder\nTry: npm run generate -- --help\n`);
    }
    expect(await readFile(file, 'utf8')).toBe('mine');
  });

  it('checks SOURCE_DATE_EPOCH once, before building anything', async () => {
    const out = await tempDir();
    const result = await generate(['--out', out, '--country', 'Peru', '--country', 'Chile', '--format', 'pdf'], { SOURCE_DATE_EPOCH: 'yesterday' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('generate: SOURCE_DATE_EPOCH must be whole seconds since 1970, not "yesterday"\nTry: npm run generate -- --help\n');
    expect(await listFiles(out)).toEqual([]);
  });
});

describe('npm run generate: outputs', () => {
  it('rebuilds when SOURCE_DATE_EPOCH changes, and prunes outputs deleted by hand from the manifest', async () => {
    const out = await tempDir();
    const first = await generate(['--out', out, '--country', 'Peru', '--country', 'Chile', '--format', 'pdf'], { SOURCE_DATE_EPOCH: '1700000000' });
    expect(first.stdout).toMatch(/2 built, 0 skipped/);
    const pdf = await readFile(join(out, '2025', 'peru.pdf'), 'latin1');
    await rm(join(out, '2025', 'chile.pdf'));

    // the same inputs but the date: rebuilt, with the new date in it
    const second = await generate(['--out', out, '--country', 'Peru', '--format', 'pdf'], { SOURCE_DATE_EPOCH: '1800000000' });
    expect(second.stdout).toMatch(/1 built, 0 skipped/);
    expect(await readFile(join(out, '2025', 'peru.pdf'), 'latin1')).not.toBe(pdf);
    expect(second.stderr).toContain(`generate: 1 output on record in ${join(out, '.manifest.json')} no longer exists: dropped from the record`);
    const manifest = JSON.parse(await readFile(join(out, '.manifest.json'), 'utf8'));
    expect(Object.keys(manifest.outputs).filter((f) => f.endsWith('.pdf'))).toEqual(['2025/peru.pdf']);
    for (const [file, entry] of Object.entries<{ sha256: string }>(manifest.outputs)) {
      expect(
        createHash('sha256')
          .update(await readFile(join(out, file)))
          .digest('hex'),
        file,
      ).toBe(entry.sha256);
    }
  });

  it('never writes through a symbolic link: out/2025 linked elsewhere is refused, nothing built', async () => {
    const out = await tempDir();
    const elsewhere = await tempDir();
    await writeFile(join(elsewhere, 'peru.pdf'), "somebody else's file");
    await symlink(elsewhere, join(out, '2025'));
    const result = await generate(['--out', out, '--country', 'Peru', '--format', 'pdf']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`generate: cannot write ${join(out, '2025')}: it is a symbolic link (to ${elsewhere}), and nothing is written through one: remove the link, or make it a real folder\n`);
    expect(await readFile(join(elsewhere, 'peru.pdf'), 'utf8')).toBe("somebody else's file");
    expect(await readdir(elsewhere)).toEqual(['peru.pdf']);
  });

  it('deletes only its own temporary files, only in the folders it writes (--out . in a project)', async () => {
    const out = await tempDir();
    const dead = 2147483646;
    const strangers = ['.git/.index.tmp', '.git/objects/.pack.tmp', 'node_modules/.cache/.x.tmp', '.notes.tmp', '2025/.draft.tmp', `.git/.x.pdf.ocindex-${dead}-1.tmp`];
    for (const file of strangers) {
      await mkdir(join(out, file, '..'), { recursive: true });
      await writeFile(join(out, file), "not generate's");
    }
    const ours = `2025/.peru.pdf.ocindex-${dead}-9.tmp`;
    await writeFile(join(out, ours), "a killed run's");
    const result = await generate(['--out', out, '--country', 'Peru', '--format', 'pdf']);
    expect(result.code).toBe(0);
    const files = await listFiles(out);
    for (const file of strangers) expect(files, file).toContain(file);
    expect(files).not.toContain(ours);
  });

  it('takes over an empty lock (a run that started on a full disk) at once, and says so', async () => {
    const out = await tempDir();
    await writeFile(join(out, '.lock'), '');
    const started = Date.now();
    const result = await generate(['--out', out, '--country', 'Peru', '--format', 'svg']);
    expect(result.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(result.stderr).toContain(`generate: took over the lock ${join(out, '.lock')}: it names no run (it is empty)`);
    expect(await listFiles(out)).not.toContain('.lock');
  });
});

describe('npm run generate: interrupted', () => {
  /**
   * Starts a run of 8 countries on 2 workers in a process group of its own (through tsx's own
   * command, which passes signals on to the Node process: a Ctrl-C then arrives twice), sends
   * `signals` to the whole group once the first brief is written, and waits for the end.
   */
  async function interrupt(out: string, signals: NodeJS.Signals[], gapMs = 0): Promise<CliResult> {
    const countries = ['Peru', 'Chile', 'Bolivia', 'Ecuador', 'Colombia', 'Brazil', 'Argentina', 'Uruguay'];
    const args = ['--out', out, ...countries.flatMap((c) => ['--country', c]), '--format', 'pdf', '--jobs', '2'];
    const child = spawn('node_modules/.bin/tsx', ['src/cli/generate.ts', ...args], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const files = await listFiles(out).catch(() => []);
      if (files.some((f) => f.endsWith('.pdf')) || child.exitCode !== null) break;
    }
    for (const signal of signals) {
      try {
        process.kill(-child.pid!, signal);
      } catch (error) {
        // The run may have finished what was in progress, and ended, before a later signal.
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
    return { code: await closed, stdout, stderr };
  }

  /** What every interrupted run must leave: no lock, no temporary file, every brief on disk complete and on record. */
  async function expectClean(out: string, result: CliResult): Promise<void> {
    expect(result.stdout).toMatch(/^2025: 8 countries: \d+ built, 0 skipped as unchanged, 0 failed, \d+ left for the next run; 0 warnings; [\d.]+ s, peak memory \d+ MB \(interrupted\)/);
    expect(result.stderr).not.toMatch(CRASH);
    const files = await listFiles(out);
    expect(files).not.toContain('.lock');
    expect(files.filter((f) => f.includes('.ocindex-'))).toEqual([]);
    const manifest = JSON.parse(await readFile(join(out, '.manifest.json'), 'utf8'));
    const briefs = files.filter((f) => f.endsWith('.pdf'));
    expect(Object.keys(manifest.outputs).sort()).toEqual(briefs);
    for (const brief of briefs) {
      expect(
        createHash('sha256')
          .update(await readFile(join(out, brief)))
          .digest('hex'),
        brief,
      ).toBe(manifest.outputs[brief].sha256);
    }
    const built = Number(/: 8 countries: (\d+) built/.exec(result.stdout)![1]);
    expect(briefs).toHaveLength(built);
  }

  it('on one Ctrl-C to the process group (delivered twice, by the group and by tsx): finishes the briefs in progress, exits 130', async () => {
    const out = await tempDir();
    const result = await interrupt(out, ['SIGINT']);
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('stopping: no new country is started; those in progress finish');
    expect(result.stderr).not.toContain('stopping now');
    await expectClean(out, result);
  });

  it('on Ctrl-C pressed twice: drops the briefs in progress, still records and reports, exits 130', async () => {
    const out = await tempDir();
    const result = await interrupt(out, ['SIGINT', 'SIGINT'], 400);
    expect(result.code).toBe(130);
    // On a fast machine the briefs in progress can finish, and the run end, before the second press.
    expect(result.stderr).toMatch(/stopping now: the countries in progress are dropped|stopping: no new country is started/);
    await expectClean(out, result);
  });

  it('on SIGTERM: the same, exiting 143', async () => {
    const out = await tempDir();
    const result = await interrupt(out, ['SIGTERM']);
    expect(result.code).toBe(143);
    await expectClean(out, result);
  });
});

describe('npm run generate: data the importer accepts, and data filed wrongly', () => {
  it('builds a brief from the largest profile the importer accepts (100 paragraphs of 5,000 characters) under a 512 MB heap', async () => {
    const data = await tempDir();
    const out = await tempDir();
    await cp('data', data, { recursive: true });
    const file = join(data, 'profiles', '2023', 'peru.json');
    const profile = JSON.parse(await readFile(file, 'utf8'));
    profile.paragraphs = Array.from({ length: 100 }, (_, n) => {
      const p = profile.paragraphs[n % profile.paragraphs.length];
      return { ...p, text: `${p.text} `.repeat(10).slice(0, 5000).trim() };
    });
    await writeFile(file, JSON.stringify(profile));
    const result = await runCliCapped('generate', ['--data', data, '--out', out, '--country', 'Peru', '--edition', '2023', '--format', 'pdf', '--jobs', '1'], {}, 120_000);
    expect(result.stderr).not.toMatch(CRASH);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 built/);
    expect((await stat(join(out, '2023', 'peru.pdf'))).size).toBeGreaterThan(100_000);
    expect(result.peakMb).toBeLessThan(700);
  });

  it("refuses Peru's profile filed as Colombia's: nothing is built, so Colombia never prints Peru's narrative", async () => {
    const data = await tempDir();
    const out = await tempDir();
    await cp('data', data, { recursive: true });
    const file = join(data, 'profiles', '2023', 'peru.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"iso3": "PER"', '"iso3": "COL"'));
    const result = await generate(['--data', data, '--out', out, '--country', 'Colombia', '--edition', '2023', '--format', 'pdf']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `generate: nothing built: the data is not valid.\n${file}: 1 problem\n  iso3: "COL" is Colombia, whose profile is colombia.json, not peru.json: a profile is filed under its own country\n`,
    );
    expect(await snapshotTree(out)).toEqual({});
  });
});
