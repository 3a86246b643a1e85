/**
 * npm run import -- workbook FILE [--data DIR]
 * npm run import -- page FILE --country NAME|ISO3 --edition YEAR [--data DIR]
 *
 * Turns GI-TOC's published files into the validated JSON the generator reads from data/.
 * Nothing is written unless the whole input is valid.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countrySlug, findCountry } from '../index/countries.js';
import { DataError, UsageError, WriteError } from '../errors.js';
import { buildProfile } from '../load/buildProfile.js';
import { cleanPageText } from '../load/cleanPageText.js';
import { decodePage, PAGE_LIMITS } from '../load/decodePage.js';
import { loadData } from '../load/loadData.js';
import { readInputFile } from '../load/readInputFile.js';
import { readWorkbook, WORKBOOK_LIMITS } from '../load/readWorkbook.js';
import { buildCountryBrief } from '../model/buildCountryBrief.js';
import { buildIndexModel } from '../model/buildIndexModel.js';
import { removeLeftovers } from '../output/removeLeftovers.js';
import { writeAtomically } from '../output/writeAtomically.js';
import { printable } from '../present/printable.js';
import { checkFolderOption } from './checkFolderOption.js';
import { watchSignals } from './watchSignals.js';

/**
 * Ctrl-C while importing: before the files are written, the import stops at once, having written
 * nothing; while they are written (milliseconds), it waits, so that the data folder holds the old
 * files or the new ones, never some of each.
 */
const interrupts = watchSignals((line) => console.error(`import: ${line}`));
let writing = false;
interrupts.onSignal(() => {
  if (writing) return;
  console.error('import: interrupted: nothing written');
  process.exit(interrupts.exitCode());
});

/** Writes `files` unless the import was interrupted before. */
async function writeUnlessInterrupted(files: Parameters<typeof writeAtomically>[0], dataDir: string): Promise<void> {
  if (interrupts.count() > 0) throw new Interrupted();
  writing = true;
  try {
    await writeAtomically(files, { within: dataDir });
  } finally {
    writing = false;
  }
}

class Interrupted extends Error {
  override message = 'interrupted: nothing written';
}

const HELP = `Usage:
  npm run import -- workbook FILE [--data DIR]
      Read GI-TOC's open-data workbook (a YYYY_dataset sheet per edition) and write
      DIR/editions/YYYY.json for each edition. DIR defaults to data/.
  npm run import -- page FILE --country NAME|ISO3 --edition YEAR [--data DIR]
      Read a country page's text (as copied from ocindex.net), check every score, change
      and rank line on it against the edition data in DIR, and write
      DIR/profiles/YEAR/<country>.json, with the page's profile box as "facts" when the
      copy includes it. The page's layout is detected and must be that of YEAR's pages:
        2021  a "Year:" line; box with income group and geography type; no changes
        2023  a "Year:" line; box adds GDP ("USD 223,249.00 million") and GINI; markets
              new in 2023 print n/a; rank changes are previous - current, glued to the
              continent and region ("10th of 35 countries in Americas-1")
        2025  no "Year:" line; box with capital, population, GDP ("USD 289,070 million")
              and area; every score prints a change; rank changes are current - previous
              ("31st of 193 countries -1": 32nd in 2023, 31st in 2025)
      A copy that stops before the narrative is refused, naming its last line.
      The page may be UTF-8, UTF-16 or Windows-1252 (Latin-1) text; HTML markup pasted
      with it is removed. A page that gives fewer paragraphs than the profile it would
      replace is refused: delete the old profile first if that is meant.

Every file is checked before anything is written, and written all or nothing.
  --verbose   print where an unexpected error happened
`;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function importWorkbook(file: string, dataDir: string): Promise<string[]> {
  const editions = await readWorkbook(file, await readInputFile(file, WORKBOOK_LIMITS));
  const outputs = editions.map((edition) => ({ path: join(dataDir, 'editions', `${edition.edition}.json`), bytes: json(edition) }));
  await removeLeftovers([join(dataDir, 'editions')], { includeOwn: true });
  await writeUnlessInterrupted(outputs, dataDir);
  return editions.map((e) => `wrote ${join(dataDir, 'editions', `${e.edition}.json`)}: ${e.countries.length} countries (${e.source.sheet})`);
}

async function importPage(file: string, dataDir: string, countryArg: string, editionArg: string): Promise<string[]> {
  const country = findCountry(countryArg);
  if (!country) throw new UsageError(`--country: unknown country "${countryArg}" (give a UN member state's name or ISO3 code)`);
  const edition = Number(editionArg);
  if (!/^\d{4}$/.test(editionArg)) throw new UsageError(`--edition: expected a year such as 2023, got "${editionArg}"`);
  const model = buildIndexModel(await loadData(dataDir));
  if (!model.editions.has(edition)) {
    throw new UsageError(`--edition: no ${edition} edition in ${dataDir} (has ${[...model.editions.keys()].join(', ')})`);
  }
  const decoded = decodePage(file, await readInputFile(file, PAGE_LIMITS));
  const cleaned = cleanPageText(decoded.text);
  const brief = buildCountryBrief(model, country.iso3, edition);
  const { profile, layout, checked: checks, warnings } = buildProfile(file, cleaned.text, country, brief, brief.profile);
  const path = join(dataDir, 'profiles', String(edition), `${countrySlug(country)}.json`);
  await removeLeftovers([join(dataDir, 'profiles', String(edition))], { includeOwn: true });
  await writeUnlessInterrupted([{ path, bytes: json(profile) }], dataDir);
  const unplaced = profile.paragraphs.filter((p) => p.tagging === 'unplaced').length;
  const checked = profile.paragraphs.filter((p) => p.tagging === 'checked').length;
  const read = [
    ...(decoded.encoding === 'UTF-8' ? [] : [`read as ${decoded.encoding}`]),
    ...cleaned.notes,
    layout.detected,
    ...(profile.facts ? [`profile box with ${Object.keys(profile.facts).length} facts`] : []),
    ...checks.map((c) => `${c} checked`),
  ];
  return [
    ...warnings.map((w) => `warning: ${w}`),
    `read ${file}: ${read.join('; ')}`,
    `wrote ${path}: ${profile.indicators.length} indicators, ${profile.paragraphs.length} paragraphs (${unplaced} unplaced` + `${checked > 0 ? `, ${checked} with the tagging a person checked` : ''})`,
  ];
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string', default: 'data' },
      country: { type: 'string' },
      edition: { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const [kind, file, ...rest] = positionals;
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (!file) throw new UsageError('give what to import and the file: workbook FILE or page FILE');
  await checkFolderOption('--data', values.data);
  let lines: string[];
  if (kind === 'workbook') {
    lines = await importWorkbook(file, values.data);
  } else if (kind === 'page') {
    if (!values.country || !values.edition) throw new UsageError('page needs --country NAME|ISO3 and --edition YEAR');
    lines = await importPage(file, values.data, values.country, values.edition);
  } else {
    throw new UsageError(`unknown kind "${kind}": expected workbook or page`);
  }
  for (const line of lines) console.log(printable(line));
  return interrupts.count() > 0 ? interrupts.exitCode() : 0;
}

const argv = process.argv.slice(2);
main(argv)
  .finally(() => interrupts.dispose())
  .then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      // Whatever goes wrong is said in a line or a list, never as a stack trace (unless --verbose).
      const say = (text: string) => console.error(printable(text));
      if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        say(`import: ${(error as Error).message}\n\n${HELP}`);
        process.exitCode = 2;
      } else if (error instanceof DataError) {
        say(`import: nothing written.\n${error.message}`);
        process.exitCode = 1;
      } else if (error instanceof WriteError) {
        say(`import: nothing written: ${error.message}`);
        process.exitCode = 1;
      } else if (error instanceof Interrupted) {
        say(`import: ${error.message}`);
        process.exitCode = interrupts.exitCode();
      } else {
        const verbose = argv.includes('--verbose');
        say(`import: nothing written: ${(error as Error).message ?? String(error)}${verbose ? '' : ' (--verbose shows where)'}`);
        if (verbose) console.error((error as Error).stack);
        process.exitCode = 1;
      }
    },
  );
