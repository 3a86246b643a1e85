/**
 * data/ → IndexData: the editions and country profiles the generator reads, each file
 * validated against its schema and against the taxonomy. The only reader of data/.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { COUNTRIES } from '../index/countries.js';
import { indicatorsOf } from '../index/taxonomy.js';
import { DataError, describeErrno, type Problem } from '../errors.js';
import { checkProfile } from './checkProfile.js';
import { readInputFile, type InputLimit } from './readInputFile.js';
import { EditionFile, ProfileFile, issuesToProblems } from './schemas.js';

/** The files of data/, far larger than any real one: a file beyond is refused unread. */
const EDITION_LIMIT: InputLimit = { what: 'an edition file', maxBytes: 5 * 1024 * 1024, typical: 'those of data/editions are under 300 KB' };
const PROFILE_LIMIT: InputLimit = { what: 'a profile file', maxBytes: 2 * 1024 * 1024, typical: 'those of data/profiles are about 35 KB' };

export interface IndexData {
  /** Oldest first. */
  readonly editions: readonly EditionFile[];
  /** Keyed by `${edition}/${iso3}`. */
  readonly profiles: ReadonlyMap<string, ProfileFile>;
  /** The files read, for the manifest of what an output was built from. */
  readonly files: readonly string[];
}

export function profileKey(edition: number, iso3: string): string {
  return `${edition}/${iso3}`;
}

async function readJson(file: string, limit: InputLimit): Promise<unknown> {
  const text = (await readInputFile(file, limit)).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataError(file, [{ at: '', message: `not valid JSON (${(error as Error).message})` }]);
  }
}

/** Semantic checks zod cannot express: every country once, exactly the edition's indicators. */
export function checkEdition(edition: EditionFile): Problem[] {
  const problems: Problem[] = [];
  const expected = indicatorsOf(edition.edition).map((i) => i.id);
  const seen = new Set<string>();
  edition.countries.forEach((country, n) => {
    const at = `countries[${n}] (${country.iso3})`;
    if (seen.has(country.iso3)) problems.push({ at, message: `duplicate country ${country.iso3}` });
    seen.add(country.iso3);
    const missing = expected.filter((id) => country.scores[id] === undefined);
    if (missing.length > 0) problems.push({ at: `${at}.scores`, message: `missing ${missing.join(', ')}` });
    const extra = Object.keys(country.scores).filter((id) => !expected.includes(id));
    if (extra.length > 0) problems.push({ at: `${at}.scores`, message: `not scored in ${edition.edition}: ${extra.join(', ')}` });
  });
  const absent = COUNTRIES.filter((c) => !seen.has(c.iso3)).map((c) => c.iso3);
  if (absent.length > 0) problems.push({ at: 'countries', message: `missing ${absent.join(', ')}` });
  return problems;
}

async function loadEdition(file: string): Promise<EditionFile> {
  const parsed = EditionFile.safeParse(await readJson(file, EDITION_LIMIT));
  if (!parsed.success) throw new DataError(file, issuesToProblems(parsed.error));
  const problems = checkEdition(parsed.data);
  if (problems.length > 0) throw new DataError(file, problems);
  return parsed.data;
}

async function loadProfile(file: string, name: string, year: string, editions: ReadonlySet<number>): Promise<ProfileFile> {
  const parsed = ProfileFile.safeParse(await readJson(file, PROFILE_LIMIT));
  if (!parsed.success) throw new DataError(file, issuesToProblems(parsed.error));
  const problems = checkProfile(parsed.data, name, year, editions);
  if (problems.length > 0) throw new DataError(file, problems);
  return parsed.data;
}

/**
 * The names in a folder; none when it does not exist. A folder that exists but cannot be read
 * (no permission, a loop of symbolic links, a file in its place) is an error: read as empty, it
 * would silently drop every profile in it.
 */
async function list(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new DataError(dir, [{ at: '', message: `cannot read the folder: ${describeErrno(error)}` }]);
  }
}

/** Reads `dir/editions/YYYY.json` and `dir/profiles/YYYY/<slug>.json`. */
export async function loadData(dir: string): Promise<IndexData> {
  const files: string[] = [];
  const editions: EditionFile[] = [];
  for (const name of await list(join(dir, 'editions'))) {
    if (!/^\d{4}\.json$/.test(name)) continue;
    const file = join(dir, 'editions', name);
    const edition = await loadEdition(file);
    if (`${edition.edition}.json` !== name) {
      throw new DataError(file, [{ at: 'edition', message: `${edition.edition} does not match the file name` }]);
    }
    editions.push(edition);
    files.push(file);
  }
  if (editions.length === 0) {
    throw new DataError(join(dir, 'editions'), [{ at: '', message: 'no edition files (YYYY.json); import a workbook first: npm run import -- workbook FILE' }]);
  }
  const profiles = new Map<string, ProfileFile>();
  const fileOf = new Map<string, string>();
  const years = new Set(editions.map((e) => e.edition));
  for (const year of await list(join(dir, 'profiles'))) {
    if (!/^\d{4}$/.test(year)) continue;
    for (const name of await list(join(dir, 'profiles', year))) {
      if (!name.endsWith('.json')) continue;
      const file = join(dir, 'profiles', year, name);
      const profile = await loadProfile(file, name, year, years);
      const key = profileKey(profile.edition, profile.iso3);
      const other = fileOf.get(key);
      if (other) throw new DataError(file, [{ at: 'iso3', message: `${other} is the ${profile.edition} profile of ${profile.iso3} too: keep one` }]);
      fileOf.set(key, file);
      profiles.set(key, profile);
      files.push(file);
    }
  }
  return { editions: editions.sort((a, b) => a.edition - b.edition), profiles, files };
}
