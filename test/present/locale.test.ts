/**
 * Numbers, ordinals, dates and names the way each language writes them, set per output by
 * inLang and English outside any.
 */
import { describe, expect, it } from 'vitest';
import { countryByIso3, countryInOf, countryInSentence, countryName, countryTitle, groupInSentence, groupName } from '../../src/index/countries.js';
import { editionPublished } from '../../src/index/editions.js';
import { indicatorById } from '../../src/index/taxonomy.js';
import { fillText } from '../../src/present/fillText.js';
import { formatChange, formatScore, ordinal } from '../../src/present/formatFigures.js';
import { currentLang, inLang } from '../../src/present/locale.js';
import { briefTemplateFor } from '../../src/pdf/briefTemplate.js';
import { listed } from '../../src/pdf/layoutContext.js';

describe('the language of an output', () => {
  it('is English outside any output, and the given one inside, across awaits', async () => {
    expect(currentLang()).toBe('en');
    await inLang('fr', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(currentLang()).toBe('fr');
    });
    expect(currentLang()).toBe('en');
  });

  it('writes scores and changes with the decimal mark of the language', () => {
    expect(formatScore(662)).toBe('6.62');
    expect(inLang('es', () => formatScore(662))).toBe('6,62');
    expect(inLang('fr', () => [formatScore(662), formatChange(-19), formatChange(41)])).toEqual(['6,62', '\u22120,19', '+0,41']);
  });

  it('writes ordinals as each language does', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 31, 112, 193].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '31st', '112th', '193rd']);
    expect(inLang('es', () => [1, 31, 193].map(ordinal))).toEqual(['1.º', '31.º', '193.º']);
    expect(inLang('fr', () => [1, 2, 31, 193].map(ordinal))).toEqual(['1ᵉʳ', '2ᵉ', '31ᵉ', '193ᵉ']);
  });

  it('dates the editions in the language', () => {
    expect(editionPublished(2025)!.date).toBe('10 November 2025');
    expect(inLang('es', () => editionPublished(2025)!.date)).toBe('10 de noviembre de 2025');
    expect(inLang('fr', () => [editionPublished(2025)!.date, editionPublished(2023)!.date])).toEqual(['10 novembre 2025', 'septembre 2023']);
  });

  it('names countries, regions and indicators in the language, with the forms a sentence needs', () => {
    const peru = countryByIso3('PER');
    const congo = countryByIso3('COD');
    expect([countryName(congo), countryInSentence(congo), countryTitle(congo)]).toEqual(['Congo, Dem. Rep.', 'the Democratic Republic of the Congo', 'Democratic Republic of the Congo']);
    expect(inLang('es', () => [countryName(peru), groupName('South America'), indicatorById('cocaine-trade').name])).toEqual(['Perú', 'América del Sur', expect.any(String)]);
    expect(inLang('fr', () => [countryTitle(peru), countryInSentence(peru), countryInOf(peru).in, countryInOf(peru).of])).toEqual(['Pérou', 'le Pérou', 'au Pérou', 'du Pérou']);
    expect(inLang('fr', () => countryInSentence(congo))).toBe('la République démocratique du Congo');
    expect(inLang('es', () => groupInSentence('World'))).toBe('el mundo');
    expect(indicatorById('cocaine-trade').name).toBe('Cocaine trade');
  });

  it('agrees in number through ICU plurals, and keeps plain placeholders as given', () => {
    const pattern = '{count, plural, one {# país} other {# países}} en {edition}';
    expect(inLang('es', () => [fillText(pattern, { count: 1, edition: 2025 }), fillText(pattern, { count: 12, edition: 2025 })])).toEqual(['1 país en 2025', '12 países en 2025']);
    expect(() => fillText('{count, plural, one {#} other {#}} {missing}', { count: 1 })).toThrow(/missing/);
  });

  it('joins lists as each language does: "y" becomes "e" before an i- sound in Spanish', () => {
    const es = { template: briefTemplateFor('es') };
    expect(listed(es, ['políticas y leyes nacionales', 'integridad territorial'])).toBe('políticas y leyes nacionales, e integridad territorial');
    expect(listed(es, ['prevención', 'integridad territorial'])).toBe('prevención e integridad territorial');
    expect(listed(es, ['trata', 'hidrocarburos'])).toBe('trata e hidrocarburos');
    expect(listed(es, ['agua', 'hielo'])).toBe('agua y hielo');
    expect(listed({ template: briefTemplateFor('en') }, ['prevention', 'integrity'])).toBe('prevention and integrity');
  });
});
