/**
 * ScopeBrief → the facts a regional, continental or world summary leads with, chosen from the
 * data: the most and least criminal members, the most and least resilient, the largest moves in
 * criminality since the previous edition, and the criminal markets that stand out against the
 * world (for the world itself: its most pervasive markets). Ties are kept together; the words
 * are the template's business.
 */
import type { Indicator } from '../index/taxonomy.js';
import type { MemberRow, ScopeBrief, ScopeFigure } from './buildScopeBrief.js';
import { extreme } from './headlineFacts.js';

export interface MemberMove {
  readonly member: MemberRow;
  /** Criminality now − before, hundredths. */
  readonly change: number;
}

export interface ScopeFacts {
  readonly mostCriminal: readonly MemberRow[];
  readonly leastCriminal: readonly MemberRow[];
  readonly mostResilient: readonly MemberRow[];
  readonly leastResilient: readonly MemberRow[];
  /** The largest rises and falls of criminality (ties together); empty in a first edition or when none. */
  readonly rose: readonly MemberMove[];
  readonly fell: readonly MemberMove[];
  /** At most MARKETS_NAMED markets, the furthest above the world's average first; for the world, the highest. */
  readonly markets: readonly (ScopeFigure & { readonly indicator: Indicator })[];
}

/** How many markets a summary names. */
export const MARKETS_NAMED = 2;

/** By name, so tied members read in a stable order. */
const byName = (a: MemberRow, b: MemberRow) => (a.country.name < b.country.name ? -1 : a.country.name > b.country.name ? 1 : 0);

export function scopeFacts(brief: ScopeBrief): ScopeFacts {
  const members = [...brief.members].sort(byName);
  const moves = members
    .filter((member) => member.previous !== null && member.criminality !== member.previous.criminality)
    .map((member) => ({ member, change: member.criminality - member.previous!.criminality }));
  const markets = brief.indicators.filter((f) => f.indicator.component === 'markets');
  const standOut = brief.kind === 'world' ? [...markets].sort((a, b) => b.value - a.value) : markets.filter((f) => f.value > f.world).sort((a, b) => b.value - b.world - (a.value - a.world));
  return {
    mostCriminal: extreme(members, (m) => m.criminality),
    leastCriminal: extreme(members, (m) => -m.criminality),
    mostResilient: extreme(members, (m) => m.resilience),
    leastResilient: extreme(members, (m) => -m.resilience),
    rose: extreme(
      moves.filter((m) => m.change > 0),
      (m) => m.change,
    ),
    fell: extreme(
      moves.filter((m) => m.change < 0),
      (m) => -m.change,
    ),
    markets: standOut.slice(0, MARKETS_NAMED),
  };
}
