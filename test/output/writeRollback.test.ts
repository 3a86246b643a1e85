/**
 * Issue 12: an import writes several files all or nothing. When a file cannot be renamed into
 * place after others were (a full disk, a folder appearing where the file goes), the files
 * already replaced get their old content back and no file of ours is left behind.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const failing = vi.hoisted(() => ({ path: undefined as string | undefined, code: 'ENOSPC' }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (failing.path !== undefined && to === failing.path) throw Object.assign(new Error(`${failing.code}: rename`), { code: failing.code });
      return actual.rename(from, to);
    },
  };
});

const { writeAtomically } = await import('../../src/output/writeAtomically.js');
const { WriteError } = await import('../../src/errors.js');
const { tempDir } = await import('../load/workbookFixtures.js');

afterEach(() => {
  failing.path = undefined;
});

describe('writeAtomically, when a rename fails half-way', () => {
  it('puts back the files already replaced and leaves no temporary or backup file', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'editions'));
    for (const year of ['2021', '2023', '2025']) await writeFile(join(dir, 'editions', `${year}.json`), `old ${year}`);
    failing.path = join(dir, 'editions', '2025.json');
    const attempt = writeAtomically(
      ['2021', '2023', '2025'].map((year) => ({ path: join(dir, 'editions', `${year}.json`), bytes: `new ${year}` })),
      { within: dir },
    );
    await expect(attempt).rejects.toThrow(WriteError);
    await expect(attempt).rejects.toThrow(`cannot write ${failing.path}: no space left on the device (ENOSPC)`);
    for (const year of ['2021', '2023', '2025']) expect(await readFile(join(dir, 'editions', `${year}.json`), 'utf8')).toBe(`old ${year}`);
    expect((await readdir(join(dir, 'editions'))).sort()).toEqual(['2021.json', '2023.json', '2025.json']);
  });

  it('removes the new files that had no old version', async () => {
    const dir = await tempDir();
    failing.path = join(dir, 'editions', '2023.json');
    await expect(
      writeAtomically(
        ['2021', '2023'].map((year) => ({ path: join(dir, 'editions', `${year}.json`), bytes: `new ${year}` })),
        { within: dir },
      ),
    ).rejects.toThrow(WriteError);
    expect(await readdir(join(dir, 'editions'))).toEqual([]);
  });
});
