/**
 * Narrative paragraphs → the pillar, group and indicators each one covers.
 *
 * The page has no headings, but its paragraphs follow the indicators in order (one paragraph
 * per indicator or pair of indicators; the actor paragraphs in their own order). So tagging is
 * an alignment: split the ordered indicators into consecutive runs, one run per paragraph,
 * choosing the split whose runs best match the words each paragraph uses. The words only
 * break ties of order; order does the heavy lifting. The result is stored with the profile,
 * marked "inferred", for a person to correct.
 */
import { indicatorById, indicatorsOf } from '../index/taxonomy.js';
import type { Paragraph } from './schemas.js';

/** Words that signal each indicator. Lower case, matched on word starts. */
const KEYWORDS: Readonly<Record<string, RegExp>> = {
  'human-trafficking': /\b(human trafficking|trafficking in persons|trafficking victims|sexual exploitation|forced labou?r|sex trafficking)/,
  'human-smuggling': /\b(human smuggling|migrant smuggling|people smuggling|smuggling of (people|migrants|persons)|smuggled (people|migrants|individuals)|migrants?\b)/,
  'extortion-and-protection-racketeering': /\b(extortion|racketeering|protection (money|fees|payments)|security quotas)/,
  'arms-trafficking': /\b(arms|weapons|firearms|guns|ammunition)\b/,
  'trade-in-counterfeit-goods': /\b(counterfeit|fake goods|piracy)/,
  'illicit-trade-in-excisable-goods': /\b(excis|cigarettes|tobacco|alcohol)/,
  'flora-crimes': /\b(flora|logging|timber|deforestation|wood|forest)/,
  'fauna-crimes': /\b(fauna|wildlife|poaching|species|animals|fishing|ivory)/,
  'non-renewable-resource-crimes': /\b(non-renewable|mining|gold|minerals?|oil\b|fuel|diamonds)/,
  'heroin-trade': /\b(heroin|opium|opioid|poppy)/,
  'cocaine-trade': /\b(cocaine|coca\b)/,
  'cannabis-trade': /\b(cannabis|marijuana|hashish)/,
  'synthetic-drug-trade': /\b(synthetic|methamphetamine|fentanyl|precursor|ecstasy|captagon|tramadol|amphetamine)/,
  'cyber-dependent-crimes': /\b(cyber|hack|ransomware|malware)/,
  'financial-crimes': /\b(financial crimes?|fraud|embezzlement|tax evasion|scams?\b|phishing)/,
  'mafia-style-groups': /\b(mafia|gangs?\b|guerrilla)/,
  'criminal-networks': /\b(criminal networks?|networks)/,
  'state-embedded-actors': /\b(state-embedded|embedded in the state|complicity|corrupt officials|officials|politicians)/,
  'foreign-actors': /\b(foreign|transnational|international (criminal|organized))/,
  'private-sector-actors': /\b(private sector|companies|businesses|legal business)/,
  'political-leadership-and-governance': /\b(political|president|leadership|governance|government)/,
  'government-transparency-and-accountability': /\b(transparency|accountability|corruption|oversight|access to information|audit)/,
  'international-cooperation': /\b(international cooperation|extradition|treaties|treaty|conventions?|mutual legal)/,
  'national-policies-and-laws': /\b(national (policy|policies|strategy|plan)|legislation|legal framework|laws?\b|criminali[sz]ed)/,
  'judicial-system-and-detention': /\b(judicia|courts?\b|judges|prisons?|detention|prosecut)/,
  'law-enforcement': /\b(law enforcement|police|investigat)/,
  'territorial-integrity': /\b(borders?|territor)/,
  'anti-money-laundering': /\b(money laundering|anti-money|fatf|financial intelligence)/,
  'economic-regulatory-capacity': /\b(econom|informal|taxe?s?\b|regulat|sanctions)/,
  'victim-and-witness-support': /\b(victims?|witness)/,
  prevention: /\b(prevent)/,
  'non-state-actors': /\b(civil society|journalis|media|ngos?\b|non-state|press freedom|activists|defenders)/,
};

/** The order paragraphs follow: indicators in page order, but actors as the narrative takes them. */
const ACTOR_ORDER = ['criminal-networks', 'state-embedded-actors', 'mafia-style-groups', 'foreign-actors', 'private-sector-actors'];

export function narrativeOrder(edition: number): string[] {
  const ids = indicatorsOf(edition).map((i) => i.id);
  const actors = ACTOR_ORDER.filter((id) => ids.includes(id));
  const firstActor = ids.findIndex((id) => actors.includes(id));
  const rest = ids.filter((id) => !actors.includes(id));
  rest.splice(firstActor, 0, ...actors);
  return rest;
}

/**
 * How strongly a paragraph speaks of an indicator: each mention of the indicator's own name
 * counts 5, each other signal word 1.
 */
function affinity(text: string, id: string): number {
  const lower = text.toLowerCase();
  const count = (pattern: RegExp) => lower.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
  const name = indicatorById(id)
    .name.toLowerCase()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return count(new RegExp(`\\b${name}`)) * 5 + count(KEYWORDS[id]!);
}

const MAX_RUN = 3; // a paragraph covers one indicator, sometimes two, rarely three
const SKIP_COST = 4; // an indicator no paragraph covers
const SILENT_COST = 1; // an indicator in a run whose paragraph never names it
const UNPLACED_COST = 6; // a paragraph that covers no indicator

/** A run's fit: each indicator the paragraph names adds its affinity (capped), each it never names costs. */
function runScore(affinities: ReadonlyMap<string, number>, run: readonly string[]): number {
  return run.reduce((sum, id) => {
    const a = affinities.get(id)!;
    return sum + (a > 0 ? Math.min(a, 6) : -SILENT_COST);
  }, 0);
}

/** Tags every paragraph; a paragraph no indicator fits is returned as "unplaced". */
export function tagParagraphs(texts: readonly string[], edition: number): Paragraph[] {
  const order = narrativeOrder(edition);
  const n = texts.length;
  const m = order.length;
  // paragraph × indicator, once: the alignment below asks for each pair many times
  const affinities = texts.map((text) => new Map(order.map((id) => [id, affinity(text, id)])));
  // best[p][i]: best score with paragraphs < p placed and indicators < i consumed
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const from = Array.from({ length: n + 1 }, () => new Array<[number, number, number]>(m + 1));
  best[0]![0] = 0;
  for (let p = 0; p <= n; p++) {
    for (let i = 0; i <= m; i++) {
      const here = best[p]![i]!;
      if (here === -Infinity) continue;
      // skip indicator i
      if (i < m && here - SKIP_COST > best[p]![i + 1]!) {
        best[p]![i + 1] = here - SKIP_COST;
        from[p]![i + 1] = [p, i, 0];
      }
      if (p === n) continue;
      // paragraph p covers nothing
      if (here - UNPLACED_COST > best[p + 1]![i]!) {
        best[p + 1]![i] = here - UNPLACED_COST;
        from[p + 1]![i] = [p, i, 0];
      }
      // paragraph p covers indicators i … i+len−1
      for (let len = 1; len <= MAX_RUN && i + len <= m; len++) {
        const score = here + runScore(affinities[p]!, order.slice(i, i + len));
        if (score > best[p + 1]![i + len]!) {
          best[p + 1]![i + len] = score;
          from[p + 1]![i + len] = [p, i, len];
        }
      }
    }
  }
  const runs: string[][] = new Array(n);
  for (let p = n, i = m; p > 0 || i > 0; ) {
    const [pp, ii, len] = from[p]![i]!;
    if (pp !== p) runs[pp] = order.slice(ii, ii + len);
    [p, i] = [pp, ii];
  }
  return texts.map((text, p): Paragraph => {
    const run = runs[p] ?? [];
    if (run.length === 0) return { text, pillar: null, group: null, indicators: [], tagging: 'unplaced' };
    const first = indicatorById(run[0]!);
    return { text, pillar: first.pillar, group: first.group, indicators: run, tagging: 'inferred' };
  });
}
