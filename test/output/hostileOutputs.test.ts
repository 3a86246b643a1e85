/**
 * Issue 12: the output step touches only what is ours. It deletes only its own temporary files,
 * never writes through a symbolic link, takes over stale locks and says so, and keeps a manifest
 * that claims only outputs that exist.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteError } from '../../src/errors.js';
import { lockOutput, LockedError } from '../../src/output/lockOutput.js';
import { emptyManifest, pruneManifest, readManifest, sha256, writeManifest } from '../../src/output/manifest.js';
import { removeLeftovers } from '../../src/output/removeLeftovers.js';
import { writeAtomically } from '../../src/output/writeAtomically.js';
import { tempDir } from '../load/workbookFixtures.js';

/** A pid that is certainly not running: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('temporary files', () => {
  it('are named as ours, and removing leftovers removes only ours, of dead runs, in the folders given', async () => {
    const out = await tempDir();
    const dead = await deadPid();
    const files = {
      ours: `2025/.peru.pdf.ocindex-${dead}-3.tmp`,
      oursBackup: `2025/.peru.xlsx.ocindex-${dead}-4.bak`,
      live: `2025/.chile.pdf.ocindex-${process.pid === 1 ? 2 : 1}-1.tmp`, // pid 1 (or 2) is always running
      otherProgram: '2025/.download.tmp',
      editorSwap: '2025/.peru.pdf.swp.tmp',
      notOurKind: `2025/.notes.txt.ocindex-${dead}-5.tmp`,
      git: `.git/.index.ocindex-${dead}-6.tmp`,
      modules: `node_modules/.cache/.x.json.ocindex-${dead}-7.tmp`,
    };
    for (const file of Object.values(files)) {
      await mkdir(join(out, file, '..'), { recursive: true });
      await writeFile(join(out, file), 'x');
    }
    expect(await removeLeftovers([out, join(out, '2025')], { includeOwn: true })).toBe(2);
    const left = [...(await readdir(join(out, '2025'))), ...(await readdir(join(out, '.git'))), ...(await readdir(join(out, 'node_modules/.cache')))];
    expect(left.sort()).toEqual([files.live, files.otherProgram, files.editorSwap, files.notOurKind, files.git, files.modules].map((f) => f.split('/').at(-1)!).sort());
  });

  it('are removed when a write fails, leaving what was there', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.pdf'), 'old a');
    await mkdir(join(dir, 'b.pdf')); // a folder where a file must go
    await expect(
      writeAtomically([
        { path: join(dir, 'a.pdf'), bytes: 'new a' },
        { path: join(dir, 'b.pdf'), bytes: 'new b' },
      ]),
    ).rejects.toThrow(`cannot write ${join(dir, 'b.pdf')}: a folder stands where the file must go`);
    expect(await readFile(join(dir, 'a.pdf'), 'utf8')).toBe('old a');
    expect((await readdir(dir)).sort()).toEqual(['a.pdf', 'b.pdf']);
  });
});

describe('symbolic links', () => {
  it('are never written through: a linked folder under the output folder is refused, naming it and its target', async () => {
    const out = await tempDir();
    const elsewhere = await tempDir();
    await writeFile(join(elsewhere, 'peru.pdf'), 'not ours');
    await symlink(elsewhere, join(out, '2023'));
    const attempt = writeAtomically([{ path: join(out, '2023', 'peru.pdf'), bytes: 'brief' }], { within: out });
    await expect(attempt).rejects.toThrow(WriteError);
    await expect(attempt).rejects.toThrow(`cannot write ${join(out, '2023')}: it is a symbolic link (to ${elsewhere}), and nothing is written through one: remove the link, or make it a real folder`);
    expect(await readFile(join(elsewhere, 'peru.pdf'), 'utf8')).toBe('not ours');
    expect(await readdir(elsewhere)).toEqual(['peru.pdf']);
  });

  it('replace a file that is a link, not its target', async () => {
    const out = await tempDir();
    const elsewhere = await tempDir();
    await writeFile(join(elsewhere, 'target.pdf'), 'not ours');
    await mkdir(join(out, '2023'));
    await symlink(join(elsewhere, 'target.pdf'), join(out, '2023', 'peru.pdf'));
    await writeAtomically([{ path: join(out, '2023', 'peru.pdf'), bytes: 'brief' }], { within: out });
    expect(await readFile(join(elsewhere, 'target.pdf'), 'utf8')).toBe('not ours');
    expect(await readFile(join(out, '2023', 'peru.pdf'), 'utf8')).toBe('brief');
  });
});

describe('stale locks', () => {
  it.each([
    ['empty (a full disk when its run started)', '', 'it names no run (it is empty)'],
    ['garbage', 'hello\n', 'it names no run (it holds no pid)'],
  ])('takes over a lock that is %s, and says so', async (_, content, reason) => {
    const out = await tempDir();
    await writeFile(join(out, '.lock'), content);
    const notices: string[] = [];
    const started = Date.now();
    const release = await lockOutput(out, 600_000, { onNotice: (line) => notices.push(line) });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(notices).toEqual([`took over the lock ${join(out, '.lock')}: ${reason}`]);
    expect(await readFile(join(out, '.lock'), 'utf8')).toBe(`${process.pid}\n`);
    await release();
    expect(await readdir(out)).toEqual([]);
  });

  it('takes over the lock of a run that is gone, naming it', async () => {
    const out = await tempDir();
    const dead = await deadPid();
    await writeFile(join(out, '.lock'), `${dead}\n`);
    const notices: string[] = [];
    await (await lockOutput(out, 0, { onNotice: (line) => notices.push(line) }))();
    expect(notices).toEqual([`took over the lock ${join(out, '.lock')}: it was left by run ${dead}, which is no longer running`]);
  });

  it('takes over a lock naming this very pid, which a run that died in a container leaves for the next', async () => {
    const out = await tempDir();
    await writeFile(join(out, '.lock'), `${process.pid}\n`);
    const notices: string[] = [];
    await (await lockOutput(out, 0, { onNotice: (line) => notices.push(line) }))();
    expect(notices[0]).toContain("this run's own");
  });

  it('does not spin on a lock it cannot read, and stops waiting when told', async () => {
    const out = await tempDir();
    await mkdir(join(out, '.lock'));
    await expect(lockOutput(out, 0)).rejects.toThrow(`cannot write ${join(out, '.lock')}: cannot read the lock: a folder stands where a file must go (EISDIR)`);

    const held = await tempDir();
    const release = await lockOutput(held, 0);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    await expect(lockOutput(held, 60_000, { signal: controller.signal })).rejects.toThrow(LockedError);
    await release();
  });

  it('never releases a lock that another run took over', async () => {
    const out = await tempDir();
    const release = await lockOutput(out, 0);
    await writeFile(join(out, '.lock'), '1\n');
    await release();
    expect(await readFile(join(out, '.lock'), 'utf8')).toBe('1\n');
  });
});

describe('the manifest', () => {
  it('is pruned of outputs whose files are gone', async () => {
    const out = await tempDir();
    await writeAtomically([{ path: join(out, '2025', 'peru.pdf'), bytes: 'pdf' }]);
    const manifest = emptyManifest();
    manifest.outputs['2025/peru.pdf'] = { inputs: 'k', sha256: sha256('pdf') };
    manifest.outputs['2025/chile.pdf'] = { inputs: 'k', sha256: sha256('deleted by hand') };
    expect(await pruneManifest(manifest, out)).toBe(1);
    expect(Object.keys(manifest.outputs)).toEqual(['2025/peru.pdf']);
  });

  it('naming paths outside the output folder is no manifest of ours: everything is rebuilt', async () => {
    const out = await tempDir();
    const manifest = emptyManifest();
    manifest.outputs['../../etc/passwd'] = { inputs: 'k', sha256: 'x' };
    await writeManifest(out, manifest);
    expect(await readManifest(out)).toEqual(emptyManifest());
  });
});
