/**
 * Issue 12: a data folder left unusable or wrong. Profiles filed under the wrong country,
 * edition or tags, editions no Index can have, folders that cannot be read, text no brief can
 * print: each is refused where it is loaded, naming the file and the path in it.
 */
import { cp, mkdir, readFile, rename, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { loadData } from '../../src/load/loadData.js';
import { tempDir } from './workbookFixtures.js';

const PERU = join('profiles', '2023', 'peru.json');

/** A copy of data/ with Peru's 2023 profile changed by `edit` (and moved to `to`, if given). */
// biome-ignore lint/suspicious/noExplicitAny: the test edits the file's JSON as it likes, wrong types included
async function dataWithProfile(edit: (profile: any) => void, to = PERU): Promise<string> {
  const dir = await tempDir();
  await cp('data', dir, { recursive: true });
  const profile = JSON.parse(await readFile(join(dir, PERU), 'utf8'));
  edit(profile);
  await rm(join(dir, PERU));
  await mkdir(join(dir, to, '..'), { recursive: true });
  await writeFile(join(dir, to), JSON.stringify(profile, null, 2));
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

describe('profiles filed wrongly', () => {
  it('refuses peru.json that says "iso3": "COL", so Colombia never gets Peru\'s narrative', async () => {
    const dir = await dataWithProfile((p) => (p.iso3 = 'COL'));
    const { message } = await failure(dir);
    expect(message).toBe(`${join(dir, PERU)}: 1 problem\n  iso3: "COL" is Colombia, whose profile is colombia.json, not peru.json: a profile is filed under its own country`);
  });

  it('refuses a profile in the folder of another edition, and one for an edition the data lacks', async () => {
    const moved = await dataWithProfile(() => {}, join('profiles', '2025', 'peru.json'));
    expect((await failure(moved)).message).toContain('edition: 2023 does not match the folder 2025');
    const future = await dataWithProfile((p) => (p.edition = 2027), join('profiles', '2027', 'peru.json'));
    expect((await failure(future)).message).toContain('edition: there is no 2027 edition in the data (has 2021, 2023, 2025)');
  });

  it('refuses a paragraph filed under "Resilience / Drugs"', async () => {
    const dir = await dataWithProfile((p) => {
      p.paragraphs[25] = { ...p.paragraphs[25], pillar: 'resilience', group: 'Drugs', tagging: 'checked' };
    });
    const { message } = await failure(dir);
    expect(message).toContain('paragraphs[25].group: "Drugs" is not a group of the resilience pillar');
  });

  it('refuses a checked paragraph whose group is not that of its indicators, or whose indicators are of the other pillar', async () => {
    const dir = await dataWithProfile((p) => {
      p.paragraphs[0] = { ...p.paragraphs[0], group: 'Trade', tagging: 'checked' };
      p.paragraphs[1] = { ...p.paragraphs[1], indicators: ['law-enforcement'], tagging: 'checked' };
    });
    const { message } = await failure(dir);
    expect(message).toContain('paragraphs[0].group: "Trade", but none of its indicators is in that group (human-trafficking: People)');
    expect(message).toContain('paragraphs[1].indicators: law-enforcement belongs to the resilience pillar, not to criminality');
  });

  it('refuses a 2021 profile that lists indicators first scored in 2023', async () => {
    const dir = await dataWithProfile(
      (p) => {
        p.edition = 2021;
        p.indicators = p.indicators.filter((i: { id: string }) => i.id !== 'extortion-and-protection-racketeering');
      },
      join('profiles', '2021', 'peru.json'),
    );
    const { message } = await failure(dir);
    expect(message).toContain('paragraphs[2].indicators: extortion-and-protection-racketeering is not an indicator of the 2021 edition (it is scored from 2023)');
    expect(message).toContain('indicators[3].id: trade-in-counterfeit-goods is not an indicator of the 2021 edition');
  });

  it('refuses text with escape codes or characters the font lacks, edited in by hand', async () => {
    const dir = await dataWithProfile((p) => {
      p.paragraphs[3].text = `\u001b[2J${p.paragraphs[3].text}`;
      p.paragraphs[4].text = `${p.paragraphs[4].text} 🙂`;
      p.facts = { capital: '利马' };
    });
    const { message } = await failure(dir);
    expect(message).toContain('paragraphs[3].text: holds control characters or terminal escape codes, which no brief prints');
    expect(message).toContain("paragraphs[4].text: the brief's font (Source Sans 3) cannot print 🙂 (U+1F642): emoji");
    expect(message).toContain("facts.capital: the brief's font (Source Sans 3) cannot print 利 (U+5229), 马 (U+9A6C)");
  });

  it('refuses a paragraph longer than any page may give', async () => {
    const dir = await dataWithProfile((p) => (p.paragraphs[0].text = 'Cocaine. '.repeat(1000)));
    expect((await failure(dir)).message).toContain('paragraphs[0].text: expected a paragraph of at most 5000 characters');
  });
});

describe('folders and files that cannot be read', () => {
  it('says a profiles folder that is a loop of symbolic links cannot be read, rather than finding no profile', async () => {
    const dir = await tempDir();
    await cp('data', dir, { recursive: true });
    await rm(join(dir, 'profiles'), { recursive: true });
    await symlink(join(dir, 'profiles'), join(dir, 'profiles')); // points at itself
    const { message } = await failure(dir);
    expect(message).toBe(`${join(dir, 'profiles')}: 1 problem\n  cannot read the folder: a loop of symbolic links (ELOOP)`);
  });

  it('refuses an edition file of an impossible year (2203.json) by its year', async () => {
    const dir = await tempDir();
    await cp('data', dir, { recursive: true });
    const edition = JSON.parse(await readFile(join(dir, 'editions', '2023.json'), 'utf8'));
    await writeFile(join(dir, 'editions', '2203.json'), JSON.stringify({ ...edition, edition: 2203 }));
    expect((await failure(dir)).message).toMatch(/2203\.json: 1 problem\n {2}edition: 2203 cannot be an edition of the Index: its first edition is 2021, and none is dated later than \d{4}/);
  });

  it('refuses an edition file far larger than any, unread', async () => {
    const dir = await tempDir();
    await cp('data', dir, { recursive: true });
    await truncate(join(dir, 'editions', '2021.json'), 40 * 1024 * 1024);
    expect((await failure(dir)).message).toContain('2021.json: 1 problem\n  40 MB, more than the 5 MB an edition file may have');
  });

  it('refuses a named pipe standing for a profile without waiting for it', async () => {
    const dir = await tempDir();
    await cp('data', dir, { recursive: true });
    await rename(join(dir, PERU), join(dir, 'peru.json.bak'));
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [join(dir, PERU)]);
    expect((await failure(dir)).message).toContain('peru.json: 1 problem\n  a named pipe (FIFO), not a regular file');
  });
});
