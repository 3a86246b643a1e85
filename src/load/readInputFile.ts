/**
 * A path from the command line → its bytes, or a DataError with one line saying why not: it is
 * not a regular file (a folder, a named pipe, a device such as /dev/zero, a socket), it is larger
 * than any real input of its kind, or it cannot be read. Nothing is read before the check, so a
 * named pipe cannot hang the import and /dev/zero cannot fill the memory.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { DataError, describeErrno } from '../errors.js';

export interface InputLimit {
  /** What the file should be, for messages: "a workbook", "a country page". */
  readonly what: string;
  readonly maxBytes: number;
  /** The size of a real one, for messages: "GI-TOC's is 0.3 MB". */
  readonly typical: string;
}

/** "12.3 MB", "512 KB", "17 bytes": sizes as the messages give them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/** What a path that is not a regular file is, in words. */
function kindOf(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Reads `file` whole if it is a regular file of at most `limit.maxBytes`. */
export async function readInputFile(file: string, limit: InputLimit): Promise<Buffer> {
  const refuse = (message: string) => new DataError(file, [{ at: '', message }]);
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a named pipe must not wait for a writer; it changes nothing for files.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw refuse(`cannot read: ${describeErrno(error)}`);
  }
  try {
    const stats = await handle.stat();
    const kind = kindOf(stats);
    if (kind) throw refuse(`${kind}, not a regular file: give the path of ${limit.what} file itself`);
    if (stats.size > limit.maxBytes) {
      throw refuse(`${formatSize(stats.size)}, more than the ${formatSize(limit.maxBytes)} ${limit.what} may have (${limit.typical}): refused unread`);
    }
    // One byte more than its size: a file that grows while it is read is refused, not cut.
    const buffer = Buffer.alloc(stats.size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > stats.size) throw refuse('changed while it was read (it grew): refused; read it again once it is complete');
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw refuse(`cannot read: ${describeErrno(error)}`);
  } finally {
    await handle.close().catch(() => {});
  }
}
