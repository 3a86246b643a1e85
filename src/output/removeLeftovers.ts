/**
 * What a killed run left behind → removed: only this program's own temporary and backup files
 * (".peru.pdf.ocindex-4711-3.tmp", see writeAtomically), only for the kinds of file it writes,
 * only those of a process that is no longer running (or of this one, before it writes), and only
 * in the folders given: the folders the run writes, never the folders below them.
 */
import type { Dirent } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessAlive } from './processAlive.js';
import { OWN_TEMPORARY } from './writeAtomically.js';

/** The files this program writes, which its temporary files stand for. */
const OURS = /\.(pdf|xlsx|svg|json|html)$|^\.lock$/;

/** Removes our leftovers from each of `dirs`; returns how many files it removed. */
export async function removeLeftovers(dirs: Iterable<string>, options: { includeOwn?: boolean } = {}): Promise<number> {
  let removed = 0;
  for (const dir of new Set(dirs)) {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue; // a folder not made yet has nothing to clean
    }
    for (const entry of entries) {
      const match = OWN_TEMPORARY.exec(entry.name);
      if (!match || !entry.isFile() || !OURS.test(match[1]!)) continue;
      const pid = Number(match[2]);
      const own = pid === process.pid;
      if (own ? !options.includeOwn : isProcessAlive(pid)) continue;
      await rm(join(dir, entry.name), { force: true }).catch(() => {});
      removed++;
    }
  }
  return removed;
}
