/**
 * The command line of `npm run generate` → GenerateOptions, or a UsageError (exit 2).
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { COUNTRIES, findCountry, nameKey } from '../index/countries.js';
import { allScopes, type ScopeKind } from '../model/buildScopeBrief.js';
import { UsageError } from '../errors.js';
import { FORMATS, type Format, type Paper } from '../outputPaths.js';
import { isLang, LANGS, type Lang } from '../present/locale.js';

export interface GenerateOptions {
  readonly dataDir: string;
  readonly outDir: string;
  /** undefined: the latest edition in the data. */
  readonly edition: number | undefined;
  /** ISO3 codes. With no country and no scope chosen, a run builds every country and every scope. */
  readonly countries: readonly string[];
  /** Regions, continents and the world chosen by --region, --continent, --world. */
  readonly scopes: readonly { readonly kind: ScopeKind; readonly name: string }[];
  /** --no-scopes: a full run without the regional, continental and world briefs. */
  readonly noScopes: boolean;
  readonly formats: readonly Format[];
  readonly paper: Paper;
  /** In the order given, each once; English by default. */
  readonly langs: readonly Lang[];
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

Builds the PDF briefs and Excel workbooks of the Global Organized Crime Index: one per
country, region and continent, one for the world, and the all-countries workbook. With no
--country, --region, --continent or --world, a run builds them all; with any, only those.

Options:
  --data DIR          the Index data to read (default: data)
  --out DIR           where to write (default: out); files go to DIR/<edition>/
  --edition YEAR      the edition to build (default: the latest in the data)
  --country NAME      a country by name or ISO3 code; repeat for several
  --region NAME       a region, such as "South America"; repeat for several
  --continent NAME    a continent: Africa, Americas, Asia, Europe or Oceania; repeat for several
  --world             the world brief
  --no-scopes         with no selection, build the countries but no region, continent or world
  --format LIST       any of pdf,xlsx,svg, comma-separated (default: pdf,xlsx)
                        pdf   DIR/<edition>/<country>.pdf, regions/<region>.pdf,
                              continents/<continent>.pdf, world.pdf
                        xlsx  the same as .xlsx, and the all-countries workbook
                        svg   DIR/<edition>/charts/[regions/|continents/]<name>/<chart>.svg
  --paper a4|letter   the page size of the PDF brief and of the workbooks' print setup (default: a4)
  --lang en|es|fr     the language of the briefs and workbooks; repeat for several (default: en);
                      Spanish and French files go to DIR/<edition>/es/ and DIR/<edition>/fr/
  --jobs N            worker threads (default: one per core)
  --shard I/N         build only the I-th of N slices of the countries and of the regions,
                      continents and world (e.g. 2/4), for spreading a regeneration over
                      machines; slice 1 also builds the all-countries workbook
  --force             rebuild every output, even those whose inputs did not change
  --wait SECONDS      how long to wait for another run using the same --out (default: 600)
  --verbose           print stack traces with errors
  --help              this text

Unchanged outputs are skipped (out/.manifest.json records what each was built from).
Every run rewrites DIR/index.html, the page that lists and links every output.
Exit status: 0 success, 1 a data problem or a country failed, 2 a wrong command line,
130 stopped by Ctrl-C (143 by SIGTERM): a first Ctrl-C lets the countries in progress finish.
`;

function positiveInt(name: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${name}: expected a whole number of at least 1, got "${text}"`);
  return Number(text);
}

/** The command line as node's parser reads it; throws on an unknown option. */
function parseGenerateOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: false,
    options: {
      data: { type: 'string', default: 'data' },
      out: { type: 'string', default: 'out' },
      edition: { type: 'string' },
      country: { type: 'string', multiple: true, default: [] },
      region: { type: 'string', multiple: true, default: [] },
      continent: { type: 'string', multiple: true, default: [] },
      world: { type: 'boolean', default: false },
      'no-scopes': { type: 'boolean', default: false },
      format: { type: 'string', default: 'pdf,xlsx' },
      paper: { type: 'string', default: 'a4' },
      lang: { type: 'string', multiple: true, default: [] },
      jobs: { type: 'string' },
      shard: { type: 'string' },
      force: { type: 'boolean', default: false },
      wait: { type: 'string', default: '600' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

export function parseGenerateArgs(argv: readonly string[]): GenerateOptions {
  let parsed: ReturnType<typeof parseGenerateOptions>;
  try {
    parsed = parseGenerateOptions(argv);
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

  const scopes: { kind: ScopeKind; name: string }[] = [];
  const choose = (kind: 'region' | 'continent', given: readonly string[]) => {
    const known = allScopes().filter((scope) => scope.kind === kind);
    for (const name of given) {
      // "Central & Eastern Europe", "central-eastern-europe" (its file name) or "Central and Eastern Europe"
      const scope = known.find((k) => [nameKey(k.name), nameKey(k.name.replace(/&/g, 'and'))].includes(nameKey(name)));
      if (!scope) throw new UsageError(`--${kind}: unknown ${kind} "${name}" (one of: ${known.map((k) => k.name).join(', ')})`);
      if (!scopes.some((s) => s.kind === kind && s.name === scope.name)) scopes.push(scope);
    }
  };
  choose('continent', values.continent);
  choose('region', values.region);
  if (values.world) scopes.push({ kind: 'world', name: 'World' });
  if (values['no-scopes'] && (scopes.length > 0 || countries.length > 0)) {
    throw new UsageError('--no-scopes: only for a full run; with --country, --region, --continent or --world only those are built');
  }

  const formats = values.format
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  for (const format of formats) {
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: unknown format "${format}" (pdf, xlsx, svg)`);
  }
  if (formats.length === 0) throw new UsageError('--format: give at least one of pdf, xlsx, svg');

  const paper = values.paper.toLowerCase();
  if (paper !== 'a4' && paper !== 'letter') throw new UsageError(`--paper: expected a4 or letter, got "${values.paper}"`);

  const langs: Lang[] = [];
  for (const given of values.lang) {
    const lang = given.trim().toLowerCase();
    if (!isLang(lang)) throw new UsageError(`--lang: expected one of ${LANGS.join(', ')}, got "${given}"`);
    if (!langs.includes(lang)) langs.push(lang);
  }

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
    scopes,
    noScopes: values['no-scopes'],
    formats: FORMATS.filter((f) => formats.includes(f)),
    paper,
    langs: langs.length > 0 ? langs : ['en'],
    jobs: values.jobs === undefined ? availableParallelism() : positiveInt('--jobs', values.jobs),
    shard,
    force: values.force,
    verbose: values.verbose,
    wait: Number(values.wait),
    help: values.help,
  };
}

/**
 * What a run builds before sharding: with no --country, --region, --continent or --world, every
 * country and (unless --no-scopes) every region, continent and the world; otherwise only those.
 */
export function chosenWork(options: Pick<GenerateOptions, 'countries' | 'scopes' | 'noScopes'>): {
  countries: string[];
  scopes: { kind: ScopeKind; name: string }[];
} {
  const selecting = options.countries.length > 0 || options.scopes.length > 0;
  if (selecting) return { countries: [...options.countries].sort(), scopes: [...options.scopes] };
  return { countries: COUNTRIES.map((c) => c.iso3).sort(), scopes: options.noScopes ? [] : allScopes() };
}

/** The countries of shard I of N: every N-th country in ISO3 order, starting at the I-th. */
export function shardOf<T>(items: readonly T[], shard: GenerateOptions['shard']): T[] {
  if (!shard) return [...items];
  return items.filter((_, n) => n % shard.count === shard.index - 1);
}
