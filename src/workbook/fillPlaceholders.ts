/**
 * Template text + values → text: "{country} rank" with {country: "Peru"} → "Peru rank".
 *
 * A placeholder without a value throws rather than printing "{region}" into a workbook: a
 * typo in templates/workbook.json should fail the first build, not ship.
 */
export type Placeholders = Readonly<Record<string, string | number>>;

export function fillPlaceholders(text: string, values: Placeholders): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`workbook template: no value for {${name}} in "${text}"`);
    return String(value);
  });
}
