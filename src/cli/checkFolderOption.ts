/**
 * A folder option of a command (`--out DIR`, `--data DIR`) → a UsageError, one line, when it
 * cannot be a folder: an empty name, a file, a path through a file. A folder that does not
 * exist yet is fine: it is made when something is written.
 */
import { stat } from 'node:fs/promises';
import { describeErrno, UsageError } from '../errors.js';

export async function checkFolderOption(option: string, path: string): Promise<void> {
  if (path.trim() === '') throw new UsageError(`${option}: give a folder, not an empty name`);
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    throw new UsageError(`${option}: ${path}: ${describeErrno(error)}`);
  }
  if (!isFolder) throw new UsageError(`${option}: ${path} is a file, not a folder`);
}
