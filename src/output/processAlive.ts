/**
 * Whether a process id names a running process: for the lock's owner, and for the temporary
 * files a run left behind (a file whose run is still going is never removed).
 */
import { readFileSync } from 'node:fs';

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The command line of a process, where the system shows it (Linux's /proc); undefined elsewhere.
 * A lock whose pid now belongs to another program (pids are reused, in containers very soon) is
 * told apart by it.
 */
export function commandLineOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return undefined;
  }
}
