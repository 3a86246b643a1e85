/**
 * Template text + values → text: "{country} in {edition}" with {country: "Peru", edition: 2025}
 * → "Peru in 2025". A placeholder without a value throws rather than printing "{contry}": a typo
 * in a template fails the first build instead of shipping.
 *
 * Text with ICU arguments ("{count, plural, one {# country} other {# countries}}", select,
 * selectordinal) is formatted by intl-messageformat in the output's language (locale.ts), so
 * translations agree in number and gender. Plain placeholders are put in as given: a year stays
 * "2025", never "2,025", and a figure arrives already formatted.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { currentLang } from './locale.js';

export type Placeholders = Readonly<Record<string, string | number>>;

/** `{name, plural|selectordinal|select, …}`: the arguments that take a number or a choice. */
const ARGUMENT = /\{\s*(\w+)\s*,\s*(plural|selectordinal|select)\s*,/g;
const compiled = new Map<string, IntlMessageFormat>();

export function fillText(pattern: string, values: Placeholders, where = 'template'): string {
  if (!pattern.includes(',')) return fillPlain(pattern, values, where);
  const numeric = new Map([...pattern.matchAll(ARGUMENT)].map((m) => [m[1]!, m[2]!]));
  if (numeric.size === 0) return fillPlain(pattern, values, where);
  const lang = currentLang();
  const key = `${lang}\u0000${pattern}`;
  let format = compiled.get(key);
  if (!format) {
    try {
      format = new IntlMessageFormat(pattern, lang);
    } catch (error) {
      throw new Error(`${where}: not a valid message: "${pattern}" (${(error as Error).message})`);
    }
    compiled.set(key, format);
  }
  const args: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    const kind = numeric.get(name);
    args[name] = kind === 'plural' || kind === 'selectordinal' ? Number(value) : String(value);
  }
  try {
    return String(format.format(args));
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message} in "${pattern}"`);
  }
}

function fillPlain(pattern: string, values: Placeholders, where: string): string {
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${where}: no value for {${name}} in "${pattern}"`);
    return String(value);
  });
}
