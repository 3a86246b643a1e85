/**
 * Template text + values → text: "{country} in {edition}" with {country: "Peru", edition: 2025}
 * → "Peru in 2025". A placeholder without a value throws rather than printing "{contry}": a typo
 * in a template fails the first build instead of shipping.
 */
export type Placeholders = Readonly<Record<string, string | number>>;

export function fillText(pattern: string, values: Placeholders, where = 'template'): string {
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${where}: no value for {${name}} in "${pattern}"`);
    return String(value);
  });
}
