/**
 * One run at a time per output folder. The lock is a file created exclusively (O_EXCL), holding
 * the owner's pid; a lock whose process is gone (a run killed with -9) is taken over.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export class LockedError extends Error {
  override name = 'LockedError';
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function tryLock(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx');
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the lock of `outDir`, waiting up to `waitMs` for another run to finish.
 * Returns the function that releases it. Throws LockedError if the folder stays locked.
 */
export async function lockOutput(outDir: string, waitMs: number): Promise<() => Promise<void>> {
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, '.lock');
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await tryLock(file)) return () => rm(file, { force: true });
    const owner = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(owner) && !alive(owner)) {
      await rm(file, { force: true }); // its run died without releasing it
      continue;
    }
    if (Date.now() >= deadline) {
      throw new LockedError(
        `${outDir} is in use by another generate run (pid ${Number.isInteger(owner) ? owner : 'unknown'}); wait for it to finish, or remove ${file} if no such run exists`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
