import { describe, expect, it } from 'vitest';
import { COUNTRIES, countrySlug, findCountry } from '../../src/index/countries.js';
import { INDICATORS, indicatorsOf } from '../../src/index/taxonomy.js';

const count = (key: (c: (typeof COUNTRIES)[number]) => string) => {
  const counts: Record<string, number> = {};
  for (const c of COUNTRIES) counts[key(c)] = (counts[key(c)] ?? 0) + 1;
  return counts;
};

describe('the country table', () => {
  it('lists the 193 UN member states by continent', () => {
    expect(COUNTRIES).toHaveLength(193);
    expect(new Set(COUNTRIES.map((c) => c.iso3)).size).toBe(193);
    expect(count((c) => c.continent)).toEqual({ Africa: 54, Americas: 35, Asia: 46, Europe: 44, Oceania: 14 });
  });

  it('has the 22 regions of ocindex.net: Caribbean and Central America apart, Kiribati in Micronesia', () => {
    const regions = count((c) => c.region);
    expect(Object.keys(regions)).toHaveLength(22);
    expect(regions.Caribbean).toBe(13);
    expect(
      COUNTRIES.filter((c) => c.region === 'Central America')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Belize', 'Costa Rica', 'El Salvador', 'Guatemala', 'Honduras', 'Mexico', 'Nicaragua', 'Panama']);
    expect(findCountry('Kiribati')?.region).toBe('Micronesia');
    expect(Object.keys(regions).every((r) => r === r.trim())).toBe(true);
  });

  it('knows every spelling the workbooks use', () => {
    expect(findCountry('Congo, Dem, Rep,')?.iso3).toBe('COD');
    expect(findCountry('Congo, Dem. Rep.')?.iso3).toBe('COD');
    expect(findCountry('St, Vincent and the Grenadines')?.iso3).toBe('VCT');
    expect(findCountry('eSwatini')?.iso3).toBe('SWZ');
    expect(findCountry('Eswatini')?.iso3).toBe('SWZ');
    expect(findCountry('Turkey')?.name).toBe('Türkiye');
    expect(findCountry('Korea, DPR')?.iso3).toBe('PRK');
    expect(findCountry('Korea, Rep,')?.iso3).toBe('KOR');
    expect(findCountry('Sao Tome and Principe')?.name).toBe('São Tomé and Príncipe');
    expect(findCountry('Micronesia (Federated States of)')?.iso3).toBe('FSM');
    expect(findCountry('per')?.name).toBe('Peru');
    expect(findCountry('Atlantis')).toBeUndefined();
  });

  it('gives every country a distinct ASCII file name', () => {
    const slugs = COUNTRIES.map(countrySlug);
    expect(new Set(slugs).size).toBe(193);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(countrySlug(findCountry("Côte d'Ivoire")!)).toBe('cote-d-ivoire');
    expect(countrySlug(findCountry('TUR')!)).toBe('turkiye');
  });
});

describe('the taxonomy', () => {
  it('has 32 indicators in 2023 and 26 in 2021, with unique ids', () => {
    expect(indicatorsOf(2023)).toHaveLength(32);
    expect(indicatorsOf(2021)).toHaveLength(26);
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
    expect(indicatorsOf(2023).filter((i) => i.component === 'markets')).toHaveLength(15);
    expect(indicatorsOf(2021).filter((i) => i.component === 'markets')).toHaveLength(10);
    expect(indicatorsOf(2023).filter((i) => i.component === 'actors')).toHaveLength(5);
    expect(indicatorsOf(2023).filter((i) => i.component === 'resilience')).toHaveLength(12);
  });
});
