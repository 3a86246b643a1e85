import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/index/countries.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief, type CountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { formatChange, formatScore } from '../../src/present/formatFigures.js';

/** "32nd of 193 (26th before)": the rank, the group's size and the previous rank, as the brief prints them. */
const ranked = (r: { group: string; rank: number; of: number; previous: number | null }) => `${r.group}: ${r.rank} of ${r.of} (${r.previous ?? 'none'} before)`;

let model: IndexModel;
let peru: CountryBrief;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
  peru = buildCountryBrief(model, 'PER', 2023);
});

const printed = (figure: { value: number; change: number | null }) => `${formatScore(figure.value)} (${formatChange(figure.change)})`;

describe('Peru 2023, as its country page prints it', () => {
  it('has the four composites and their changes', () => {
    expect(printed(peru.composites.criminality)).toBe('6.40 (+0.05)');
    expect(printed(peru.composites.markets)).toBe('6.20 (0.00)');
    expect(printed(peru.composites.actors)).toBe('6.60 (+0.10)');
    expect(printed(peru.composites.resilience)).toBe('4.38 (−0.20)');
    expect(peru.composites.resilience.previous).toBe(458);
  });

  it('ranks 32nd of 193 (26th in 2021), 10th of 35 in the Americas (9th), 6th of 12 in South America (5th) for criminality', () => {
    expect(peru.composites.criminality.ranks.map(ranked)).toEqual(['World: 32 of 193 (26 before)', 'Americas: 10 of 35 (9 before)', 'South America: 6 of 12 (5 before)']);
  });

  it('prints each indicator with its change, and n/a for those new in 2023', () => {
    const byId = Object.fromEntries(peru.indicators.map((f) => [f.indicator.id, printed(f)]));
    expect(byId['heroin-trade']).toBe('5.50 (+2.00)');
    expect(byId['law-enforcement']).toBe('3.50 (−1.50)');
    expect(byId['extortion-and-protection-racketeering']).toBe('4.50 (n/a)');
    expect(byId['private-sector-actors']).toBe('4.00 (n/a)');
    expect(peru.indicators).toHaveLength(32);
    expect(peru.indicators.filter((f) => f.change === null)).toHaveLength(6);
  });

  it('is high criminality, low resilience, and carries its profile', () => {
    expect(peru.quadrant).toBe('high-criminality-low-resilience');
    expect(peru.profile?.paragraphs).toHaveLength(29);
  });
});

describe('the whole Index', () => {
  it('rounds half up exactly: Tanzania 2023 resilience 4.125 → 4.13', () => {
    expect(formatScore(buildCountryBrief(model, 'TZA', 2023).composites.resilience.value)).toBe('4.13');
  });

  it('publishes Bangladesh 2021 criminality 4.98, where float rounding gives 4.97', () => {
    expect(formatScore(buildCountryBrief(model, 'BGD', 2021).composites.criminality.value)).toBe('4.98');
  });

  it('recomputes every composite of every country in all three editions to the published value', () => {
    expect(model.warnings).toEqual([]);
    let compared = 0;
    for (const [edition, { scores }] of model.editions) {
      expect(scores.countries.size, `${edition}`).toBe(193);
      for (const country of scores.countries.values()) {
        expect(country.hundredths, `${edition} ${country.iso3}`).toEqual(country.published);
        compared += 4;
      }
    }
    expect(compared).toBe(3 * 193 * 4);
  });

  it('warns, naming edition, country and composite, when a published composite disagrees with the recomputed one', async () => {
    const data = await loadData('data');
    const editions = data.editions.map((e) =>
      e.edition !== 2023 ? e : { ...e, countries: e.countries.map((c) => (c.iso3 !== 'PER' ? c : { ...c, published: { ...c.published, resilience: 4.37 } })) },
    );
    const altered = buildIndexModel({ ...data, editions });
    expect(altered.warnings).toEqual(['composite differs from the published value: 2023 PER resilience: published 4.37, computed 4.38']);
    // the brief prints the recomputed figure
    expect(buildCountryBrief(altered, 'PER', 2023).composites.resilience.value).toBe(438);
  });

  it('computes criminality from the unrounded means, not the rounded ones', () => {
    // Averaging the two rounded means gives a different figure for 57 countries in 2023
    const scores = model.editions.get(2023)!.scores.countries;
    let differs = 0;
    for (const c of scores.values()) {
      const naive = Math.floor((c.hundredths.markets + c.hundredths.actors + 1) / 2);
      if (naive !== c.hundredths.criminality) differs++;
    }
    expect(differs).toBeGreaterThan(0);
  });

  it('counts 47 low-criminality/high-resilience countries in 2023 and 50 in 2021', () => {
    const count = (edition: number) => COUNTRIES.filter((c) => buildCountryBrief(model, c.iso3, edition).quadrant === 'low-criminality-high-resilience').length;
    expect(count(2023)).toBe(47);
    expect(count(2021)).toBe(50);
  });

  it('averages the unrounded scores: global criminality 5.03 and resilience 4.81 in 2023', () => {
    expect(peru.composites.criminality.averages.world).toBe(503);
    expect(peru.composites.resilience.averages.world).toBe(481);
    expect(peru.composites.criminality.averages.continent).toBe(520);
    expect(peru.composites.criminality.averages.region).toBe(594);
  });

  it('shares ranks between ties (competition ranking) and gives 2021 no changes', () => {
    const turkey2021 = buildCountryBrief(model, 'TUR', 2021);
    expect(turkey2021.previousEdition).toBeNull();
    expect(turkey2021.composites.criminality.change).toBeNull();
    expect(turkey2021.composites.criminality.ranks.every((r) => r.previous === null)).toBe(true);
    const ranks = [...model.editions.get(2023)!.ranks.criminality.world.values()].sort((a, b) => a - b);
    expect(ranks[0]).toBe(1);
    for (let n = 1; n < ranks.length; n++) {
      expect(ranks[n] === ranks[n - 1] || ranks[n] === n + 1, `rank ${ranks[n]} at position ${n + 1}`).toBe(true);
    }
    expect(new Set(ranks).size).toBeLessThan(193); // there are ties in 2023
  });

  it('orders ranks by the double the site computes: an exact tie the doubles split, and one they keep (2023)', () => {
    const criminality = model.editions.get(2023)!.ranks.criminality.world;
    // Guinea and Romania are both exactly 55/12 = 4.58333…; their doubles differ in the last bit.
    expect([criminality.get('GIN'), criminality.get('ROU')]).toEqual([122, 123]);
    // Angola and Madagascar are both exactly 5.58333… and so are their doubles: they share 70th.
    expect([criminality.get('AGO'), criminality.get('MDG')]).toEqual([70, 70]);
    expect(criminality.get('ROU')).toBe(123);
  });
});

describe('Peru 2025, the current edition', () => {
  let peru2025: CountryBrief;
  beforeAll(() => {
    peru2025 = buildCountryBrief(model, 'PER', 2025);
  });

  it('prints the 2025 composites and their changes since 2023', () => {
    expect(printed(peru2025.composites.criminality)).toBe('6.62 (+0.22)');
    expect(printed(peru2025.composites.markets)).toBe('6.33 (+0.13)');
    expect(printed(peru2025.composites.actors)).toBe('6.90 (+0.30)');
    expect(printed(peru2025.composites.resilience)).toBe('4.46 (+0.08)');
    expect(peru2025.previousEdition).toBe(2023);
    // every 2025 indicator existed in 2023: no n/a
    expect(peru2025.indicators.filter((f) => f.change === null)).toEqual([]);
  });

  it('ranks 31st of 193 (32nd in 2023), 10th of 35 in the Americas, 6th of 12 in South America', () => {
    expect(peru2025.composites.criminality.ranks.map(ranked)).toEqual(['World: 31 of 193 (32 before)', 'Americas: 10 of 35 (10 before)', 'South America: 6 of 12 (6 before)']);
  });

  it('has a trend over all three editions, oldest first', () => {
    expect(peru2025.history.map((p) => p.edition)).toEqual([2021, 2023, 2025]);
    expect(peru2025.history.map((p) => formatScore(p.composites.criminality.value))).toEqual(['6.35', '6.40', '6.62']);
    expect(peru2025.history.map((p) => formatScore(p.composites.resilience.value))).toEqual(['4.58', '4.38', '4.46']);
    const worldRank = (p: CountryBrief['history'][number]) => p.composites.criminality.ranks.find((r) => r.scope === 'world')!.rank;
    expect(peru2025.history.map(worldRank)).toEqual([26, 32, 31]);
    // an indicator that did not exist yet is absent, never 0
    expect(peru2025.history[0]!.indicators['extortion-and-protection-racketeering']).toBeUndefined();
    expect(peru2025.history[2]!.indicators['extortion-and-protection-racketeering']).toBe(550);
  });

  it('never shows a later edition than its own', () => {
    expect(peru.history.map((p) => p.edition)).toEqual([2021, 2023]);
    const first = buildCountryBrief(model, 'PER', 2021);
    expect(first.history.map((p) => p.edition)).toEqual([2021]);
    expect(first.previousEdition).toBeNull();
  });

  it('keeps the analysis with its edition: the 2023 profile is not the 2025 one', () => {
    expect(peru2025.profile).toBeUndefined();
    expect(peru2025.earlierProfileEdition).toBe(2023);
    expect(peru.profile?.edition).toBe(2023);
    expect(peru.earlierProfileEdition).toBeNull();
    expect(buildCountryBrief(model, 'TZA', 2025).earlierProfileEdition).toBeNull();
  });
});
