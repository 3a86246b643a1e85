/**
 * The few error classes of the pipeline. Each carries where it happened; the CLI prints the
 * message (and the cause chain with --verbose) and picks the exit code from the class.
 */

/** One thing wrong with an input, located as precisely as the input allows. */
export interface Problem {
  /** Where in the file: "sheet 2023_dataset, row 14 (Peru), column K \"Cocaine trade\"". */
  readonly at: string;
  readonly message: string;
}

/** How many problems an error keeps and prints; the rest are counted ("… and 1,203 more"). */
export const PROBLEMS_SHOWN = 50;

/**
 * A list of problems that keeps the first PROBLEMS_SHOWN and counts the rest, so that an input
 * with 200,000 bad rows costs no more memory, and prints no more lines, than one with 50.
 */
export class Problems {
  readonly kept: Problem[] = [];
  /** Every problem pushed, kept or not. */
  length = 0;

  push(...problems: Problem[]): void {
    for (const problem of problems) {
      if (this.kept.length < PROBLEMS_SHOWN) this.kept.push(problem);
      this.length++;
    }
  }
}

/** One line of a problem: newlines inside a value must not start lines of their own. */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');

/** Input that cannot be used. Lists every problem found, not only the first (up to PROBLEMS_SHOWN, then a count). */
export class DataError extends Error {
  readonly problems: readonly Problem[];
  /** Every problem found, including those not kept. */
  readonly count: number;

  constructor(
    readonly file: string,
    problems: readonly Problem[] | Problems,
  ) {
    const all = problems instanceof Problems ? problems.kept : problems;
    const count = problems.length;
    const shown = all.slice(0, PROBLEMS_SHOWN);
    const lines = shown.map((p) => `  ${p.at ? `${oneLine(p.at)}: ` : ''}${oneLine(p.message)}`);
    if (count > shown.length) lines.push(`  … and ${(count - shown.length).toLocaleString('en-GB')} more`);
    super(`${file}: ${count === 1 ? '1 problem' : `${count.toLocaleString('en-GB')} problems`}\n${lines.join('\n')}`);
    this.name = 'DataError';
    this.problems = shown;
    this.count = count;
  }
}

/** A wrong command line: the CLI exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * A file or folder could not be written (read-only folder, full disk, a file where a folder must
 * be, a symbolic link where a real folder must be). The message is one line, naming the path.
 */
export class WriteError extends Error {
  override name = 'WriteError';
  constructor(
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot write ${path}: ${message}`, options);
  }
}

/** A stage failed for one country (chart, PDF, workbook); others go on. */
export class BuildError extends Error {
  override name = 'BuildError';
  constructor(
    readonly stage: string,
    readonly country: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${country}: ${stage}: ${message}`, options);
  }
}

/** Node's error codes for file-system failures, in words. */
const ERRNO_WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large for the file system or the process limit',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder stands where a file must go',
  ELOOP: 'a loop of symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  EBUSY: 'busy',
  EEXIST: 'already exists',
  EXDEV: 'on another file system',
};

/** A file-system error → "permission denied (EACCES)"; anything else → its message. */
export function describeErrno(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && ERRNO_WORDS[code]) return `${ERRNO_WORDS[code]} (${code})`;
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}
