/**
 * IndexModel + scope (a region, a continent or the world) + edition → ScopeBrief: what a
 * regional, continental or world brief prints. The scope's averages of every composite and
 * indicator (means of its countries' unrounded scores, rounded half up, as the model computes
 * them) set against the world's (and, for a region, its continent's), their changes and their
 * history over the editions, and the member countries ranked within the scope and among all.
 *
 * All figures are hundredths, like CountryBrief's, so printing never rounds again.
 */
import { COUNTRIES, type Country } from '../index/countries.js';
import { COMPOSITES, indicatorsOf, type CompositeId, type Indicator } from '../index/taxonomy.js';
import { previousEditionOf } from './buildCountryBrief.js';
import type { EditionModel, IndexModel, Scope } from './buildIndexModel.js';
import { quadrantOf, type Quadrant } from './quadrant.js';

export type ScopeKind = 'region' | 'continent' | 'world';

/** The model's name for the world's group. */
export const WORLD = 'World';

export interface ScopeFigure {
  /** The scope's average, hundredths. */
  readonly value: number;
  readonly previous: number | null;
  /** value − previous; null without a previous value (an indicator new in the edition). */
  readonly change: number | null;
  /** The world's average; for the world brief, the same as value. */
  readonly world: number;
  /** The continent's average, for a region; null otherwise. */
  readonly continent: number | null;
}

export interface ScopeRank {
  /** 1 is the highest score: the most criminal, or the most resilient. */
  readonly rank: number;
  readonly previous: number | null;
}

export interface MemberRow {
  readonly country: Country;
  /** Hundredths. */
  readonly criminality: number;
  readonly resilience: number;
  /** The previous edition's scores, hundredths; null in a first edition or for a country not yet scored. */
  readonly previous: { readonly criminality: number; readonly resilience: number } | null;
  /** Within the scope and among all countries, with the previous edition's rank. */
  readonly ranks: Readonly<Record<'criminality' | 'resilience', { readonly scope: ScopeRank; readonly world: ScopeRank }>>;
  readonly quadrant: Quadrant;
}

/** A group within the scope (the world's continents and regions, a continent's regions), with its averages. */
export interface SubgroupRow {
  readonly kind: 'region' | 'continent';
  readonly name: string;
  /** For a region, its continent. */
  readonly continent: string | null;
  readonly size: number;
  /** Hundredths, with the previous edition's average (null in a first edition). */
  readonly criminality: { readonly value: number; readonly previous: number | null };
  readonly resilience: { readonly value: number; readonly previous: number | null };
}

/**
 * Where a region stands among the 22 regions, or a continent among the 5, by its printed
 * average (hundredths): equal averages share a rank. Not a GI-TOC figure: the site ranks
 * countries only.
 */
export interface PeerRank {
  /** 1 is the highest average: the most criminal, or the most resilient. */
  readonly rank: number;
  readonly of: number;
  readonly previous: number | null;
}

export interface ScopeBrief {
  readonly kind: ScopeKind;
  /** "South America", "Americas", "World". */
  readonly name: string;
  /** The continent a region lies in; null for a continent and the world. */
  readonly continent: string | null;
  readonly edition: number;
  readonly previousEdition: number | null;
  readonly composites: Readonly<Record<CompositeId, ScopeFigure>>;
  /** In taxonomy (page) order. */
  readonly indicators: readonly (ScopeFigure & { readonly indicator: Indicator })[];
  /** Ranked by criminality within the scope (ties by name), the most criminal first. */
  readonly members: readonly MemberRow[];
  /** Among the regions or continents; null for the world. */
  readonly peerRanks: Readonly<Record<'criminality' | 'resilience', PeerRank>> | null;
  /** The world: its 5 continents then its 22 regions; a continent: its regions; a region: none. By name. */
  readonly subgroups: readonly SubgroupRow[];
  /** The scope's composite averages in every edition up to this one, oldest first. */
  readonly history: readonly {
    readonly edition: number;
    readonly composites: Readonly<Record<CompositeId, number>>;
    /** The world's averages that edition, to set the scope's against. */
    readonly world: Readonly<Record<CompositeId, number>>;
  }[];
}

/** The members of a scope, by ISO3 code. */
export function scopeMembers(kind: ScopeKind, name: string): Country[] {
  const members = COUNTRIES.filter((c) => kind === 'world' || (kind === 'region' ? c.region : c.continent) === name);
  if (members.length === 0) throw new Error(`no ${kind} named "${name}"`);
  return members;
}

/** Every scope of the Index: the 22 regions, the 5 continents and the world, in a stable order. */
export function allScopes(): { kind: ScopeKind; name: string }[] {
  const names = (pick: (c: Country) => string) => [...new Set(COUNTRIES.map(pick))].sort();
  return [
    ...names((c) => c.region).map((name) => ({ kind: 'region' as const, name })),
    ...names((c) => c.continent).map((name) => ({ kind: 'continent' as const, name })),
    { kind: 'world' as const, name: WORLD },
  ];
}

const RANK_SCOPE: Readonly<Record<ScopeKind, Scope>> = { region: 'region', continent: 'continent', world: 'world' };

function averagesOf(scored: EditionModel, group: string): Readonly<Record<string, number>> {
  const averages = scored.averages.get(group);
  if (!averages) throw new Error(`no averages for ${group} in ${scored.scores.edition}`);
  return averages;
}

export function buildScopeBrief(model: IndexModel, kind: ScopeKind, name: string, edition: number): ScopeBrief {
  const current = model.editions.get(edition);
  if (!current) throw new Error(`no ${edition} edition in the data`);
  const members = scopeMembers(kind, name);
  const continent = kind === 'region' ? members[0]!.continent : null;
  const group = kind === 'world' ? WORLD : name;
  const previousEdition = previousEditionOf(model, edition);
  const previous = previousEdition === null ? undefined : model.editions.get(previousEdition);

  const now = averagesOf(current, group);
  const before = previous ? averagesOf(previous, group) : undefined;
  const world = averagesOf(current, WORLD);
  const ofContinent = continent === null ? undefined : averagesOf(current, continent);
  const figure = (id: string): ScopeFigure => {
    const value = now[id]!;
    const earlier = before?.[id];
    return {
      value,
      previous: earlier ?? null,
      change: earlier === undefined ? null : value - earlier,
      world: world[id]!,
      continent: ofContinent?.[id] ?? null,
    };
  };

  const composites = Object.fromEntries(COMPOSITES.map(({ id }) => [id, figure(id)])) as Record<CompositeId, ScopeFigure>;
  const indicators = indicatorsOf(edition).map((indicator) => ({ indicator, ...figure(indicator.id) }));

  const scope = RANK_SCOPE[kind];
  const rankOf = (id: 'criminality' | 'resilience', iso3: string) => ({
    scope: { rank: current.ranks[id][scope].get(iso3)!, previous: previous?.ranks[id][scope].get(iso3) ?? null },
    world: { rank: current.ranks[id].world.get(iso3)!, previous: previous?.ranks[id].world.get(iso3) ?? null },
  });
  const rows = members.map((country): MemberRow => {
    const scores = current.scores.countries.get(country.iso3)!.hundredths;
    const earlier = previous?.scores.countries.get(country.iso3)?.hundredths;
    return {
      country,
      criminality: scores.criminality,
      resilience: scores.resilience,
      previous: earlier ? { criminality: earlier.criminality, resilience: earlier.resilience } : null,
      ranks: { criminality: rankOf('criminality', country.iso3), resilience: rankOf('resilience', country.iso3) },
      quadrant: quadrantOf(scores.criminality, scores.resilience),
    };
  });
  rows.sort((a, b) => a.ranks.criminality.scope.rank - b.ranks.criminality.scope.rank || (a.country.name < b.country.name ? -1 : 1));

  const history = [...model.editions]
    .filter(([year]) => year <= edition)
    .sort(([a], [b]) => a - b)
    .map(([year, scored]) => {
      const pick = (averages: Readonly<Record<string, number>>) => Object.fromEntries(COMPOSITES.map(({ id }) => [id, averages[id]!])) as Record<CompositeId, number>;
      return { edition: year, composites: pick(averagesOf(scored, group)), world: pick(averagesOf(scored, WORLD)) };
    });

  const subgroupOf = (groupKind: 'region' | 'continent', groupName: string): SubgroupRow => {
    const inGroup = scopeMembers(groupKind, groupName);
    const averages = averagesOf(current, groupName);
    const earlier = previous ? averagesOf(previous, groupName) : undefined;
    const pair = (id: 'criminality' | 'resilience') => ({ value: averages[id]!, previous: earlier?.[id] ?? null });
    return {
      kind: groupKind,
      name: groupName,
      continent: groupKind === 'region' ? inGroup[0]!.continent : null,
      size: inGroup.length,
      criminality: pair('criminality'),
      resilience: pair('resilience'),
    };
  };
  const scopes = allScopes();
  const subgroups =
    kind === 'world'
      ? [...scopes.filter((s) => s.kind === 'continent'), ...scopes.filter((s) => s.kind === 'region')].map((s) => subgroupOf(s.kind as 'region' | 'continent', s.name))
      : kind === 'continent'
        ? scopes.filter((s) => s.kind === 'region' && scopeMembers('region', s.name)[0]!.continent === name).map((s) => subgroupOf('region', s.name))
        : [];

  const peerRanks =
    kind === 'world'
      ? null
      : {
          criminality: peerRank(kind, name, 'criminality', current, previous),
          resilience: peerRank(kind, name, 'resilience', current, previous),
        };

  return { kind, name, continent, edition, previousEdition, composites, indicators, members: rows, peerRanks, subgroups, history };
}

/** 1 + the number of peers with a higher average, in `scored`. */
function rankAmong(names: readonly string[], name: string, id: 'criminality' | 'resilience', scored: EditionModel): number {
  const own = averagesOf(scored, name)[id]!;
  return 1 + names.filter((other) => averagesOf(scored, other)[id]! > own).length;
}

function peerRank(kind: 'region' | 'continent', name: string, id: 'criminality' | 'resilience', current: EditionModel, previous: EditionModel | undefined): PeerRank {
  const names = allScopes()
    .filter((s) => s.kind === kind)
    .map((s) => s.name);
  return { rank: rankAmong(names, name, id, current), of: names.length, previous: previous ? rankAmong(names, name, id, previous) : null };
}
