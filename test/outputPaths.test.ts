import { describe, expect, it } from 'vitest';
import { allCountriesPath, countryOutputPaths, describeOutput, nameSlug, scopeOutputPaths } from '../src/outputPaths.js';

describe('the naming scheme of out/', () => {
  it("names a country's outputs by edition, slug and paper", () => {
    expect(countryOutputPaths('PER', 2025, 'pdf')).toEqual(['2025/peru.pdf']);
    expect(countryOutputPaths('CIV', 2025, 'xlsx', 'letter')).toEqual(['2025/cote-d-ivoire.letter.xlsx']);
    expect(countryOutputPaths('PER', 2021, 'svg', 'a4', true)).toEqual(['2021/charts/peru/pyramid.svg', '2021/charts/peru/comparison.svg', '2021/charts/peru/landscape.svg']);
    expect(allCountriesPath(2025, 'letter')).toBe('2025/ocindex-2025-all-countries.letter.xlsx');
  });

  it("puts regions and continents in folders of their own, and the world at the edition's root", () => {
    expect(nameSlug('Central & Eastern Europe')).toBe('central-eastern-europe');
    expect(scopeOutputPaths('region', 'South America', 2025, 'pdf')).toEqual(['2025/regions/south-america.pdf']);
    expect(scopeOutputPaths('continent', 'Americas', 2023, 'xlsx', 'letter')).toEqual(['2023/continents/americas.letter.xlsx']);
    expect(scopeOutputPaths('world', 'World', 2025, 'pdf')).toEqual(['2025/world.pdf']);
    expect(scopeOutputPaths('region', 'South America', 2025, 'svg')[0]).toBe('2025/charts/regions/south-america/pyramid.svg');
  });

  it('puts Spanish and French outputs in a folder of their language, English where it always was', () => {
    expect(countryOutputPaths('PER', 2025, 'pdf', 'a4', false, 'es')).toEqual(['2025/es/peru.pdf']);
    expect(scopeOutputPaths('region', 'South America', 2025, 'xlsx', 'letter', false, 'fr')).toEqual(['2025/fr/regions/south-america.letter.xlsx']);
    expect(countryOutputPaths('PER', 2025, 'svg', 'a4', false, 'fr')[0]).toBe('2025/fr/charts/peru/pyramid.svg');
    expect(allCountriesPath(2025, 'a4', 'es')).toBe('2025/es/ocindex-2025-all-countries.xlsx');
    expect(countryOutputPaths('PER', 2025, 'pdf', 'a4', false, 'en')).toEqual(['2025/peru.pdf']);
  });

  it('reads every name back, and nothing else', () => {
    expect(describeOutput('2025/peru.pdf')).toEqual({ edition: 2025, kind: 'country', slug: 'peru', format: 'pdf', paper: 'a4', lang: 'en' });
    expect(describeOutput('2025/regions/south-america.letter.xlsx')).toEqual({ edition: 2025, kind: 'region', slug: 'south-america', format: 'xlsx', paper: 'letter', lang: 'en' });
    expect(describeOutput('2025/es/peru.pdf')).toEqual({ edition: 2025, kind: 'country', slug: 'peru', format: 'pdf', paper: 'a4', lang: 'es' });
    expect(describeOutput('2025/fr/regions/south-america.letter.pdf')).toMatchObject({ kind: 'region', slug: 'south-america', paper: 'letter', lang: 'fr' });
    expect(describeOutput('2025/fr/ocindex-2025-all-countries.xlsx')).toMatchObject({ kind: 'all-countries', lang: 'fr' });
    expect(describeOutput('2023/world.pdf')).toMatchObject({ kind: 'world', slug: 'world' });
    expect(describeOutput('2023/ocindex-2023-all-countries.xlsx')).toMatchObject({ kind: 'all-countries', format: 'xlsx' });
    for (const other of ['index.html', '.manifest.json', '2025/charts/peru/pyramid.svg', 'peru.pdf', '2025/ocindex-2025-all-countries.pdf', '2025/de/peru.pdf']) {
      expect(describeOutput(other), other).toBeUndefined();
    }
  });
});
