/**
 * Briefs in Spanish and French, read back: the figures and ranks written the language's way,
 * names in the language, the PDF's /Lang, GI-TOC's analysis kept in English and labelled so;
 * and the page rules of the English briefs, for every country in each language on A4.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCharts } from '../../src/charts/renderCharts.js';
import { renderScopeCharts } from '../../src/charts/renderScopeCharts.js';
import { COUNTRIES } from '../../src/index/countries.js';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { allScopes, buildScopeBrief } from '../../src/model/buildScopeBrief.js';
import { buildBriefPdf, planBriefPdf } from '../../src/pdf/buildBriefPdf.js';
import { buildScopePdf, planScopePdf } from '../../src/pdf/buildScopePdf.js';
import { inLang, type Lang } from '../../src/present/locale.js';
import { labelCrossings } from '../charts/labelCrossings.js';
import { checkWellFormed } from '../charts/readSvg.js';
import { pageFills } from './pageFills.js';
import { readPdf } from './readPdf.js';

let model: IndexModel;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
});

/** A country's brief in `lang`, as bytes and read back. */
async function brief(lang: Lang, iso3: string, edition = 2025) {
  return inLang(lang, async () => {
    const country = buildCountryBrief(model, iso3, edition);
    const bytes = await buildBriefPdf(model, country, await renderCharts(model, country, { locale: lang }), { paper: 'a4', onWarning: (w) => expect.fail(w) });
    return { bytes, pdf: await readPdf(bytes) };
  });
}

/** The document's language: the catalog's /Lang, the last one written. */
const langOf = (bytes: Uint8Array) =>
  [
    ...Buffer.from(bytes)
      .toString('latin1')
      .matchAll(/\/Lang \((\w+)\)/g),
  ].at(-1)?.[1];

describe('Peru 2025 in Spanish', () => {
  it('writes 6,62 and 31.º de 193 países, in Spanish, and says so in /Lang', async () => {
    const { bytes, pdf } = await brief('es', 'PER');
    const first = pdf.pages[0]!.text;
    expect(first).toMatch(/^ÍNDICE GLOBAL DE CRIMEN ORGANIZADO 2025 · INFORME DE PAÍS Perú América · América del Sur/);
    expect(first).toContain('6,62 +0,22 desde 2023');
    expect(first).toContain('31.º de 193 países (32.º en 2023)');
    expect(first).toContain('6.º de 12 en América del Sur (6.º en 2023)');
    expect(langOf(bytes)).toBe('es');
    expect(pdf.text).not.toMatch(/\b6\.62\b/);
    expect(pdf.text).toContain('GI-TOC publica el Índice en inglés');
    expect(pdf.text).toContain('10 de noviembre de 2025');
  });
});

describe('Peru 2025 in French', () => {
  it('writes 6,62 and 31ᵉ sur 193 pays, French names and spaces, and says so in /Lang', async () => {
    const { bytes, pdf } = await brief('fr', 'PER');
    const first = pdf.pages[0]!.text;
    expect(first).toMatch(/^INDICE MONDIAL DU CRIME ORGANISÉ 2025 · FICHE PAYS Pérou Amériques · Amérique du Sud/);
    expect(first).toContain('31ᵉ sur 193 pays (32ᵉ en 2023)');
    expect(first).toContain('6ᵉ sur 12 en Amérique du Sud');
    expect(first).toContain('Le Pérou et 65 autres pays');
    expect(first).toContain('Quadrant : Criminalité élevée');
    expect(langOf(bytes)).toBe('fr');
    // the narrow no-break space before a colon keeps it on the line of the word before it
    const plan = await inLang('fr', async () => {
      const country = buildCountryBrief(model, 'PER', 2025);
      return planBriefPdf(model, country, await renderCharts(model, country, { locale: 'fr' }), { paper: 'a4' });
    });
    const lines = plan.pages.flatMap((page) => page.blocks.flatMap((b) => (b.kind === 'text' ? b.lines.map((l) => l.text) : [])));
    expect(lines.filter((line) => /^[:;?!]/.test(line))).toEqual([]);
    expect(lines.some((line) => line.includes('\u202F:'))).toBe(true);
    expect(pdf.text).toContain('le GI-TOC publie l’Indice en anglais');
  });

  it('names a long-named country in full where a sentence names it', async () => {
    const { pdf } = await brief('fr', 'COD');
    expect(pdf.pages[0]!.text).toMatch(/^INDICE MONDIAL DU CRIME ORGANISÉ 2025 · FICHE PAYS République démocratique du Congo/);
    expect(pdf.text).toContain('La République démocratique du Congo');
  });
});

describe('GI-TOC’s analysis in a translated brief', () => {
  it('stays in English, as published, under a translated heading that says so', async () => {
    const { bytes, pdf } = await brief('es', 'PER', 2023);
    const analysis = pdf.text.slice(pdf.text.indexOf('Análisis'));
    expect(analysis).toMatch(/inglés/);
    expect(analysis).toContain('Peru');
    // the document is Spanish; GI-TOC's paragraphs say they are English, for screen readers
    expect(langOf(bytes)).toBe('es');
    expect(
      Buffer.from(bytes)
        .toString('latin1')
        .match(/\/Lang \(en\)/g)?.length,
    ).toBe(29);
  });
});

describe('regional briefs in each language', () => {
  it.each(['es', 'fr'] as const)('South America 2025 in %s: 12 countries, Peru 6th, decimal commas, /Lang', async (lang) => {
    const { bytes, pdf } = await inLang(lang, async () => {
      const scope = buildScopeBrief(model, 'region', 'South America', 2025);
      const bytes = await buildScopePdf(model, scope, await renderScopeCharts(model, scope, { locale: lang }), { paper: 'a4', onWarning: (w) => expect.fail(w) });
      return { bytes, pdf: await readPdf(bytes) };
    });
    expect(langOf(bytes)).toBe(lang);
    expect(pdf.pages.length).toBeLessThanOrEqual(8);
    expect(pdf.text).toContain(lang === 'es' ? 'Perú 6,62 6.º (6.º) 31.º (32.º)' : 'Pérou 6,62 6ᵉ (6ᵉ) 31ᵉ (32ᵉ)');
  });
});

describe.each(['es', 'fr'] as const)('every 2025 brief in %s, on A4', (lang) => {
  it.each(COUNTRIES.map((c) => [c.name, c.iso3] as const))('%s: charts with no crossed or cut label; six pages, trend on page 1, no thin page', async (name, iso3) => {
    await inLang(lang, async () => {
      const country = buildCountryBrief(model, iso3, 2025);
      const charts = await renderCharts(model, country, { locale: lang });
      for (const chart of charts) {
        checkWellFormed(chart.svg);
        expect(chart.svg, chart.id).not.toMatch(/…|&#8230;|&hellip;/);
        expect(labelCrossings(chart.svg), `${name} ${chart.id}`).toEqual([]);
      }
      const plan = planBriefPdf(model, country, charts, { paper: 'a4', onWarning: (w) => expect.fail(w) });
      expect(plan.info.lang).toBe(lang);
      expect(plan.pages.length, name).toBeLessThanOrEqual(6);
      const first = plan.pages[0]!.blocks.flatMap((b) => (b.kind === 'figure' ? [b.chart] : []));
      expect(first, `${name}: page 1`).toEqual(['pyramid', 'comparison', 'trend']);
      const thin = pageFills(plan)
        .slice(0, -1)
        .flatMap((fill, i) => (fill < 0.65 ? [`page ${i + 1}: ${Math.round(fill * 100)}%`] : []));
      expect(thin, name).toEqual([]);
    });
  });
});

describe.each(['es', 'fr'] as const)('every 2025 regional, continental and world brief in %s, on A4', (lang) => {
  it.each(allScopes().map((s) => [s.name, s.kind] as const))('%s (%s): eight pages at most, no thin page, no crossed label', async (name, kind) => {
    await inLang(lang, async () => {
      const scope = buildScopeBrief(model, kind, name, 2025);
      const charts = await renderScopeCharts(model, scope, { locale: lang });
      for (const chart of charts) expect(labelCrossings(chart.svg), `${name} ${chart.id}`).toEqual([]);
      const plan = planScopePdf(model, scope, charts, { paper: 'a4', onWarning: (w) => expect.fail(w) });
      expect(plan.pages.length, name).toBeLessThanOrEqual(8);
      const thin = pageFills(plan)
        .slice(0, -1)
        .flatMap((fill, i) => (fill < 0.65 ? [`page ${i + 1}: ${Math.round(fill * 100)}%`] : []));
      expect(thin, name).toEqual([]);
    });
  });
});
