import { describe, expect, it } from 'vitest';
import type { IndexPage, IndexRow } from '../../src/site/buildIndexPage.js';
import { escapeHtml, renderIndexHtml } from '../../src/site/renderIndexHtml.js';

const row = (over: Partial<IndexRow> & Pick<IndexRow, 'kind' | 'slug' | 'name'>): IndexRow => ({ criminality: 500, resilience: 500, links: [], ...over });

/** A small page: a region with & in its name, a country with ', one Letter link, one edition without rows. */
const PAGE: IndexPage = {
  editions: [
    {
      edition: 2025,
      rows: [
        row({ kind: 'world', slug: 'world', name: 'World', criminality: 508, resilience: 478, links: [{ path: '2025/world.pdf', format: 'pdf', paper: 'a4', lang: 'en' }] }),
        row({
          kind: 'region',
          slug: 'central-eastern-europe',
          name: 'Central & Eastern Europe',
          criminality: 536,
          resilience: 499,
          links: [{ path: '2025/regions/central-eastern-europe.pdf', format: 'pdf', paper: 'a4', lang: 'en' }],
        }),
        row({
          kind: 'country',
          slug: 'cote-d-ivoire',
          name: "Côte d'Ivoire",
          criminality: 578,
          resilience: 513,
          links: [
            { path: '2025/cote-d-ivoire.pdf', format: 'pdf', paper: 'a4', lang: 'en' },
            { path: '2025/cote-d-ivoire.letter.pdf', format: 'pdf', paper: 'letter', lang: 'en' },
            { path: '2025/cote-d-ivoire.xlsx', format: 'xlsx', paper: 'a4', lang: 'en' },
          ],
        }),
        row({ kind: 'country', slug: 'atlantis', name: 'atlantis', criminality: null, resilience: null, links: [{ path: '2025/atlantis.xlsx', format: 'xlsx', paper: 'a4', lang: 'en' }] }),
      ],
      allCountries: [{ path: '2025/ocindex-2025-all-countries.xlsx', format: 'xlsx', paper: 'a4', lang: 'en' }],
    },
    { edition: 2023, rows: [], allCountries: [{ path: '2023/ocindex-2023-all-countries.letter.xlsx', format: 'xlsx', paper: 'letter', lang: 'en' }] },
  ],
};

const bodyRows = (html: string) => [...html.matchAll(/<tr[^>]*data-order[^>]*>.*?<\/tr>/g)].map((m) => m[0]);
/** The links to files: not the empty favicon, not the links within the page. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!).filter((h) => h !== 'data:,' && !h.startsWith('#'));

describe('renderIndexHtml', () => {
  const html = renderIndexHtml(PAGE);

  it('is one self-contained page: no external script, style, image or link, nothing absolute', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<(script|img|iframe)[^>]+src=/);
    expect(html).not.toMatch(/<link(?![^>]*href="data:,")/); // only the empty favicon, so nothing is fetched
    expect(html).not.toMatch(/@import|url\(/);
    for (const href of hrefs(html)) expect(href).toMatch(/^\d{4}\/[a-z0-9./-]+$/);
  });

  it('has a row per entry, in the order given, with figures printed as the briefs print them', () => {
    const rows = bodyRows(html);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('<th scope="row">World</th><td>World</td><td class="num">5.08</td><td class="num">4.78</td>');
    expect(rows[3]).toContain('<td class="num">n/a</td><td class="num">n/a</td>'); // no figures for an unknown slug
    expect(rows.map((r) => /data-order="(\d+)"/.exec(r)![1])).toEqual(['0', '1', '2', '3']);
    expect(rows[2]).toContain('data-criminality="578" data-resilience="513"');
    expect(rows[3]).toContain('data-criminality="" data-resilience=""');
  });

  it("escapes names with & and ', in text and in attributes", () => {
    expect(html).toContain('<th scope="row">Central &amp; Eastern Europe</th>');
    expect(html).toContain('<th scope="row">Côte d&#39;Ivoire</th>');
    expect(html).toContain('data-name="cote d ivoire"');
    expect(html).toContain('<span class="vh"> brief of Côte d&#39;Ivoire, 2025</span>');
    expect(html).not.toMatch(/Central & Eastern|d'Ivoire/);
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('links each file once, by format and paper, with "none" where a format is missing', () => {
    expect(hrefs(html)).toEqual([
      '2025/ocindex-2025-all-countries.xlsx',
      '2025/world.pdf',
      '2025/regions/central-eastern-europe.pdf',
      '2025/cote-d-ivoire.pdf',
      '2025/cote-d-ivoire.letter.pdf',
      '2025/cote-d-ivoire.xlsx',
      '2025/atlantis.xlsx',
      '2023/ocindex-2023-all-countries.letter.xlsx',
    ]);
    const [world, , cote, atlantis] = bodyRows(html);
    expect(cote).toMatch(/>A4<span class="vh"> brief of Côte d&#39;Ivoire, 2025<\/span><\/a> <a href="2025\/cote-d-ivoire.letter.pdf">Letter</);
    expect(world).toMatch(/<\/a><\/span><\/td><td><span class="none">none<\/span><\/td><\/tr>$/); // no workbook
    expect(atlantis).toMatch(/<td><span class="none">none<\/span><\/td><td><span class="links"><a href="2025\/atlantis.xlsx">/); // no PDF
  });

  it('is an accessible table: caption naming the edition, column and row headers, sortable headers, labelled controls', () => {
    expect(html).toContain('<caption id="caption-2025"><span class="vh">2025 edition: </span>The world, 1 region and 2 countries</caption>');
    expect(html).toContain('<div class="table-wrap" role="region" aria-labelledby="caption-2025" tabindex="0">');
    expect([...html.matchAll(/<th scope="col" data-sort="(\w+)"/g)].map((m) => m[1])).toEqual(['name', 'kind', 'criminality', 'resilience']);
    // the page is sorted by kind then name, and says so
    expect(html).toContain('<th scope="col" data-sort="kind" aria-sort="ascending">Kind</th>');
    expect(html.match(/<th[^>]*aria-sort=/g)).toHaveLength(1); // one table, one sorted column
    for (const id of ['filter-text', 'filter-kind']) {
      expect(html).toContain(`<label for="${id}">`);
      expect(html).toContain(`id="${id}"`);
    }
    // the controls do nothing without JavaScript, so they are hidden until it runs
    expect(html).toMatch(/<form id="controls"[^>]* hidden>/);
    expect(html).toContain('<option value="world">The world</option><option value="region">Regions</option><option value="country">Countries</option>'.replaceAll('><', '>\n<'));
  });

  it('links to each edition when there are several', () => {
    expect(html).toContain('<nav aria-label="Editions"><p>Editions: <a href="#edition-2025">2025 edition</a> · <a href="#edition-2023">2023 edition</a></p></nav>');
    expect(html).toContain('<h2 id="edition-2023">');
    expect(renderIndexHtml({ editions: PAGE.editions.slice(0, 1) })).not.toContain('<nav');
  });

  it('says when an edition has only the all-countries workbook, and when nothing was generated', () => {
    expect(html).toContain('<h2 id="edition-2023">2023 edition</h2>\n<p>All countries of the 2023 edition in one workbook:');
    expect(html).toContain('<p>No brief or workbook of a country, region, continent or the world yet.</p>');
    const empty = renderIndexHtml({ editions: [] });
    expect(empty).toContain('Nothing has been generated into this folder yet.');
    expect(empty).not.toContain('<script');
    expect(empty).not.toContain('<form');
  });

  it('gives the same bytes for the same page, and depends on nothing else', () => {
    const copy = structuredClone(PAGE);
    expect(renderIndexHtml(copy)).toBe(html);
    expect(html).not.toMatch(/20\d\d-\d\d-\d\d|\d{2}:\d{2}:\d{2}/); // no date or time from the clock
  });
});
