/**
 * What is known of each edition of the Index beyond its scores: when GI-TOC published it, and
 * where its country pages live. A later edition without an entry is still generated; its
 * briefs then give no publication date.
 */
import { currentLang } from '../present/locale.js';

/** Publication dates, to the precision that is known: "YYYY-MM-DD" or "YYYY-MM". */
const PUBLISHED: Readonly<Record<number, string>> = {
  2021: '2021-09',
  2023: '2023-09',
  // launched on 10 November 2025 (ocindex.net)
  2025: '2025-11-10',
};

export interface Published {
  /** "10 November 2025", "10 de noviembre de 2025": in the output's language, never the machine's. */
  readonly date: string;
  /** Whether the day is known, or only the month. */
  readonly day: boolean;
}

/** The output's language as dates are written: British English ("10 November 2025"), Spanish, French. */
function dateLocale(): string {
  const lang = currentLang();
  return lang === 'en' ? 'en-GB' : lang;
}

/** By edition and locale: building an Intl.DateTimeFormat costs more than a brief's whole footer. */
const publishedCache = new Map<string, Published | null>();

/** When GI-TOC published `edition`, or null when it is not known. */
export function editionPublished(edition: number, locale = dateLocale()): Published | null {
  const key = `${edition} ${locale}`;
  let published = publishedCache.get(key);
  if (published === undefined) {
    published = formatPublished(edition, locale);
    publishedCache.set(key, published);
  }
  return published;
}

function formatPublished(edition: number, locale: string): Published | null {
  const date = PUBLISHED[edition];
  if (!date) return null;
  const [year, month, day] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(year!, month! - 1, day ?? 1));
  const format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}) });
  return { date: format.format(utc), day: day !== undefined };
}

/**
 * The country's page on ocindex.net: the current edition at /country/<slug>, earlier ones at
 * /<year>/country/<slug>. `slug` is the brief's own file name (countrySlug).
 */
export function countryPageUrl(slug: string, edition: number, currentEdition: number): string {
  return edition === currentEdition ? `https://ocindex.net/country/${slug}` : `https://ocindex.net/${edition}/country/${slug}`;
}

/** The first edition of the Index. */
export const FIRST_EDITION = 2021;

/**
 * Why `year` cannot be an edition of the Index, or undefined when it can: editions start with
 * 2021 and none is dated later than next year. (The clock only bounds what is accepted; no
 * output depends on it.)
 */
export function editionYearProblem(year: number, now: Date = new Date()): string | undefined {
  const latest = now.getUTCFullYear() + 1;
  if (Number.isInteger(year) && year >= FIRST_EDITION && year <= latest) return undefined;
  return `${year} cannot be an edition of the Index: its first edition is ${FIRST_EDITION}, and none is dated later than ${latest}`;
}
