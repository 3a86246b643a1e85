/**
 * The installable command: `ocindex-briefs` as npm installs it from the packed tarball, run from
 * a folder that has nothing of the project, and the help of every command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../load/workbookFixtures.js';
import { runCli } from './runCli.js';

describe('ocindex-briefs', () => {
  it.each([[['--help']], [['generate', '--help']], [['import', '--help']], [['bench', '--help']]])('explains itself: %j', async (args) => {
    const result = await runCli('main', args);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage/);
    expect(result.stderr).toBe('');
  });

  it('starts node with the V8 flags the worker threads are tuned for, in every npm script that builds and in the installed command', async () => {
    const { V8_FLAGS } = await import('../../src/cli/runPool.js');
    const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
    const shebang = (await readFile('src/cli/main.ts', 'utf8')).split('\n')[0]!;
    for (const command of [scripts.generate!, scripts.regenerate!, scripts.bench!, shebang]) {
      expect(command).toContain(`node ${V8_FLAGS.join(' ')} `.trimEnd());
    }
  });

  it('refuses an unknown command with exit status 2', async () => {
    const result = await runCli('main', ['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
  });

  // Slow: npm pack builds dist/ (prepare), npm installs the dependencies into an empty prefix.
  it('installs from the npm pack tarball and writes Peru from any folder, with the data it ships', { timeout: 600_000 }, async () => {
    const work = await tempDir();
    const npm = (args: string[], cwd?: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });

    try {
      const pack = npm(['pack', '--pack-destination', work]);
      expect(pack.status, pack.stderr).toBe(0);
      const tarball = (await readdir(work)).find((name) => name.endsWith('.tgz'));
      expect(tarball).toBeDefined();

      const prefix = join(work, 'prefix');
      const install = npm(['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(work, tarball!)], work);
      expect(install.status, install.stderr).toBe(0);

      const out = join(work, 'briefs');
      const run = spawnSync(join(prefix, 'bin', 'ocindex-briefs'), ['generate', '--country', 'Peru', '--out', out], { cwd: work, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/2025: 1 country: 1 built/);
      expect((await readdir(join(out, '2025'))).sort()).toEqual(['ocindex-2025-all-countries.xlsx', 'peru.pdf', 'peru.xlsx']);
      // its two worker threads (Peru, the all-countries workbook) ran the bundle the package ships
      expect(existsSync(join(prefix, 'lib', 'node_modules', 'ocindex-briefs', 'dist', 'cli', 'generateWorker.bundle.js'))).toBe(true);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
