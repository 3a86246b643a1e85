/**
 * The command line of `npm run generate` → GenerateOptions, or a UsageError (exit 2).
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { findCountry } from '../index/countries.js';
import { UsageError } from '../errors.js';
import { FORMATS, type Format, type Paper } from '../outputPaths.js';

export interface GenerateOptions {
  readonly dataDir: string;
  readonly outDir: string;
  /** undefined: the latest edition in the data. */
  readonly edition: number | undefined;
  /** ISO3 codes; empty: every country. */
  readonly countries: readonly string[];
  readonly formats: readonly Format[];
  readonly paper: Paper;
  readonly jobs: number;
  /** 1-based slice I of N. */
  readonly shard: { readonly index: number; readonly count: number } | undefined;
  readonly force: boolean;
  readonly verbose: boolean;
  /** Seconds to wait for another run on the same output folder. */
  readonly wait: number;
  readonly help: boolean;
}

export const GENERATE_HELP = `Usage: npm run generate -- [options]

Builds the PDF country briefs and Excel workbooks of the Global Organized Crime Index.

Options:
  --data DIR          the Index data to read (default: data)
  --out DIR           where to write (default: out); files go to DIR/<edition>/
  --edition YEAR      the edition to build (default: the latest in the data)
  --country NAME      a country by name or ISO3 code; repeat for several (default: all 193)
  --format LIST       any of pdf,xlsx,svg, comma-separated (default: pdf,xlsx)
                        pdf   DIR/<edition>/<country>.pdf
                        xlsx  DIR/<edition>/<country>.xlsx and the all-countries workbook
                        svg   DIR/<edition>/charts/<country>/<chart>.svg
  --paper a4|letter   the page size of the PDF brief and of the workbooks' print setup (default: a4)
  --jobs N            worker threads (default: one per core)
  --shard I/N         build only the I-th of N slices of the countries (e.g. 2/4), for
                      spreading a regeneration over machines; slice 1 also builds the
                      all-countries workbook
  --force             rebuild every output, even those whose inputs did not change
  --wait SECONDS      how long to wait for another run using the same --out (default: 600)
  --verbose           print stack traces with errors
  --help              this text

Unchanged outputs are skipped (out/.manifest.json records what each was built from).
Exit status: 0 success, 1 a data problem or a country failed, 2 a wrong command line,
130 stopped by Ctrl-C (143 by SIGTERM): a first Ctrl-C lets the countries in progress finish.
`;

function positiveInt(name: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${name}: expected a whole number of at least 1, got "${text}"`);
  return Number(text);
}

export function parseGenerateArgs(argv: readonly string[]): GenerateOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      options: {
        data: { type: 'string', default: 'data' },
        out: { type: 'string', default: 'out' },
        edition: { type: 'string' },
        country: { type: 'string', multiple: true, default: [] },
        format: { type: 'string', default: 'pdf,xlsx' },
        paper: { type: 'string', default: 'a4' },
        jobs: { type: 'string' },
        shard: { type: 'string' },
        force: { type: 'boolean', default: false },
        wait: { type: 'string', default: '600' },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;

  let edition: number | undefined;
  if (values.edition !== undefined) {
    if (!/^\d{4}$/.test(values.edition)) throw new UsageError(`--edition: expected a year such as 2023, got "${values.edition}"`);
    edition = Number(values.edition);
  }

  const countries: string[] = [];
  for (const name of values.country) {
    const country = findCountry(name);
    if (!country) throw new UsageError(`--country: unknown country "${name}" (give a UN member state's name or ISO3 code)`);
    if (!countries.includes(country.iso3)) countries.push(country.iso3);
  }

  const formats = values.format.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  for (const format of formats) {
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: unknown format "${format}" (pdf, xlsx, svg)`);
  }
  if (formats.length === 0) throw new UsageError('--format: give at least one of pdf, xlsx, svg');

  const paper = values.paper.toLowerCase();
  if (paper !== 'a4' && paper !== 'letter') throw new UsageError(`--paper: expected a4 or letter, got "${values.paper}"`);

  let shard: GenerateOptions['shard'];
  if (values.shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(values.shard);
    const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
    if (!match || count < 1 || index < 1 || index > count) {
      throw new UsageError(`--shard: expected I/N with 1 ≤ I ≤ N, such as 2/4, got "${values.shard}"`);
    }
    shard = { index, count };
  }

  if (!/^\d+$/.test(values.wait)) throw new UsageError(`--wait: expected a number of seconds, got "${values.wait}"`);

  return {
    dataDir: values.data,
    outDir: values.out,
    edition,
    countries,
    formats: FORMATS.filter((f) => formats.includes(f)),
    paper,
    jobs: values.jobs === undefined ? availableParallelism() : positiveInt('--jobs', values.jobs),
    shard,
    force: values.force,
    verbose: values.verbose,
    wait: Number(values.wait),
    help: values.help,
  };
}

/** The countries of shard I of N: every N-th country in ISO3 order, starting at the I-th. */
export function shardOf<T>(items: readonly T[], shard: GenerateOptions['shard']): T[] {
  if (!shard) return [...items];
  return items.filter((_, n) => n % shard.count === shard.index - 1);
}
