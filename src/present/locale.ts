/**
 * The language of the output being built. A generate run builds each output in one language;
 * the task sets it once (`inLang`) and everything that prints words or numbers reads it
 * (`currentLang`): templates, names, number and date formats. Outside any task (importing data,
 * tests that do not say), the language is English.
 *
 * AsyncLocalStorage rather than a module variable: a worker may have several outputs in flight,
 * and each keeps its own language across awaits.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export const LANGS = ['en', 'es', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

const storage = new AsyncLocalStorage<Lang>();

/** The language of the output being built; English outside any. */
export function currentLang(): Lang {
  return storage.getStore() ?? 'en';
}

/** Runs `build` with `lang` as the language of everything it prints, awaits included. */
export function inLang<T>(lang: Lang, build: () => T): T {
  return storage.run(lang, build);
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
