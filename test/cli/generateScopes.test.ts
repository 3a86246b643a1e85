/**
 * Regional, continental and world briefs from the command line: chosen by --region,
 * --continent and --world, built by default in a full run, skipped with --no-scopes, kept in
 * the manifest (a second run skips them), spread by --shard, listed on the index page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chosenWork, parseGenerateArgs, shardOf } from '../../src/cli/generateArgs.js';
import { tempDir } from '../load/workbookFixtures.js';
import { listFiles, runCli } from './runCli.js';

const generate = (args: string[]) => runCli('generate', args);

describe('choosing regions, continents and the world', () => {
  it('builds every country and all 28 scopes when nothing is chosen, and only the countries with --no-scopes', () => {
    const all = chosenWork(parseGenerateArgs([]));
    expect(all.countries).toHaveLength(193);
    expect(all.scopes).toHaveLength(28);
    expect(all.scopes.filter((s) => s.kind === 'region')).toHaveLength(22);
    const noScopes = chosenWork(parseGenerateArgs(['--no-scopes']));
    expect(noScopes.countries).toHaveLength(193);
    expect(noScopes.scopes).toEqual([]);
  });

  it('builds only what is chosen, finding regions by name, file name or with "and" for "&"', () => {
    const options = parseGenerateArgs(['--region', 'central-eastern-europe', '--region', 'south america', '--continent', 'AFRICA', '--world', '--country', 'Peru']);
    expect(chosenWork(options)).toEqual({
      countries: ['PER'],
      scopes: [
        { kind: 'continent', name: 'Africa' },
        { kind: 'region', name: 'Central & Eastern Europe' },
        { kind: 'region', name: 'South America' },
        { kind: 'world', name: 'World' },
      ],
    });
    expect(parseGenerateArgs(['--region', 'Central and Eastern Europe']).scopes).toEqual([{ kind: 'region', name: 'Central & Eastern Europe' }]);
    expect(chosenWork(parseGenerateArgs(['--world'])).countries).toEqual([]);
  });

  it('spreads the scopes over shards like the countries: every scope in exactly one slice', () => {
    const { scopes } = chosenWork(parseGenerateArgs([]));
    const slices = [1, 2, 3].map((index) => shardOf(scopes, { index, count: 3 }));
    expect(
      slices
        .flat()
        .map((s) => s.name)
        .sort(),
    ).toEqual(scopes.map((s) => s.name).sort());
    expect(slices.map((s) => s.length)).toEqual([10, 9, 9]);
  });

  it.each([
    [['--region', 'Atlantis'], /--region: unknown region "Atlantis" \(one of: Australia and New Zealand, Caribbean, .*West Africa, Western Asia, Western Europe\)/],
    [['--continent', 'Antarctica'], /--continent: unknown continent "Antarctica" \(one of: Africa, Americas, Asia, Europe, Oceania\)/],
    [['--no-scopes', '--country', 'Peru'], /--no-scopes: only for a full run/],
  ])('exits 2 for %j, naming what it accepts', async (args, message) => {
    const out = await tempDir();
    const result = await generate([...args, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(await listFiles(out)).toEqual([]);
  });
});

describe('npm run generate -- --region, --continent, --world', () => {
  it('writes the briefs and workbooks of a region, a continent and the world, lists them on the index page, then skips them', async () => {
    const out = await tempDir();
    const args = ['--region', 'South America', '--continent', 'Oceania', '--world', '--out', out];
    const first = await generate(args);
    expect(first.stderr).not.toContain('error');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^2025: 0 countries: 0 built, 0 skipped as unchanged, 0 failed; 3 regions, continents and world: 3 built, 0 skipped as unchanged, 0 failed; 0 warnings/);
    expect(await listFiles(out)).toEqual([
      '.manifest.json',
      '2025/continents/oceania.pdf',
      '2025/continents/oceania.xlsx',
      '2025/ocindex-2025-all-countries.xlsx',
      '2025/regions/south-america.pdf',
      '2025/regions/south-america.xlsx',
      '2025/world.pdf',
      '2025/world.xlsx',
      'index.html',
    ]);
    const manifest = JSON.parse(await readFile(join(out, '.manifest.json'), 'utf8')) as { outputs: Record<string, unknown> };
    expect(Object.keys(manifest.outputs)).toEqual(expect.arrayContaining(['2025/regions/south-america.pdf', '2025/world.xlsx']));
    const page = await readFile(join(out, 'index.html'), 'utf8');
    for (const link of ['2025/regions/south-america.pdf', '2025/continents/oceania.xlsx', '2025/world.pdf']) expect(page).toContain(`href="${link}"`);

    const second = await generate(args);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/3 regions, continents and world: 0 built, 3 skipped as unchanged, 0 failed/);
  });

  it("writes a region's charts with --format svg, in the region's own folder", async () => {
    const out = await tempDir();
    const result = await generate(['--region', 'Caribbean', '--format', 'svg', '--edition', '2021', '--out', out]);
    expect(result.code).toBe(0);
    expect((await listFiles(out)).filter((f) => f.endsWith('.svg'))).toEqual([
      '2021/charts/regions/caribbean/comparison.svg',
      '2021/charts/regions/caribbean/landscape.svg',
      '2021/charts/regions/caribbean/pyramid.svg',
    ]);
  });
});
