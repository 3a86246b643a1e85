/**
 * One run at a time per output folder. The lock is the file `.lock` holding the owner's pid,
 * created whole: the pid is written to a temporary file that is then linked to `.lock`, which
 * fails if `.lock` exists, so no run ever sees a lock without its pid.
 *
 * A lock is stale when its owner is unknown (an empty or unreadable lock, left by a run that
 * could not write it, say on a full disk), is no longer running (a run killed with -9), or is
 * another program that got its pid. A stale lock is taken over, and the caller is told so.
 */
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describeErrno, WriteError } from '../errors.js';
import { commandLineOf, isProcessAlive } from './processAlive.js';
import { ensureFolder, temporaryName } from './writeAtomically.js';

export class LockedError extends Error {
  override name = 'LockedError';
}

export interface LockOptions {
  /** Told when a stale lock is taken over: one line saying whose it was. */
  readonly onNotice?: (line: string) => void;
  /** Stops waiting (Ctrl-C while another run holds the folder). */
  readonly signal?: AbortSignal;
}

/** The locks this process holds, by absolute path. */
const held = new Set<string>();

/** Why the lock at `file` holding `content` is stale, or undefined when its owner is running. */
function staleness(file: string, content: string): string | undefined {
  const owner = /^(\d+)\s*$/.exec(content)?.[1];
  if (owner === undefined) return content.trim() === '' ? 'it names no run (it is empty)' : 'it names no run (it holds no pid)';
  const pid = Number(owner);
  if (pid === process.pid) return held.has(resolve(file)) ? undefined : `its pid ${pid} is this run's own, so the run that wrote it is gone`;
  if (!isProcessAlive(pid)) return `it was left by run ${pid}, which is no longer running`;
  // A pid reused by a program that is no Node process cannot be a generate run.
  const command = commandLineOf(pid);
  if (command !== undefined && !/node|tsx|generate|ocindex/i.test(command)) return `its pid ${pid} now belongs to another program (${command.slice(0, 40)})`;
  return undefined;
}

async function tryLock(file: string): Promise<boolean> {
  const temp = temporaryName(file);
  try {
    await writeFile(temp, `${process.pid}\n`, { flag: 'wx' });
  } catch (error) {
    await rm(temp, { force: true });
    throw new WriteError(file, `cannot take the lock: ${describeErrno(error)}`, { cause: error });
  }
  try {
    await link(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new WriteError(file, `cannot take the lock: ${describeErrno(error)}`, { cause: error });
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * Moves a stale lock aside, but only if it is still the one judged stale: a run that took it
 * over in the meantime keeps its own. True when the lock was removed.
 */
async function takeOver(file: string, judged: string): Promise<boolean> {
  const aside = temporaryName(file, 'bak');
  try {
    await rename(file, aside);
  } catch {
    return false; // gone already: another run took it over
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  if (moved !== judged) {
    await link(aside, file).catch(() => {}); // another run's fresh lock: put it back
    await rm(aside, { force: true });
    return false;
  }
  await rm(aside, { force: true });
  return true;
}

/**
 * Takes the lock of `outDir`, waiting up to `waitMs` for another run to finish. Returns the
 * function that releases it. Throws LockedError if the folder stays locked.
 */
export async function lockOutput(outDir: string, waitMs: number, options: LockOptions = {}): Promise<() => Promise<void>> {
  await ensureFolder(outDir, undefined);
  const file = join(outDir, '.lock');
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await tryLock(file)) {
      held.add(resolve(file));
      return async () => {
        held.delete(resolve(file));
        // never remove a lock that is no longer ours
        const content = await readFile(file, 'utf8').catch(() => '');
        if (content.trim() === String(process.pid)) await rm(file, { force: true });
      };
    }
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // released between the two steps
      throw new WriteError(file, `cannot read the lock: ${describeErrno(error)}`, { cause: error });
    }
    const stale = staleness(file, content);
    if (stale !== undefined && (await takeOver(file, content))) {
      options.onNotice?.(`took over the lock ${file}: ${stale}`);
      continue;
    }
    if (options.signal?.aborted) throw new LockedError(`stopped while waiting for ${outDir}, which another generate run holds (pid ${content.trim()})`);
    if (Date.now() >= deadline) {
      throw new LockedError(
        stale === undefined
          ? `${outDir} is in use by another generate run (pid ${content.trim()}); wait for it to finish, or remove ${file} if no such run exists`
          : `${file} is stale (${stale}) but could not be removed: remove it by hand`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
