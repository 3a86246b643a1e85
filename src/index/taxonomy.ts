/**
 * The Index's indicators, as data: stable id, name as GI-TOC prints it, pillar, group,
 * direction, one-line definition (from the country pages) and the edition that introduced it.
 * Order is the country page's order, which is also the order briefs and sheets use.
 *
 * `name` and `definition` read in the output's language (src/present/locale.ts): English here,
 * Spanish and French from templates/<lang>/taxonomy.json, our own translation. Groups keep
 * their English name as their key; `groupLabel` prints one.
 */
import * as z from 'zod';
import rawSpanish from '../../templates/es/taxonomy.json' with { type: 'json' };
import rawFrench from '../../templates/fr/taxonomy.json' with { type: 'json' };
import { DataError } from '../errors.js';
import { currentLang, type Lang } from '../present/locale.js';
export type Pillar = 'criminality' | 'resilience';
export type Component = 'markets' | 'actors' | 'resilience';
export type CompositeId = 'criminality' | Component;

export const MARKET_GROUPS = ['People', 'Trade', 'Environment', 'Drugs', 'Cyber-crimes', 'Financial crimes'] as const;
export const RESILIENCE_GROUPS = ['Leadership and governance', 'Criminal justice and security', 'Economic and financial environment', 'Civil society and social protection'] as const;
export type Group = (typeof MARKET_GROUPS)[number] | 'Criminal actors' | (typeof RESILIENCE_GROUPS)[number];

export interface Indicator {
  readonly id: string;
  readonly name: string;
  readonly pillar: Pillar;
  readonly component: Component;
  readonly group: Group;
  /** Markets and actors: a higher score is worse. Resilience: a higher score is better. */
  readonly higherIs: 'worse' | 'better';
  readonly definition: string;
  /** The first edition that scored it. */
  readonly since: number;
}

export interface Composite {
  readonly id: CompositeId;
  readonly name: string;
  readonly higherIs: 'worse' | 'better';
  readonly definition: string;
}

const composite = (id: CompositeId, name: string, higherIs: 'worse' | 'better', definition: string): Composite => ({
  id,
  higherIs,
  get name() {
    return translated('composites', id, 'name', name);
  },
  get definition() {
    return translated('composites', id, 'definition', definition);
  },
});

export const COMPOSITES: readonly Composite[] = [
  composite('criminality', 'Criminality', 'worse', 'The mean of the criminal markets and criminal actors scores.'),
  composite('markets', 'Criminal markets', 'worse', 'An assessment of the value, prevalence and non-monetary impacts of a specific crime type.'),
  composite('actors', 'Criminal actors', 'worse', 'An assessment of the impact and influence of a specific criminal actor type on society.'),
  composite('resilience', 'Resilience', 'better', 'The ability to withstand and disrupt organized criminal activities as a whole, through political, economic, legal and social measures.'),
];

type Row = [id: string, name: string, group: Group, since: number, definition: string];

const markets: Row[] = [
  ['human-trafficking', 'Human trafficking', 'People', 2021, 'Illicit activity involving coercion, deception, abduction or fraud for the purpose of exploitation, regardless of the victim’s consent.'],
  ['human-smuggling', 'Human smuggling', 'People', 2021, 'Activities by an organized crime group involving the illegal entry, transit or residence of migrants for a financial or material benefit.'],
  [
    'extortion-and-protection-racketeering',
    'Extortion and protection racketeering',
    'People',
    2023,
    'Crimes linked to exerting control over a territory/market including as a mediator and/or requesting a benefit in exchange for protection.',
  ],
  ['arms-trafficking', 'Arms trafficking', 'Trade', 2021, 'The sale, acquisition, movement, and diversion of arms, their parts and ammunition from legal to illegal commerce and/or across borders.'],
  [
    'trade-in-counterfeit-goods',
    'Trade in counterfeit goods',
    'Trade',
    2023,
    'The production, transport, storage and sale of goods that are fraudulently mislabeled or fraudulent imitations of registered brands.',
  ],
  [
    'illicit-trade-in-excisable-goods',
    'Illicit trade in excisable goods',
    'Trade',
    2023,
    'The illicit transport, handling and sale of excise consumer goods despite a ban or outside a legal market. Excludes oil and counterfeits.',
  ],
  ['flora-crimes', 'Flora crimes', 'Environment', 2021, 'The illicit trade and possession of species covered by CITES convention, and other species protected under national law.'],
  ['fauna-crimes', 'Fauna crimes', 'Environment', 2021, 'The poaching, illicit trade in and possession of species covered by CITES and other species protected by national law. Includes IUU fishing.'],
  [
    'non-renewable-resource-crimes',
    'Non-renewable resource crimes',
    'Environment',
    2021,
    'The illicit extraction, smuggling, mingling, bunkering or mining of natural resources and the illicit trade of such commodities.',
  ],
  ['heroin-trade', 'Heroin trade', 'Drugs', 2021, 'The production, distribution and sale of heroin. Consumption of the drug is considered in determining the reach of the criminal market.'],
  ['cocaine-trade', 'Cocaine trade', 'Drugs', 2021, 'The production, distribution and sale of cocaine and its derivatives. Consumption is considered in determining the reach of the market.'],
  ['cannabis-trade', 'Cannabis trade', 'Drugs', 2021, 'The illicit cultivation, distribution and sale of cannabis oil, resin, herb or leaves. Consumption is used to determine the market’s reach.'],
  ['synthetic-drug-trade', 'Synthetic drug trade', 'Drugs', 2021, 'The production, distribution and sale of synthetic drugs. Consumption is considered in determining the reach of the market.'],
  [
    'cyber-dependent-crimes',
    'Cyber-dependent crimes',
    'Cyber-crimes',
    2023,
    'Organized crimes that rely solely on using information communications technology with the aim of obtaining a monetary/material benefit.',
  ],
  [
    'financial-crimes',
    'Financial crimes',
    'Financial crimes',
    2023,
    'Organized crime that results in a monetary loss via financial fraud, embezzlement, misuse of funds, tax evasion and abusive tax avoidance.',
  ],
];

const actors: Row[] = [
  [
    'mafia-style-groups',
    'Mafia-style groups',
    'Criminal actors',
    2021,
    'Clearly defined organized crime groups that usually have a known name, defined leadership, territorial control and identifiable membership.',
  ],
  [
    'criminal-networks',
    'Criminal networks',
    'Criminal actors',
    2021,
    'Loose networks of criminal associates engaging in criminal activities who fail to meet the defining characteristics of mafia-style groups.',
  ],
  ['state-embedded-actors', 'State-embedded actors', 'Criminal actors', 2021, 'Criminal actors that are embedded in, and act from within, the state’s apparatus.'],
  ['foreign-actors', 'Foreign actors', 'Criminal actors', 2021, 'State and/or non-state criminal actors operating outside their home country. Includes foreign nationals and diaspora groups.'],
  [
    'private-sector-actors',
    'Private sector actors',
    'Criminal actors',
    2023,
    'Profit-seeking individuals/entities who own/control a part of the legal economy free from the state, that collaborate with criminal actors.',
  ],
];

const resilience: Row[] = [
  [
    'political-leadership-and-governance',
    'Political leadership and governance',
    'Leadership and governance',
    2021,
    'The State’s role in responding to organized crime and its effectiveness. Strong political leadership/governance suggests higher resilience.',
  ],
  [
    'government-transparency-and-accountability',
    'Government transparency and accountability',
    'Leadership and governance',
    2021,
    'The degree to which states have put oversight mechanisms in place to ensure against state collusion in illicit activities.',
  ],
  [
    'international-cooperation',
    'International cooperation',
    'Leadership and governance',
    2021,
    'A country’s supranational structures and processes of interaction, policy making and concrete implementation to respond to organized crime.',
  ],
  ['national-policies-and-laws', 'National policies and laws', 'Leadership and governance', 2021, 'A state’s legal action and structures put in place to respond to organized crime.'],
  [
    'judicial-system-and-detention',
    'Judicial system and detention',
    'Criminal justice and security',
    2021,
    'Refers to a state’s judiciary’s power to effectively and independently enforce judgments on organized crime-related cases.',
  ],
  [
    'law-enforcement',
    'Law enforcement',
    'Criminal justice and security',
    2021,
    'The state’s ability to investigate, gather intelligence, protect and enforce adherence to its rules and procedures against organized crime.',
  ],
  [
    'territorial-integrity',
    'Territorial integrity',
    'Criminal justice and security',
    2021,
    'The degree to which states are able to control their physical and cyber territory and infrastructure against organized criminal activities.',
  ],
  [
    'anti-money-laundering',
    'Anti-money laundering',
    'Economic and financial environment',
    2021,
    'A state’s ability to implement measures to combat money laundering and other related threats to the integrity of its financial system.',
  ],
  [
    'economic-regulatory-capacity',
    'Economic regulatory capacity',
    'Economic and financial environment',
    2021,
    'The ability to control/manage the economy and regulate transactions (national and international) for trade to thrive within the rule of law.',
  ],
  [
    'victim-and-witness-support',
    'Victim and witness support',
    'Civil society and social protection',
    2021,
    'Assistance provided to victims of various forms of organized crime, including initiatives such as witness protection programs.',
  ],
  [
    'prevention',
    'Prevention',
    'Civil society and social protection',
    2021,
    'Refers to the existence of strategies, measures, resource allocation, programmes and processes that are aimed to inhibit organized crime.',
  ],
  [
    'non-state-actors',
    'Non-state actors',
    'Civil society and social protection',
    2021,
    'The degree non-state actors are allowed to engage in OC responses and their roles in supporting State efforts/ as watchdogs to governments.',
  ],
];

const Term = z.strictObject({ name: z.string().min(1), definition: z.string().min(1) });
const Translation = z.strictObject({
  about: z.string().optional(),
  composites: z.record(z.string(), Term),
  groups: z.record(z.string(), z.string().min(1)),
  indicators: z.record(z.string(), Term),
});
type Translation = z.infer<typeof Translation>;

function parseTranslation(value: unknown, file: string): Translation {
  const result = Translation.safeParse(value);
  if (!result.success)
    throw new DataError(
      file,
      result.error.issues.map((issue) => ({ at: issue.path.join('.'), message: issue.message })),
    );
  return result.data;
}

const TRANSLATIONS: Readonly<Record<Exclude<Lang, 'en'>, Translation>> = {
  es: parseTranslation(rawSpanish, 'templates/es/taxonomy.json'),
  fr: parseTranslation(rawFrench, 'templates/fr/taxonomy.json'),
};

/** The translation of the output's language, or undefined in English. */
function translation(): Translation | undefined {
  const lang = currentLang();
  return lang === 'en' ? undefined : TRANSLATIONS[lang];
}

/** An indicator's or composite's term in the output's language; a missing one is a template error. */
function translated(kind: 'indicators' | 'composites', id: string, field: 'name' | 'definition', english: string): string {
  const words = translation();
  if (!words) return english;
  const term = words[kind][id];
  if (!term) throw new Error(`templates/${currentLang()}/taxonomy.json: no ${kind}.${id}`);
  return term[field];
}

/** A group's name as printed: "People", "Personas", "Personnes". */
export function groupLabel(group: Group): string {
  const words = translation();
  if (!words) return group;
  const label = words.groups[group];
  if (!label) throw new Error(`templates/${currentLang()}/taxonomy.json: no groups.${group}`);
  return label;
}

function indicators(rows: Row[], pillar: Pillar, component: Component): Indicator[] {
  return rows.map(([id, name, group, since, definition]) => ({
    id,
    pillar,
    component,
    group,
    since,
    higherIs: pillar === 'criminality' ? 'worse' : 'better',
    get name() {
      return translated('indicators', id, 'name', name);
    },
    get definition() {
      return translated('indicators', id, 'definition', definition);
    },
  }));
}

export const INDICATORS: readonly Indicator[] = [
  ...indicators(markets, 'criminality', 'markets'),
  ...indicators(actors, 'criminality', 'actors'),
  ...indicators(resilience, 'resilience', 'resilience'),
];

const byId = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

export function indicatorById(id: string): Indicator {
  const indicator = byId.get(id);
  if (!indicator) throw new Error(`unknown indicator ${id}`);
  return indicator;
}

/** The indicators an edition scores, in page order. */
export function indicatorsOf(edition: number): Indicator[] {
  return INDICATORS.filter((indicator) => indicator.since <= edition);
}
