import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/load/loadData.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { emptyManifest, type Manifest } from '../../src/output/manifest.js';
import { buildIndexPage } from '../../src/site/buildIndexPage.js';
import { existingOutputs, writeIndexPage } from '../../src/site/writeIndexPage.js';
import { tempDir } from '../load/workbookFixtures.js';

let model: IndexModel;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
});

/** Output paths in no particular order, with things the page does not list. */
const FILES = [
  '2025/peru.xlsx',
  '2025/charts/peru/pyramid.svg',
  '2025/cote-d-ivoire.pdf',
  '2025/peru.letter.pdf',
  '2025/regions/central-eastern-europe.xlsx',
  '2025/cuba.pdf',
  '2025/world.pdf',
  '2025/continents/americas.pdf',
  '2021/peru.pdf',
  '2025/congo-dem-rep.pdf',
  '2025/regions/south-america.pdf',
  '2025/peru.pdf',
  '2025/ocindex-2025-all-countries.letter.xlsx',
  '2025/ocindex-2025-all-countries.xlsx',
  '.manifest.json',
  'index.html',
];

describe('buildIndexPage', () => {
  it('lists each edition that has files, newest first, its rows by kind then name (accents aside)', () => {
    const page = buildIndexPage(model, FILES);
    expect(page.editions.map((e) => e.edition)).toEqual([2025, 2021]);
    const [latest, first] = page.editions;
    expect(latest!.rows.map((r) => `${r.kind} ${r.name}`)).toEqual([
      'world World',
      'continent Americas',
      'region Central & Eastern Europe',
      'region South America',
      'country Congo, Dem. Rep.',
      "country Côte d'Ivoire",
      'country Cuba',
      'country Peru',
    ]);
    expect(first!.rows.map((r) => r.name)).toEqual(['Peru']);
    expect(first!.allCountries).toEqual([]);
  });

  it('gives a country its own scores and a scope its model average, in hundredths', () => {
    const [latest, first] = buildIndexPage(model, FILES).editions;
    const scores = model.editions.get(2025)!;
    const figures = (name: string) => latest!.rows.find((r) => r.name === name)!;
    expect(figures('Peru')).toMatchObject({ criminality: scores.scores.countries.get('PER')!.hundredths.criminality, resilience: scores.scores.countries.get('PER')!.hundredths.resilience });
    for (const [name, key] of [
      ['World', 'World'],
      ['Americas', 'Americas'],
      ['South America', 'South America'],
      ['Central & Eastern Europe', 'Central & Eastern Europe'],
    ]) {
      expect(figures(name!), name).toMatchObject({ criminality: scores.averages.get(key!)!.criminality, resilience: scores.averages.get(key!)!.resilience });
    }
    expect(first!.rows[0]!.criminality).toBe(model.editions.get(2021)!.scores.countries.get('PER')!.hundredths.criminality);
  });

  it('orders links PDF then workbook, A4 then Letter, and keeps the all-countries workbooks apart', () => {
    const [latest] = buildIndexPage(model, FILES).editions;
    expect(latest!.rows.find((r) => r.name === 'Peru')!.links.map((l) => l.path)).toEqual(['2025/peru.pdf', '2025/peru.letter.pdf', '2025/peru.xlsx']);
    expect(latest!.allCountries.map((l) => `${l.path} ${l.paper}`)).toEqual(['2025/ocindex-2025-all-countries.xlsx a4', '2025/ocindex-2025-all-countries.letter.xlsx letter']);
  });

  it('does not depend on the order the files come in', () => {
    expect(buildIndexPage(model, [...FILES].reverse())).toEqual(buildIndexPage(model, FILES));
  });

  it('lists a file whose slug it does not know by that slug, without figures', () => {
    const [latest] = buildIndexPage(model, ['2025/atlantis.pdf']).editions;
    expect(latest!.rows).toEqual([
      { kind: 'country', slug: 'atlantis', name: 'atlantis', criminality: null, resilience: null, links: [{ path: '2025/atlantis.pdf', format: 'pdf', paper: 'a4', lang: 'en' }] },
    ]);
  });
});

describe('writeIndexPage', () => {
  async function outputFolder(files: readonly string[]): Promise<{ out: string; manifest: Manifest }> {
    const out = await tempDir();
    const manifest = emptyManifest();
    for (const file of files) {
      await mkdir(dirname(join(out, file)), { recursive: true });
      await writeFile(join(out, file), file);
      manifest.outputs[file] = { inputs: 'x', sha256: 'y' };
    }
    return { out, manifest };
  }

  it("links only the manifest's outputs still on disk: a deleted brief is not linked", async () => {
    const { out, manifest } = await outputFolder(['2025/peru.pdf', '2025/peru.xlsx', '2025/chile.pdf', '2025/charts/peru/trend.svg']);
    await rm(join(out, '2025/chile.pdf'));
    expect((await existingOutputs(out, manifest)).sort()).toEqual(['2025/peru.pdf', '2025/peru.xlsx']);
    await writeIndexPage(model, out, manifest);
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).toContain('href="2025/peru.pdf"');
    expect(html).not.toContain('chile');
  });

  it('gives the same bytes for the same outputs, leaving the file untouched, and rewrites it when they change', async () => {
    const { out, manifest } = await outputFolder(['2025/peru.pdf', '2025/regions/south-america.pdf']);
    expect((await writeIndexPage(model, out, manifest)).changed).toBe(true);
    const path = join(out, 'index.html');
    const [bytes, mtime] = [await readFile(path), (await stat(path)).mtimeMs];
    expect(await writeIndexPage(model, out, manifest)).toEqual({ path, changed: false });
    expect(await readFile(path)).toEqual(bytes);
    expect((await stat(path)).mtimeMs).toBe(mtime);

    await rm(join(out, '2025/regions/south-america.pdf'));
    expect((await writeIndexPage(model, out, manifest)).changed).toBe(true);
    expect(await readFile(path, 'utf8')).not.toContain('South America');
  });
});
