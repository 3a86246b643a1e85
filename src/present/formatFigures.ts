/**
 * How figures are printed, everywhere: briefs, charts and sheets, in the output's language
 * (locale.ts). Input is hundredths (integers, as the model computes them), so nothing is rounded
 * twice and "−0.00" cannot occur.
 */
import * as z from 'zod';
import en from '../../templates/locale.json' with { type: 'json' };
import es from '../../templates/es/locale.json' with { type: 'json' };
import fr from '../../templates/fr/locale.json' with { type: 'json' };
import { fillText } from './fillText.js';
import { currentLang, type Lang } from './locale.js';

const MINUS = '\u2212';

const LocaleWords = z.strictObject({ about: z.string().optional(), lang: z.string(), ordinal: z.string().min(1) });
const LOCALE_WORDS: Readonly<Record<Lang, z.infer<typeof LocaleWords>>> = {
  en: LocaleWords.parse(en),
  es: LocaleWords.parse(es),
  fr: LocaleWords.parse(fr),
};

/** The decimal mark of each language, as Intl writes it: "." or ",". */
const DECIMAL: Readonly<Record<Lang, string>> = {
  en: decimalOf('en'),
  es: decimalOf('es'),
  fr: decimalOf('fr'),
};

function decimalOf(lang: Lang): string {
  return new Intl.NumberFormat(lang).formatToParts(1.5).find((part) => part.type === 'decimal')!.value;
}

/** 640 → "6.40" ("6,40" in Spanish and French). */
export function formatScore(hundredths: number): string {
  const sign = hundredths < 0 ? MINUS : '';
  const abs = Math.abs(hundredths);
  return `${sign}${Math.floor(abs / 100)}${DECIMAL[currentLang()]}${String(abs % 100).padStart(2, '0')}`;
}

/** 5 → "+0.05", −20 → "−0.20", 0 → "0.00", null → "n/a" (an indicator new in this edition). */
export function formatChange(hundredths: number | null): string {
  if (hundredths === null) return 'n/a';
  return hundredths > 0 ? `+${formatScore(hundredths)}` : formatScore(hundredths);
}

/** 1 → "1st", 32 → "32nd", 113 → "113th"; "32.º" in Spanish, "1ᵉʳ", "32ᵉ" in French (templates/<lang>/locale.json). */
export function ordinal(n: number): string {
  const lang = currentLang();
  return fillText(LOCALE_WORDS[lang].ordinal, { n }, `templates/${lang === 'en' ? '' : `${lang}/`}locale.json`);
}

/**
 * Which way a rank moved: "up" toward 1st (relatively more criminal, or more resilient: rank 1
 * is the highest score), "down", "same", or null without a previous rank.
 */
export type RankMove = 'up' | 'down' | 'same';
export function rankMove(rank: { rank: number; previous: number | null }): RankMove | null {
  if (rank.previous === null) return null;
  return rank.rank < rank.previous ? 'up' : rank.rank > rank.previous ? 'down' : 'same';
}
