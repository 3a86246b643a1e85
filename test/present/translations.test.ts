/**
 * Every language has every text: each key of an English template is in its Spanish and French
 * translations, with the same structure, the same non-text values and no placeholder the
 * English text does not fill; every translated text is a valid ICU message; the names and
 * taxonomy tables cover every country, region, continent, group and indicator; French puts a
 * narrow no-break space before its high punctuation.
 */
import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CONTINENTS, COUNTRIES } from '../../src/index/countries.js';
import { COMPOSITES, INDICATORS, MARKET_GROUPS, RESILIENCE_GROUPS } from '../../src/index/taxonomy.js';

const TEMPLATES = ['brief.json', 'scope.json', 'workbook.json', 'charts/words.json', 'locale.json'];
const read = (path: string): unknown => JSON.parse(readFileSync(`templates/${path}`, 'utf8'));

/** Forms of a name every brief's text may use where a language needs them ("au Pérou", "en Amérique du Sud"). */
const PLACE_FORMS = new Set(['inCountry', 'ofCountry', 'inName', 'ofName', 'inGroup']);

/** The placeholder names a message uses: {name}, {name, plural, …}. */
function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]!));
}

/** Every difference between the English tree and a translation, as "path: problem". */
function compare(english: unknown, translated: unknown, path: string, problems: string[]): void {
  if (typeof english === 'string') {
    if (typeof translated !== 'string') return void problems.push(`${path}: expected text`);
    if (path.endsWith('.lang')) return;
    for (const name of placeholders(translated)) {
      if (!placeholders(english).has(name) && !PLACE_FORMS.has(name)) problems.push(`${path}: {${name}} is not in the English text`);
    }
    return;
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(translated) || translated.length !== english.length) return void problems.push(`${path}: expected ${english.length} items`);
    english.forEach((item, i) => {
      compare(item, translated[i], `${path}[${i}]`, problems);
    });
    return;
  }
  if (english !== null && typeof english === 'object') {
    if (translated === null || typeof translated !== 'object') return void problems.push(`${path}: expected an object`);
    for (const [key, value] of Object.entries(english)) {
      if (!(key in translated)) problems.push(`${path}.${key}: missing`);
      else compare(value, (translated as Record<string, unknown>)[key], `${path}.${key}`, problems);
    }
    return;
  }
  if (english !== translated) problems.push(`${path}: expected ${JSON.stringify(english)}, got ${JSON.stringify(translated)}`);
}

/** Every string of a tree, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe.each(['es', 'fr'] as const)('the %s templates', (lang) => {
  it.each(TEMPLATES)('%s has every key of the English one, and no placeholder it lacks', (file) => {
    const problems: string[] = [];
    compare(read(file), read(`${lang}/${file}`), file, problems);
    expect(problems).toEqual([]);
  });

  it('are valid ICU messages', () => {
    const bad: string[] = [];
    for (const file of [...TEMPLATES, 'names.json', 'taxonomy.json']) {
      for (const [path, text] of strings(read(`${lang}/${file}`))) {
        try {
          new IntlMessageFormat(text, lang);
        } catch (error) {
          bad.push(`${file}${path}: ${(error as Error).message}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('name all 193 countries, the 22 regions, the 5 continents and the world, in four forms each', () => {
    const names = read(`${lang}/names.json`) as Record<string, Record<string, Record<string, string>>>;
    expect(Object.keys(names.countries!).sort()).toEqual(COUNTRIES.map((c) => c.iso3).sort());
    expect(Object.keys(names.regions!).sort()).toEqual([...new Set(COUNTRIES.map((c) => c.region))].sort());
    expect(Object.keys(names.continents!).sort()).toEqual([...CONTINENTS].sort());
    for (const place of [...Object.values(names.countries!), ...Object.values(names.regions!), ...Object.values(names.continents!), names.world!]) {
      expect(Object.keys(place).sort()).toEqual(['in', 'inSentence', 'name', 'of']);
    }
  });

  it('translate every composite, group and indicator', () => {
    const taxonomy = read(`${lang}/taxonomy.json`) as Record<string, Record<string, unknown>>;
    expect(Object.keys(taxonomy.composites!).sort()).toEqual(COMPOSITES.map((c) => c.id).sort());
    expect(Object.keys(taxonomy.indicators!).sort()).toEqual(INDICATORS.map((i) => i.id).sort());
    expect(Object.keys(taxonomy.groups!).sort()).toEqual([...MARKET_GROUPS, 'Criminal actors', ...RESILIENCE_GROUPS].sort());
  });
});

describe('French typography', () => {
  it('puts a narrow no-break space before : ; ? ! and %, outside addresses and placeholders', () => {
    const bad: string[] = [];
    for (const file of [...TEMPLATES, 'names.json', 'taxonomy.json']) {
      for (const [path, text] of strings(read(`fr/${file}`))) {
        const plain = text.replace(/https?:\/\/\S+/g, '').replace(/\{[^{}]*\}/g, '');
        for (const match of plain.matchAll(/(.)([:;?!%])/g)) {
          if (match[1] !== '\u202F') bad.push(`${file}${path}: "${match[0]}" in "${text}"`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
