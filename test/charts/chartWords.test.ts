/**
 * The words of the charts: validated with every problem named under the file, joined into lists
 * as the words say, and the only English a chart shows or says (the templates hold none).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChartSpecs } from '../../src/charts/buildChartSpecs.js';
import { CHART_WORDS, listOf, loadChartWords, seriesOf } from '../../src/charts/chartWords.js';
import { DataError } from '../../src/errors.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief, type CountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';

let model: IndexModel;
let peru: CountryBrief;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
  peru = buildCountryBrief(model, 'PER', 2023);
});

type Tree = Record<string, unknown>;
const english = (): Tree => JSON.parse(readFileSync('templates/charts/words.json', 'utf8')) as Tree;
/** The object at a dotted path: at(words, 'scope.comparison') . */
const at = (tree: Tree, path: string): Tree => path.split('.').reduce((node, key) => node[key] as Tree, tree);

describe('loadChartWords', () => {
  it('reads the English words as CHART_WORDS has them', () => {
    expect(loadChartWords(english(), 'templates/charts/words.json')).toEqual(CHART_WORDS);
  });

  it('names the file and every problem, with its path', () => {
    const words = english();
    delete at(words, 'landscape').alt;
    at(words, 'scope.comparison.altVersus').equal = '';
    at(words, 'trend').legend = 'Légende';
    const load = () => loadChartWords(words, 'templates/fr/charts/words.json');
    expect(load).toThrow(DataError);
    expect(load).toThrow(/^templates\/fr\/charts\/words\.json: 3 problems\n/);
    const message = (() => {
      try {
        load();
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message).toContain('landscape.alt:');
    expect(message).toContain('scope.comparison.altVersus.equal:');
    expect(message).toMatch(/trend: .*legend/);
  });

  it('wants the words of all four quadrants', () => {
    const words = english();
    delete at(words, 'landscape.quadrants')['high-criminality-high-resilience'];
    expect(() => loadChartWords(words, 'words.json')).toThrow(/landscape\.quadrants\.high-criminality-high-resilience/);
  });
});

describe('lists', () => {
  it('join the last two items with the last joiner', () => {
    expect(listOf([2025])).toBe('2025');
    expect(listOf([2021, 2023])).toBe('2021 and 2023');
    expect(listOf([2021, 2023, 2025])).toBe('2021, 2023 and 2025');
  });

  it('join a series alike throughout', () => {
    expect(seriesOf(['6.35 (2021)', '6.40 (2023)'])).toBe('6.35 (2021), 6.40 (2023)');
  });
});

describe('the alt text of a comparison', () => {
  it('takes the words of the way each comparison goes', () => {
    const { criminality } = peru.composites;
    const level = { ...peru, composites: { ...peru.composites, criminality: { ...criminality, averages: { ...criminality.averages, region: criminality.value } } } };
    expect(buildChartSpecs(model, level)[1]!.alt).toMatch(
      /^In Peru, criminality \(6\.40\) is equal to the South America average \(6\.40\) and above the world's \(5\.03\); resilience \(4\.38\) is below/,
    );
  });
});

describe('the chart templates', () => {
  /** Every string a template gives where vega draws text: a title, a subtitle, a text or a label. */
  function wordsIn(value: unknown, path: string, found: string[]): string[] {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) wordsIn(v, `${path}[${i}]`, found);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (['title', 'subtitle', 'text', 'label'].includes(key) && typeof v === 'string') found.push(`${path}.${key}: ${v}`);
        wordsIn(v, `${path}.${key}`, found);
      }
    }
    return found;
  }

  it('hold no words: every word a chart draws comes from words.json', () => {
    const files = readdirSync('templates/charts').filter((f) => /\.v[lg]\.json$/.test(f));
    expect(files).toHaveLength(6);
    const found = files.flatMap((file) => wordsIn(JSON.parse(readFileSync(`templates/charts/${file}`, 'utf8')), file, []));
    expect(found).toEqual([]);
  });
});
