/**
 * The one way outputs reach the disk: each file is written whole to a temporary name in its
 * own folder, then renamed over the old one. A rename within a folder is atomic, so a reader
 * (or a run killed half-way) sees the old file or the new one, never half of either.
 */
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface OutputFile {
  readonly path: string;
  readonly bytes: Uint8Array | string;
}

let staging = 0;

/** Hidden, and unique per process and write, so concurrent writers never share one. */
function temporaryName(path: string): string {
  staging++;
  return join(dirname(path), `.${basename(path)}.${process.pid}-${staging}.tmp`);
}

async function writeDurably(path: string, bytes: Uint8Array | string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes every file or none: all are staged first; only when every one is staged are they
 * renamed into place. A failure while staging removes the staged files and leaves the old ones.
 */
export async function writeAtomically(files: readonly OutputFile[]): Promise<void> {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temp = temporaryName(file.path);
      staged.push({ temp, path: file.path });
      await writeDurably(temp, file.bytes);
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, path } of staged) await rename(temp, path);
}
