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

/** Input that cannot be used. Lists every problem found, not only the first. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly Problem[],
  ) {
    const lines = problems.map((p) => `  ${p.at ? `${p.at}: ` : ''}${p.message}`);
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`${file}: ${count}\n${lines.join('\n')}`);
    this.name = 'DataError';
  }
}

/** A wrong command line: the CLI exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
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
