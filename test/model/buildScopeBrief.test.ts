/**
 * Regional, continental and world briefs: the averages recomputed here from data/editions with
 * arithmetic of this test's own (integers over one common denominator), apart from the model's
 * fractions, must equal the model's for every scope, edition, composite and indicator.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/index/countries.js';
import { indicatorsOf } from '../../src/index/taxonomy.js';
import { loadData } from '../../src/load/loadData.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { allScopes, buildScopeBrief } from '../../src/model/buildScopeBrief.js';

let model: IndexModel;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
});

/** Every composite's denominator (2·n, 2·m, 4·n·m, 24 for n ≤ 15, m ≤ 5) divides this. */
const L = 14_414_400n;

interface Row {
  iso3: string;
  scores: Record<string, number>;
}

/** A country's composites and indicators × L, as integers. */
function scaled(row: Row, edition: number): Record<string, bigint> {
  const halves = (ids: string[]) => ids.reduce((sum, id) => sum + BigInt(row.scores[id]! * 2), 0n);
  const of = (component: string) =>
    indicatorsOf(edition)
      .filter((i) => i.component === component)
      .map((i) => i.id);
  const [markets, actors, resilience] = [of('markets'), of('actors'), of('resilience')];
  const n = BigInt(markets.length);
  const m = BigInt(actors.length);
  const out: Record<string, bigint> = {
    markets: (halves(markets) * L) / (2n * n),
    actors: (halves(actors) * L) / (2n * m),
    criminality: ((halves(markets) * m + halves(actors) * n) * L) / (4n * n * m),
    resilience: (halves(resilience) * L) / (2n * BigInt(resilience.length)),
  };
  for (const i of indicatorsOf(edition)) out[i.id] = BigInt(row.scores[i.id]! * 2) * (L / 2n);
  return out;
}

/** The mean of k values × L, in hundredths, half up. */
function meanHundredths(values: bigint[]): number {
  const k = BigInt(values.length);
  const sum = values.reduce((a, b) => a + b, 0n);
  return Number((200n * sum + k * L) / (2n * k * L));
}

describe('scope briefs', () => {
  it("average every composite and indicator exactly as the countries' unrounded scores give, in every edition and scope", () => {
    let compared = 0;
    for (const edition of [2021, 2023, 2025]) {
      const rows = (JSON.parse(readFileSync(`data/editions/${edition}.json`, 'utf8')) as { countries: Row[] }).countries;
      const byIso3 = new Map(rows.map((row) => [row.iso3, scaled(row, edition)]));
      for (const { kind, name } of allScopes()) {
        const members = COUNTRIES.filter((c) => kind === 'world' || (kind === 'region' ? c.region : c.continent) === name);
        const brief = buildScopeBrief(model, kind, name, edition);
        for (const id of ['criminality', 'markets', 'actors', 'resilience'] as const) {
          expect(brief.composites[id].value, `${edition} ${name} ${id}`).toBe(meanHundredths(members.map((c) => byIso3.get(c.iso3)![id]!)));
          compared++;
        }
        for (const figure of brief.indicators) {
          expect(figure.value, `${edition} ${name} ${figure.indicator.id}`).toBe(meanHundredths(members.map((c) => byIso3.get(c.iso3)![figure.indicator.id]!)));
          compared++;
        }
      }
    }
    // 28 scopes × (4 composites + 26, 32 and 32 indicators)
    expect(compared).toBe(28 * (30 + 36 + 36));
  });

  it('has 22 regions, 5 continents and the world', () => {
    const scopes = allScopes();
    expect(scopes.filter((s) => s.kind === 'region')).toHaveLength(22);
    expect(scopes.filter((s) => s.kind === 'continent').map((s) => s.name)).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
    expect(scopes.at(-1)).toEqual({ kind: 'world', name: 'World' });
  });

  it("ranks South America's 12 countries by criminality, Peru 6th (6th in 2023), within the Americas", () => {
    const southAmerica = buildScopeBrief(model, 'region', 'South America', 2025);
    expect(southAmerica.members).toHaveLength(12);
    expect(southAmerica.continent).toBe('Americas');
    const peru = southAmerica.members.find((m) => m.country.iso3 === 'PER')!;
    expect(southAmerica.members.indexOf(peru)).toBe(5);
    expect(peru.ranks.criminality.scope).toEqual({ rank: 6, previous: 6 });
    expect(peru.ranks.criminality.world).toEqual({ rank: 31, previous: 32 });
    expect(peru.criminality).toBe(662);
    const ranks = southAmerica.members.map((m) => m.ranks.criminality.scope.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // set against its continent and the world, with its change and its history
    expect(southAmerica.composites.criminality.continent).toBe(527);
    expect(southAmerica.composites.criminality.world).toBe(508);
    expect(southAmerica.history.map((h) => h.edition)).toEqual([2021, 2023, 2025]);
    expect(southAmerica.composites.criminality.change).toBe(southAmerica.composites.criminality.value - southAmerica.history[1]!.composites.criminality);
  });

  it('gives the world brief all 193 countries, no continent, and no change in the first edition', () => {
    const world = buildScopeBrief(model, 'world', 'World', 2021);
    expect(world.members).toHaveLength(193);
    expect(world.continent).toBeNull();
    expect(world.previousEdition).toBeNull();
    expect(world.composites.criminality.change).toBeNull();
    expect(world.composites.criminality.value).toBe(world.composites.criminality.world);
  });

  it('gives the world its 5 continents and 22 regions, a continent its regions, a region none', () => {
    const world = buildScopeBrief(model, 'world', 'World', 2025);
    expect(world.subgroups.map((g) => g.kind)).toEqual([...Array(5).fill('continent'), ...Array(22).fill('region')]);
    expect(world.subgroups.reduce((n, g) => n + (g.kind === 'region' ? g.size : 0), 0)).toBe(193);
    const southAmerica = world.subgroups.find((g) => g.name === 'South America')!;
    const region = buildScopeBrief(model, 'region', 'South America', 2025);
    expect(southAmerica).toMatchObject({ continent: 'Americas', size: 12 });
    expect(southAmerica.criminality).toEqual({ value: region.composites.criminality.value, previous: region.composites.criminality.previous });
    const americas = buildScopeBrief(model, 'continent', 'Americas', 2025);
    expect(americas.subgroups.map((g) => g.name)).toEqual(['Caribbean', 'Central America', 'North America', 'South America']);
    expect(region.subgroups).toEqual([]);
    expect(buildScopeBrief(model, 'world', 'World', 2021).subgroups[0]!.criminality.previous).toBeNull();
  });

  it("ranks a region among the 22 by its average, and keeps each member's previous scores", () => {
    const region = buildScopeBrief(model, 'region', 'South America', 2025);
    const regions = buildScopeBrief(model, 'world', 'World', 2025).subgroups.filter((g) => g.kind === 'region');
    const higher = regions.filter((g) => g.criminality.value > region.composites.criminality.value).length;
    expect(region.peerRanks!.criminality).toMatchObject({ rank: higher + 1, of: 22 });
    expect(buildScopeBrief(model, 'continent', 'Africa', 2025).peerRanks!.criminality.of).toBe(5);
    expect(buildScopeBrief(model, 'world', 'World', 2025).peerRanks).toBeNull();
    const peru = region.members.find((m) => m.country.iso3 === 'PER')!;
    expect(peru.previous).toEqual({ criminality: 640, resilience: 438 });
    expect(buildScopeBrief(model, 'region', 'South America', 2021).members[0]!.previous).toBeNull();
  });
});
