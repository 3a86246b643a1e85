import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { loadData } from '../../src/load/loadData.js';
import { tempDir } from './workbookFixtures.js';

/** A copy of data/ with 2023.json changed by `edit`. */
/** An edition file as a test edits it: countries with their scores and published figures. */
interface EditableEdition {
  countries: ({ scores: Record<string, number>; published: Record<string, number> } & Record<string, unknown>)[];
}

async function dataWith(edit: (edition: EditableEdition) => void): Promise<string> {
  const dir = await tempDir();
  await cp('data', dir, { recursive: true });
  const file = join(dir, 'editions', '2023.json');
  const edition = JSON.parse(await readFile(file, 'utf8'));
  edit(edition);
  await writeFile(file, JSON.stringify(edition));
  return dir;
}

async function failure(dir: string): Promise<DataError> {
  const error = await loadData(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe('loadData', () => {
  it('reads the shipped editions and the Peru profile', async () => {
    const data = await loadData('data');
    expect(data.editions.map((e) => e.edition)).toEqual([2021, 2023, 2025]);
    expect([...data.profiles.keys()]).toEqual(['2023/PER']);
  });

  it('names the file and the path of every bad value', async () => {
    const dir = await dataWith((edition) => {
      edition.countries[12]!.scores['cocaine-trade'] = 6.25;
      edition.countries[40]!.published.resilience = 11;
      edition.countries[41]!.colour = 'red';
    });
    const error = await failure(dir);
    expect(error.file).toBe(join(dir, 'editions', '2023.json'));
    expect(error.message).toContain('countries[12].scores.cocaine-trade: expected a score in steps of 0.5');
    expect(error.message).toMatch(/countries\[40\]\.published\.resilience: Too big/);
    expect(error.message).toMatch(/countries\[41\]: Unrecognized key: "colour"/);
    expect(error.problems).toHaveLength(3);
  });

  it('refuses an edition that misses an indicator or a country, or repeats one', async () => {
    const dir = await dataWith((edition) => {
      delete edition.countries[0]!.scores['financial-crimes'];
      edition.countries[2] = edition.countries[1]!;
    });
    const { message } = await failure(dir);
    expect(message).toContain('countries[0] (AFG).scores: missing financial-crimes');
    expect(message).toContain('countries[2] (AGO): duplicate country AGO');
    expect(message).toContain('countries: missing ALB');
  });

  it('says when there is no data at all', async () => {
    const { message } = await failure(await tempDir());
    expect(message).toMatch(/no edition files .*npm run import -- workbook FILE/);
  });
});
