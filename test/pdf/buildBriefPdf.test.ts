/**
 * The PDF brief read back with pdf.js: what a reader of the page and a screen reader find.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/load/loadData.js';
import { buildCountryBrief, type CountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { buildBriefPdf, type BriefPdfOptions } from '../../src/pdf/buildBriefPdf.js';
import { DEFAULT_BRIEF_TEMPLATE } from '../../src/pdf/briefTemplate.js';
import { formatChange, formatScore } from '../../src/present/formatFigures.js';
import { chartMarker, CHART_IDS, fixtureChart, fixtureCharts } from './fixtures/charts.js';
import { normalise, readPdf, type PdfReadback } from './readPdf.js';

let model: IndexModel;
let peru: CountryBrief;
let peruBytes: Uint8Array;
let peruPdf: PdfReadback;
const warnings: string[] = [];

async function build(brief: CountryBrief, options: Partial<BriefPdfOptions> = {}, charts = fixtureCharts()): Promise<Uint8Array> {
  return buildBriefPdf(model, brief, charts, { paper: 'a4', onWarning: (warning) => warnings.push(warning), ...options });
}

beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
  peru = buildCountryBrief(model, 'PER', 2023);
  peruBytes = await build(peru);
  peruPdf = await readPdf(peruBytes);
});

/** How often `needle` occurs in `haystack`. */
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('buildBriefPdf: Peru 2023, A4', () => {
  it('builds without warnings', () => {
    expect(warnings).toEqual([]);
  });

  it('is A4', () => {
    for (const page of peruPdf.pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
  });

  it('opens with the country, the edition, its continent and region', () => {
    const first = peruPdf.pages[0]!.text;
    expect(first).toMatch(/^GLOBAL ORGANIZED CRIME INDEX 2023 · COUNTRY BRIEF Peru Americas · South America/);
  });

  it('is a summary on page 1: the two pillars with their ranks, the quadrant, the headline facts and the charts', () => {
    const first = peruPdf.pages[0]!.text;
    expect(first).toContain('Quadrant: High criminality, low resilience. Peru has criminality of 5.50 or more and resilience below 5.50');
    expect(first).toContain('In brief');
    expect(first).toContain('The most severe criminal markets in Peru are trade in counterfeit goods, non-renewable resource crimes and 1 more (9.00 each).');
    expect(first).toContain('The most influential criminal actors are criminal networks (8.50).');
    expect(first).toContain('Its strongest area of resilience is judicial system and detention (6.50); its weakest is political leadership and governance (2.50).');
    expect(first).toContain('Since 2021, the largest change for the worse is in heroin trade (+2.00); for the better, in judicial system and detention (+0.50).');
    for (const id of ['pyramid', 'comparison', 'trend'] as const) expect(first, id).toContain(chartMarker(id));
    expect(first).not.toContain(chartMarker('landscape'));
  });

  it('prints criminality and resilience with their changes and the three rank lines each', () => {
    const first = peruPdf.pages[0]!.text;
    expect(first).toContain('Criminality 1–10, higher is worse 6.40 +0.05 since 2021');
    expect(first).toContain('Resilience 1–10, higher is better 4.38 −0.20 since 2021');
    expect(first).toContain('32nd of 193 countries (26th in 2021) 10th of 35 in the Americas (9th in 2021) 6th of 12 in South America (5th in 2021)');
    expect(first).toContain('119th of 193 countries (106th in 2021) 24th of 35 in the Americas (23rd in 2021) 8th of 12 in South America (8th in 2021)');
    // the move in words, never a bare signed rank change
    expect(first).toContain('Relatively less criminal than in 2021.');
    expect(first).toContain('Relatively less resilient than in 2021.');
    expect(first).not.toMatch(/[−+-]\d+ since/);
  });

  it('says which quadrant Peru is in', () => {
    expect(peruPdf.pages[0]!.text).toContain('Quadrant: High criminality, low resilience');
    expect(peruPdf.text).toContain('It was in the same quadrant in 2021.');
  });

  it('prints the four composites: criminality and resilience in their cards and sections, markets and actors atop their tables', () => {
    expect(peruPdf.text).toContain('Criminality 6.40 (+0.05 since 2021) is the mean of the criminal markets and criminal actors scores.');
    expect(peruPdf.text).toContain('Resilience 4.38 (−0.20 since 2021) is the mean of twelve indicators');
    expect(peruPdf.content).toContain('Criminal markets (mean) 6.20 5.63 0.00');
    expect(peruPdf.content).toContain('Criminal actors (mean) 6.60');
    expect(peruPdf.content).toContain('Resilience (mean) 4.38');
  });

  it('prints every indicator once in its table: score, the regional average and the change (or n/a)', () => {
    expect(peru.indicators).toHaveLength(32);
    for (const figure of peru.indicators) {
      const row = `${figure.indicator.name} ${formatScore(figure.value)} ${formatScore(figure.averages.region)} ${formatChange(figure.change)}`;
      expect(peruPdf.content, figure.indicator.name).toContain(normalise(row));
      // once: the figures are not repeated by a chart or a second table
      expect(count(peruPdf.content, `${figure.indicator.name} ${formatScore(figure.value)}`), figure.indicator.name).toBe(1);
    }
    // Spot checks against the Peru page, so a wrong model cannot pass by agreeing with itself.
    expect(peruPdf.content).toMatch(/Extortion and protection racketeering 4\.50 [\d.]+ n\/a/);
    expect(peruPdf.content).toMatch(/Heroin trade 5\.50 [\d.]+ \+2\.00/);
    expect(peruPdf.content).toMatch(/Political leadership and governance 2\.50 [\d.]+ −0\.50/);
  });

  it('says once, in a legend, what the bars, the tick and the marks mean', () => {
    expect(count(peruPdf.content, 'Score, 1 to 10 South America average worse since 2021 better since 2021 n/a: not scored in 2021')).toBe(1);
    expect(count(peruPdf.content, 'Score, 1 to 10 South America average worse since 2021 better since 2021')).toBe(2);
  });

  it('gives each definition once, in the glossary at the end', () => {
    for (const figure of peru.indicators) expect(count(peruPdf.content, normalise(figure.indicator.definition)), figure.indicator.name).toBe(1);
    const glossary = peruPdf.content.indexOf('What each indicator measures');
    expect(glossary).toBeGreaterThan(peruPdf.content.indexOf('Analysis'));
    expect(peruPdf.content.indexOf(normalise(peru.indicators[0]!.indicator.definition))).toBeGreaterThan(glossary);
  });

  it('prints every narrative paragraph of the profile once', () => {
    expect(peru.profile?.paragraphs).toHaveLength(29);
    for (const paragraph of peru.profile!.paragraphs) {
      expect(count(peruPdf.content, normalise(paragraph.text)), paragraph.text.slice(0, 60)).toBe(1);
    }
  });

  it('puts each narrative paragraph under its pillar and group heading', () => {
    const text = peruPdf.text;
    const at = (needle: string, from = 0) => text.indexOf(needle, from);
    const analysis = at('Analysis GI-TOC’s 2023 country profile of Peru, as published');
    expect(analysis).toBeGreaterThan(0);
    const people = at('People Peru is a source and destination country for human trafficking', analysis);
    expect(people).toBeGreaterThan(analysis);
    expect(at('Criminality', analysis)).toBeLessThan(people);
    expect(at('Civil society and social protection Peru recognizes human trafficking', analysis)).toBeGreaterThan(at('Resilience', people));
  });

  it('explains the scores and their arithmetic, dates the data, and cites the country page', () => {
    const text = peruPdf.text;
    expect(text).toContain('Indicators are scored from 1 to 10 in steps of 0.5.');
    expect(text).toContain('criminality is the mean of the unrounded criminal markets and criminal actors means.');
    expect(text).toContain('rounded half up to two decimals');
    expect(text).toContain('A change is the 2023 value minus the 2021 value');
    expect(text).toContain('Countries are ordered as ocindex.net orders them, by their unrounded scores computed in double-precision floating point');
    expect(text).toContain('share a rank (1, 2, 2, 4)');
    expect(text).toContain('Date of the data The 2023 edition of the Index, published by GI-TOC in September 2023; scores from the editions of 2021 and 2023.');
    expect(text).toContain('It is not a GI-TOC publication');
    // an earlier edition's page lives under /<year>/
    expect(text).toContain('Cite as Global Initiative Against Transnational Organized Crime, Global Organized Crime Index 2023: Peru, 2023, https://ocindex.net/2023/country/peru.');
  });

  it('has a running footer with the country, the edition and "Page i of n" on every page', () => {
    const n = peruPdf.pages.length;
    expect(n).toBeGreaterThan(5);
    expect(n).toBeLessThanOrEqual(10);
    peruPdf.pages.forEach((page, i) => {
      expect(page.text).toContain(`Peru · Global Organized Crime Index 2023 Page ${i + 1} of ${n}`);
    });
  });

  it('has an outline of its sections and their parts', () => {
    expect(peruPdf.outline.map((entry) => entry.title)).toEqual([
      'Summary',
      'Peru among all 193 countries',
      'Scores and ranks in every edition',
      'Criminality',
      'Resilience',
      'Analysis',
      'What each indicator measures',
      'About the data',
    ]);
    const children = Object.fromEntries(peruPdf.outline.map((entry) => [entry.title, entry.children.map((c) => c.title)]));
    expect(children.Criminality).toEqual(['Criminal markets', 'Criminal actors']);
    expect(children.Resilience).toEqual(['Resilience by building block']);
    expect(children.Analysis).toEqual(['Criminality', 'Resilience']);
  });

  it('carries its metadata: title, author, creator, subject, keywords, language, fixed dates', () => {
    const info = peruPdf.info;
    expect(info.Title).toBe('Peru: Global Organized Crime Index 2023 country brief');
    expect(info.Author).toBe("ocindex-briefs, from the Global Initiative Against Transnational Organized Crime's published data");
    expect(info.Creator).toBe('ocindex-briefs');
    expect(info.Subject).toContain('Peru');
    expect(info.Keywords).toContain('organized crime');
    expect(info.Language).toBe('en');
    expect(info.CreationDate).toBe('D:20231231000000Z');
    expect(info.ModDate).toBe('D:20231231000000Z');
  });

  it('embeds every font, subset, all Source Sans 3; no standard font is even written', () => {
    expect(peruPdf.fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['SourceSans3-Bold', 'SourceSans3-It', 'SourceSans3-Regular', 'SourceSans3-Semibold']);
    for (const font of peruPdf.fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+SourceSans3-/);
    }
    const raw = Buffer.from(peruBytes).toString('latin1');
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(count(raw, '/FontFile2')).toBe(4);
  });

  it('draws the charts as vectors with their text in Source Sans 3: minus signs and accents survive', () => {
    for (const id of CHART_IDS) expect(peruPdf.text, id).toContain(chartMarker(id));
    expect(peruPdf.text).toContain("Côte d'Ivoire · Türkiye · São Tomé and Príncipe");
    expect(Buffer.from(peruBytes).toString('latin1')).not.toContain('/Subtype /Image');
  });

  it('is tagged: a document with headings, paragraphs, figures with alt text and tables', () => {
    const roles = new Set(peruPdf.roles);
    for (const role of ['Document', 'Sect', 'H1', 'H2', 'H3', 'H4', 'P', 'Figure', 'Table', 'TR', 'TH', 'TD']) expect(roles, role).toContain(role);
    expect(roles).not.toContain('Title');
    expect([...peruPdf.figureAlts].sort()).toEqual(
      fixtureCharts()
        .map((chart) => chart.alt)
        .sort(),
    );
  });

  it('is left-aligned: words keep their spaces in extracted text', () => {
    expect(peruPdf.text).toContain('Peru is a source and destination country for human trafficking, with the main driver being domestic demand.');
  });

  it('gives the same bytes twice, whatever was built in between', async () => {
    await build(buildCountryBrief(model, 'TZA', 2023));
    const again = await build(peru);
    expect(Buffer.from(again).equals(Buffer.from(peruBytes))).toBe(true);
  });
});

describe('buildBriefPdf: other countries and papers', () => {
  it('has no Analysis section for a country without GI-TOC analysis, and stays complete (Tanzania)', async () => {
    const tanzania = buildCountryBrief(model, 'TZA', 2023);
    expect(tanzania.profile).toBeUndefined();
    const pdf = await readPdf(await build(tanzania));
    expect(pdf.outline.map((entry) => entry.title)).not.toContain('Analysis');
    for (const figure of tanzania.indicators) {
      expect(pdf.content).toContain(`${figure.indicator.name} ${formatScore(figure.value)} ${formatScore(figure.averages.region)} ${formatChange(figure.change)}`);
    }
    expect(pdf.text).toContain(`Resilience 1–10, higher is better ${formatScore(tanzania.composites.resilience.value)}`);
    expect(pdf.text).toContain('scores from the editions of 2021 and 2023.');
    expect(pdf.text).not.toContain('country profile of Tanzania');
  });

  it('builds a brief of the first edition, with nothing to compare it with (Peru 2021)', async () => {
    const first = buildCountryBrief(model, 'PER', 2021);
    const pdf = await readPdf(await build(first));
    expect(pdf.pages[0]!.text).toContain('Criminality 1–10, higher is worse 6.35 26th of 193 countries 9th of 35 in the Americas 5th of 12 in South America');
    expect(pdf.text).not.toContain('since 20');
    // no change column: an empty column is no column
    expect(pdf.text).toMatch(/Indicator Score South America average ?1 4 7 10 Criminal markets \(mean\) 6\.20 5\.19 People/);
    expect(pdf.content).toContain('Human trafficking 7.00 ');
    expect(pdf.text).not.toContain('n/a');
    expect(pdf.text).toContain('2021 is the Index’s first edition, so there are no changes.');
    expect(pdf.text).toContain('Date of the data The 2021 edition of the Index, the first, published by GI-TOC in September 2021.');
    // no earlier edition: no trend, no history, no previous rank, no move in words
    expect(pdf.outline.map((entry) => entry.title)).not.toContain('Scores and ranks in every edition');
    expect(pdf.text).not.toContain(chartMarker('trend'));
    expect(pdf.text).not.toMatch(/\((\d+)(st|nd|rd|th) in 20\d\d\)|Relatively|2023|2025/);
    expect(pdf.text).toContain('https://ocindex.net/2021/country/peru.');
  });

  it('prints US Letter when asked', async () => {
    const pdf = await readPdf(await build(peru, { paper: 'letter' }));
    for (const page of pdf.pages) expect([page.width, page.height]).toEqual([612, 792]);
    for (const paragraph of peru.profile!.paragraphs) expect(pdf.content).toContain(normalise(paragraph.text));
  });

  it.each([
    ['CIV', "Côte d'Ivoire"],
    ['TUR', 'Türkiye'],
    ['STP', 'São Tomé and Príncipe'],
    ['VCT', 'St. Vincent and the Grenadines'],
  ])('renders the name of %s, %s, in title, footer and metadata', async (iso3, name) => {
    const pdf = await readPdf(await build(buildCountryBrief(model, iso3, 2023)));
    expect(pdf.pages[0]!.text).toContain(`COUNTRY BRIEF ${name}`);
    expect(pdf.pages.at(-1)!.text).toContain(`${name} · Global Organized Crime Index 2023 Page`);
    expect(pdf.info.Title).toBe(`${name}: Global Organized Crime Index 2023 country brief`);
  });

  it('writes names as they read in a sentence: "the Democratic Republic of the Congo", "the Americas"', async () => {
    const congo = buildCountryBrief(model, 'COD', 2025);
    const pdf = await readPdf(await build(congo));
    const first = pdf.pages[0]!.text;
    expect(first).toContain('COUNTRY BRIEF Democratic Republic of the Congo Africa · Central Africa');
    expect(first).toContain('The Democratic Republic of the Congo has criminality of 5.50 or more');
    expect(first).toContain('The most severe criminal markets in the Democratic Republic of the Congo are');
    expect(pdf.text).not.toMatch(/Congo, Dem\. Rep\. (has|is)|in Americas|against Caribbean/);
    expect(pdf.info.Title).toBe('Democratic Republic of the Congo: Global Organized Crime Index 2025 country brief');
    const haiti = await readPdf(await build(buildCountryBrief(model, 'HTI', 2025)));
    expect(haiti.pages[0]!.text).toContain('of 35 in the Americas');
    expect(haiti.pages[0]!.text).toContain('of 13 in the Caribbean');
    // the current edition's page has no year in its address
    expect(haiti.text).toContain('https://ocindex.net/country/haiti.');
  });

  it('takes its dates from SOURCE_DATE_EPOCH when set', async () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    try {
      const pdf = await readPdf(await build(peru));
      expect(pdf.info.CreationDate).toBe('D:20231114221320Z');
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  it('passes on what svg-to-pdfkit warns about, and fonts it had to map', async () => {
    const seen: string[] = [];
    const broken = fixtureChart('pyramid', { body: '<path d="M 10 10 L 20" stroke="#000"/><text x="5" y="5" font-family="Comic Sans MS">x</text>' });
    await build(peru, { onWarning: (warning) => seen.push(warning) }, [broken, ...fixtureCharts().slice(1)]);
    expect(seen.some((w) => w.includes('chart "pyramid"') && w.includes('SvgPath'))).toBe(true);
    expect(seen.some((w) => w.includes('Comic Sans MS'))).toBe(true);
  });

  it('warns about a chart it was not given, and goes on without it', async () => {
    const seen: string[] = [];
    const pdf = await readPdf(
      await build(
        peru,
        { onWarning: (w) => seen.push(w) },
        fixtureCharts().filter((c) => c.id !== 'landscape'),
      ),
    );
    expect(seen).toEqual(['Peru 2023 PDF: chart "landscape" was not rendered; the brief goes without it']);
    expect(pdf.text).not.toContain(chartMarker('landscape'));
    expect(pdf.figureAlts).toHaveLength(CHART_IDS.length - 1);
  });

  it('follows the template: section order and headings come from it', async () => {
    const sections = DEFAULT_BRIEF_TEMPLATE.sections.filter((s) => s.type !== 'figures' && s.type !== 'glossary');
    const template = { ...DEFAULT_BRIEF_TEMPLATE, sections: [...sections].reverse() };
    const pdf = await readPdf(await build(peru, { template }));
    expect(pdf.outline.map((entry) => entry.title)).toEqual(['About the data', 'Analysis', 'Resilience', 'Criminality', 'Scores and ranks in every edition', 'Summary']);
  });
});

describe('buildBriefPdf: Peru 2025, the current edition', () => {
  let peru2025: CountryBrief;
  let pdf: PdfReadback;
  beforeAll(async () => {
    peru2025 = buildCountryBrief(model, 'PER', 2025);
    pdf = await readPdf(await build(peru2025));
  });

  it('prints the 2025 figures, each rank beside its 2023 rank, and the move in words', () => {
    const first = pdf.pages[0]!.text;
    expect(first).toMatch(/^GLOBAL ORGANIZED CRIME INDEX 2025 · COUNTRY BRIEF Peru/);
    expect(first).toContain('Criminality 1–10, higher is worse 6.62 +0.22 since 2023');
    expect(first).toContain('Resilience 1–10, higher is better 4.46 +0.08 since 2023');
    expect(first).toContain('31st of 193 countries (32nd in 2023) 10th of 35 in the Americas (10th in 2023) 6th of 12 in South America (6th in 2023)');
    expect(first).toContain('Relatively more criminal than in 2023.');
    expect(first).toContain('114th of 193 countries (119th in 2023)');
    expect(first).toContain('Relatively more resilient than in 2023.');
    expect(first).toContain('Since 2023, the largest change for the worse is in illicit trade in excisable goods (+2.50); for the better, in heroin trade and synthetic drug trade (−1.00).');
    // a list whose items have an "and" of their own takes a comma before its last "and"
    expect(first).toContain(
      'Its strongest areas of resilience are national policies and laws, and judicial system and detention (6.00 each); its weakest is political leadership and governance (2.50).',
    );
  });

  it('shows the trend: every composite and its three ranks in 2021, 2023 and 2025', () => {
    expect(pdf.pages[0]!.text).toContain(chartMarker('trend'));
    expect(pdf.outline.map((entry) => entry.title)).toContain('Scores and ranks in every edition');
    expect(pdf.content).toContain('2021 2023 2025 Criminality 6.35 6.40 6.62 ranks: world (193) · Americas · South America 26th · 9th · 5th 32nd · 10th · 6th 31st · 10th · 6th');
    expect(pdf.content).toContain('Resilience 4.58 4.38 4.46');
    expect(pdf.text).toContain('Date of the data The 2025 edition of the Index, published by GI-TOC on 10 November 2025; scores from the editions of 2021, 2023 and 2025.');
  });

  it('never prints the 2023 analysis as current: one line points to the 2023 brief', () => {
    for (const paragraph of peru.profile!.paragraphs) expect(pdf.content).not.toContain(normalise(paragraph.text));
    expect(count(pdf.text, 'This brief carries no GI-TOC analysis of Peru for 2025.')).toBe(1);
    expect(pdf.text).toContain('GI-TOC’s 2023 analysis is in the 2023 brief (2023/peru.pdf); it describes 2023, not 2025.');
    expect(pdf.outline.find((entry) => entry.title === 'Analysis')?.children).toEqual([]);
  });

  it('prints the profile box of its own edition, and only of its own edition', async () => {
    expect(pdf.text).not.toContain('Capital');
    const facts = { capital: 'Lima', population: 34217848, gdpUsdMillions: 289070, areaKm2: 1285220 };
    const profile = { ...peru.profile!, edition: 2025, facts };
    const withBox = await readPdf(await build({ ...peru2025, profile, earlierProfileEdition: null }));
    expect(withBox.pages[0]!.text).toContain('Americas · South America Capital Lima · Population 34,217,848 · GDP USD 289,070 million · Area 1,285,220 km². From GI-TOC’s 2025 country page.');
  });
});

describe('buildBriefPdf with the charts of the chart stage', () => {
  it('embeds all eight as vectors, without a warning, their text in Source Sans 3 and minus signs intact', async () => {
    const { renderCharts } = await import('../../src/charts/renderCharts.js');
    const { BRIEF_CONTENT_WIDTH } = await import('../../src/pdf/buildBriefPdf.js');
    const charts = await renderCharts(model, peru, { width: BRIEF_CONTENT_WIDTH });
    const seen: string[] = [];
    const bytes = await buildBriefPdf(model, peru, charts, { paper: 'a4', onWarning: (w) => seen.push(w) });
    expect(seen).toEqual([]);
    const pdf = await readPdf(bytes);
    expect([...pdf.figureAlts].sort()).toEqual(charts.map((chart) => chart.alt).sort());
    for (const chart of charts) expect(pdf.content, chart.id).toContain(normalise(chart.title));
    // Law enforcement fell from 5.00 to 3.50: the changes chart labels its bar with a real minus.
    expect(pdf.content).toContain('−1.50');
    for (const font of pdf.fonts) expect(font.name).toMatch(/^[A-Z]{6}\+SourceSans3-/);
  });
});
