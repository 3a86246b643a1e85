/**
 * The one way outputs reach the disk: each file is written whole to a temporary name in its
 * own folder, then renamed over the old one. A rename within a folder is atomic, so a reader
 * (or a run killed half-way) sees the old file or the new one, never half of either.
 *
 * A set of files is written all or nothing: every file is staged first, then all are renamed
 * into place, and if one rename fails the files already replaced get their old content back.
 * Temporary and backup files carry this program's own mark (".peru.pdf.ocindex-4711-3.tmp"),
 * so that removing what a killed run left behind can never touch anything else.
 */
import { copyFile, link, lstat, mkdir, open, readlink, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { describeErrno, WriteError } from '../errors.js';

export interface OutputFile {
  readonly path: string;
  readonly bytes: Uint8Array | string;
}

export interface WriteOptions {
  /**
   * The folder the files are written under (the output or data folder). No folder below it on
   * the way to a file may be a symbolic link: a write never lands outside it.
   */
  readonly within?: string;
}

/** This program's temporary (.tmp) and backup (.bak) files: the name they stand for, the pid that made them. */
export const OWN_TEMPORARY = /^\.(.+)\.ocindex-(\d+)-(\d+)\.(tmp|bak)$/;

let staging = 0;

/** Hidden, marked as ours, and unique per process and write, so concurrent writers never share one. */
export function temporaryName(path: string, kind: 'tmp' | 'bak' = 'tmp'): string {
  staging++;
  return join(dirname(path), `.${basename(path)}.ocindex-${process.pid}-${staging}.${kind}`);
}

async function writeDurably(path: string, bytes: Uint8Array | string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function lstatOrUndefined(path: string) {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new WriteError(path, describeErrno(error), { cause: error });
  }
}

/**
 * Makes the folder `dir` (and those above it, up to `within`), refusing any that is a symbolic
 * link or a file. Without `within`, the folder is made as it is. With `create` false, only
 * checks the folders that exist.
 */
export async function ensureFolder(dir: string, within: string | undefined, create = true): Promise<void> {
  if (within === undefined) {
    if (!create) return;
    await mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw new WriteError(dir, describeErrno(error), { cause: error });
    });
    return;
  }
  const parts = relative(within, dir)
    .split(sep)
    .filter((p) => p !== '' && p !== '.');
  if (parts[0] === '..') throw new WriteError(dir, `outside ${within}`);
  let path = within;
  if (create) {
    await mkdir(within, { recursive: true }).catch((error: unknown) => {
      throw new WriteError(within, describeErrno(error), { cause: error });
    });
  }
  for (const part of parts) {
    path = join(path, part);
    const stats = await lstatOrUndefined(path);
    if (stats?.isSymbolicLink()) {
      const target = await readlink(path).catch(() => '?');
      throw new WriteError(path, `it is a symbolic link (to ${target}), and nothing is written through one: remove the link, or make it a real folder`);
    }
    if (stats && !stats.isDirectory()) throw new WriteError(path, 'a file stands where a folder must be');
    if (!stats) {
      if (!create) return;
      await mkdir(path).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new WriteError(path, describeErrno(error), { cause: error });
      });
    }
  }
}

interface Staged {
  readonly temp: string;
  readonly path: string;
  backup?: string;
  renamed?: boolean;
}

/** Keeps the file at `path` under a backup name (a second hard link, or a copy), for a rollback. */
async function keepOld(entry: Staged): Promise<void> {
  const stats = await lstatOrUndefined(entry.path);
  if (!stats) return;
  if (stats.isDirectory()) throw new WriteError(entry.path, 'a folder stands where the file must go');
  const backup = temporaryName(entry.path, 'bak');
  try {
    await link(entry.path, backup);
  } catch {
    await copyFile(entry.path, backup); // a file system without hard links
  }
  entry.backup = backup;
}

/** Puts back what was there before `staged` were renamed into place, and removes our files. */
async function rollBack(staged: readonly Staged[]): Promise<void> {
  for (const entry of staged) {
    try {
      if (entry.renamed) {
        if (entry.backup) await rename(entry.backup, entry.path);
        else await rm(entry.path, { force: true });
      }
    } catch {
      // nothing more can be done; the backup stays, under our own name
    }
  }
  await Promise.all(staged.flatMap((e) => [rm(e.temp, { force: true }), ...(e.backup && !e.renamed ? [rm(e.backup, { force: true })] : [])]));
}

/**
 * Writes every file or none: all are staged first; only when every one is staged are they
 * renamed into place; a failure while staging or renaming leaves the old files as they were.
 * Throws WriteError naming the path that failed.
 */
export async function writeAtomically(files: readonly OutputFile[], options: WriteOptions = {}): Promise<void> {
  const staged: Staged[] = [];
  try {
    for (const file of files) {
      await ensureFolder(dirname(file.path), options.within);
      const stats = await lstatOrUndefined(file.path);
      if (stats?.isDirectory()) throw new WriteError(file.path, 'a folder stands where the file must go');
      const entry: Staged = { temp: temporaryName(file.path), path: file.path };
      staged.push(entry);
      try {
        await writeDurably(entry.temp, file.bytes);
      } catch (error) {
        throw new WriteError(file.path, describeErrno(error), { cause: error });
      }
    }
    for (const entry of staged) {
      try {
        await keepOld(entry);
        await rename(entry.temp, entry.path);
        entry.renamed = true;
      } catch (error) {
        throw error instanceof WriteError ? error : new WriteError(entry.path, describeErrno(error), { cause: error });
      }
    }
  } catch (error) {
    await rollBack(staged);
    throw error;
  }
  await Promise.all(staged.map((e) => (e.backup ? rm(e.backup, { force: true }).catch(() => {}) : undefined)));
}
