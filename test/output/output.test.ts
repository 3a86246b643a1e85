import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockOutput, LockedError } from '../../src/output/lockOutput.js';
import { emptyManifest, fingerprint, hashTree, isUpToDate, readManifest, sha256, writeManifest } from '../../src/output/manifest.js';
import { writeAtomically } from '../../src/output/writeAtomically.js';
import { tempDir } from '../load/workbookFixtures.js';

describe('writeAtomically', () => {
  it('writes every file or none, keeping what was there', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.pdf'), 'old a');
    await writeFile(join(dir, 'blocker'), 'a file where a folder must go');
    const attempt = writeAtomically([
      { path: join(dir, 'a.pdf'), bytes: 'new a' },
      { path: join(dir, 'blocker', 'b.pdf'), bytes: 'new b' },
    ]);
    await expect(attempt).rejects.toThrow(/blocker/);
    expect(await readFile(join(dir, 'a.pdf'), 'utf8')).toBe('old a');
    expect((await readdir(dir)).sort()).toEqual(['a.pdf', 'blocker']); // no temporary file left
  });

  it('replaces files and creates folders', async () => {
    const dir = await tempDir();
    await writeAtomically([{ path: join(dir, '2023', 'peru.pdf'), bytes: new Uint8Array([1, 2, 3]) }]);
    expect([...(await readFile(join(dir, '2023', 'peru.pdf')))]).toEqual([1, 2, 3]);
  });
});

describe('the manifest', () => {
  it('fingerprints change with any part, and a template change shows in its tree hash', async () => {
    const templates = await tempDir();
    await mkdir(join(templates, 'charts'));
    await writeFile(join(templates, 'charts', 'markets.vl.json'), '{"mark": "bar"}');
    const before = await hashTree(templates);
    expect(await hashTree(templates)).toBe(before);
    await writeFile(join(templates, 'charts', 'markets.vl.json'), '{"mark": "point"}');
    const after = await hashTree(templates);
    expect(after).not.toBe(before);
    expect(fingerprint({ code: 'x', templates: before })).not.toBe(fingerprint({ code: 'x', templates: after }));
    expect(fingerprint({ a: '1', b: '2' })).toBe(fingerprint({ b: '2', a: '1' }));
  });

  it('knows an output is up to date only when its inputs and its bytes are the recorded ones', async () => {
    const out = await tempDir();
    await writeAtomically([{ path: join(out, '2023', 'peru.pdf'), bytes: 'pdf bytes' }]);
    const manifest = emptyManifest();
    manifest.outputs['2023/peru.pdf'] = { inputs: 'k1', sha256: sha256('pdf bytes') };
    await writeManifest(out, manifest);
    const read = await readManifest(out);
    expect(await isUpToDate(read, out, '2023/peru.pdf', 'k1')).toBe(true);
    expect(await isUpToDate(read, out, '2023/peru.pdf', 'k2')).toBe(false);
    expect(await isUpToDate(read, out, '2023/chile.pdf', 'k1')).toBe(false);
    await writeFile(join(out, '2023', 'peru.pdf'), 'truncat');
    expect(await isUpToDate(read, out, '2023/peru.pdf', 'k1')).toBe(false);
  });

  it('treats a damaged manifest as empty, so everything is rebuilt', async () => {
    const out = await tempDir();
    await writeFile(join(out, '.manifest.json'), '{"version": 1, "outputs": ');
    expect(await readManifest(out)).toEqual(emptyManifest());
  });
});

describe('lockOutput', () => {
  it('lets one run in at a time and says who holds the folder', async () => {
    const out = await tempDir();
    const release = await lockOutput(out, 0);
    const second = lockOutput(out, 300);
    await expect(second).rejects.toThrow(LockedError);
    await expect(second).rejects.toThrow(new RegExp(`in use by another generate run \\(pid ${process.pid}\\)`));
    await release();
    const again = await lockOutput(out, 0);
    await again();
  });

  it('takes over the lock of a run that died', async () => {
    const out = await tempDir();
    await writeFile(join(out, '.lock'), '2147483646\n'); // no such process
    const release = await lockOutput(out, 0);
    expect(await readFile(join(out, '.lock'), 'utf8')).toBe(`${process.pid}\n`);
    await release();
  });
});
