/**
 * IndexPage → the bytes of out/index.html: one self-contained page (style and script inline,
 * nothing fetched), relative links only, so it works from file:// and behind any static
 * server. A string of the page's data alone: no clock, no locale, so the same outputs give the
 * same bytes.
 *
 * Each edition is a section with a real table (caption, column and row headers), sorted by
 * kind then name; sorting and filtering are progressive (indexPageScript.ts).
 */
import { nameKey } from '../index/countries.js';
import { formatScore } from '../present/formatFigures.js';
import type { ScopeKind } from '../outputPaths.js';
import { KIND_ORDER, type IndexEdition, type IndexLink, type IndexPage, type IndexRow } from './buildIndexPage.js';
import { INDEX_PAGE_SCRIPT } from './indexPageScript.js';
import { INDEX_PAGE_STYLE } from './indexPageStyle.js';
import { INDEX_WORDS as W } from './indexPageWords.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A relative URL from an output path: each segment percent-encoded, "/" kept. */
function href(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function linkTo(link: IndexLink, context: string): string {
  // English links read "A4" as they always did; others name their language: "A4 · ES"
  const lang = link.lang === 'en' ? '' : ` · <abbr title="${escapeHtml(W.langs[link.lang])}" lang="${link.lang}">${link.lang.toUpperCase()}</abbr>`;
  const hreflang = link.lang === 'en' ? '' : ` hreflang="${link.lang}"`;
  return `<a href="${escapeHtml(href(link.path))}"${hreflang}>${W.papers[link.paper]}${lang}<span class="vh"> ${escapeHtml(context)}${link.lang === 'en' ? '' : `, ${escapeHtml(W.langs[link.lang])}`}</span></a>`;
}

/** The links of one format, in their order; "none" when this row has no such file. */
function linksCell(row: IndexRow, format: IndexLink['format'], edition: number): string {
  const links = row.links.filter((l) => l.format === format);
  if (links.length === 0) return `<td><span class="none">${W.none}</span></td>`;
  const context = W.linkContext[format](row.name, edition);
  return `<td><span class="links">${links.map((l) => linkTo(l, context)).join(' ')}</span></td>`;
}

function figure(hundredths: number | null): string {
  return hundredths === null ? W.notAvailable : formatScore(hundredths);
}

function renderRow(row: IndexRow, order: number, formats: readonly IndexLink['format'][], edition: number): string {
  const data = [
    `data-order="${order}"`,
    `data-kind="${row.kind}"`,
    `data-name="${escapeHtml(nameKey(row.name))}"`,
    `data-criminality="${row.criminality ?? ''}"`,
    `data-resilience="${row.resilience ?? ''}"`,
  ].join(' ');
  const scope = row.kind === 'country' ? '' : ' class="scope"';
  return [
    `<tr${scope} ${data}>`,
    `<th scope="row">${escapeHtml(row.name)}</th>`,
    `<td>${W.kinds[row.kind]}</td>`,
    `<td class="num">${figure(row.criminality)}</td>`,
    `<td class="num">${figure(row.resilience)}</td>`,
    ...formats.map((format) => linksCell(row, format, edition)),
    '</tr>',
  ].join('');
}

function renderTable(edition: IndexEdition): string {
  // a column per format made in this edition, PDF first
  const formats = (['pdf', 'xlsx'] as const).filter((f) => edition.rows.some((r) => r.links.some((l) => l.format === f)));
  const counts = Object.fromEntries(KIND_ORDER.map((k) => [k, edition.rows.filter((r) => r.kind === k).length])) as Record<ScopeKind, number>;
  const sortable = (column: 'name' | 'kind' | 'criminality' | 'resilience', sorted = false) =>
    `<th scope="col" data-sort="${column}"${sorted ? ' aria-sort="ascending"' : ''}${column === 'criminality' || column === 'resilience' ? ' class="num"' : ''}>${W.columns[column]}</th>`;
  const id = `caption-${edition.edition}`;
  return [
    `<div class="table-wrap" role="region" aria-labelledby="${id}" tabindex="0">`,
    '<table data-sortable>',
    // the heading above names the edition; screen readers listing tables need it in the caption too
    `<caption id="${id}"><span class="vh">${escapeHtml(W.edition(edition.edition))}: </span>${escapeHtml(W.counts(counts))}</caption>`,
    '<thead><tr>',
    sortable('name'),
    sortable('kind', true),
    sortable('criminality'),
    sortable('resilience'),
    ...formats.map((f) => `<th scope="col">${W.columns[f]}</th>`),
    '</tr></thead>',
    '<tbody>',
    ...edition.rows.map((row, i) => renderRow(row, i, formats, edition.edition)),
    '</tbody>',
    '</table>',
    '</div>',
  ].join('\n');
}

function renderEdition(edition: IndexEdition): string {
  const id = `edition-${edition.edition}`;
  const allCountries =
    edition.allCountries.length === 0
      ? []
      : [`<p>${escapeHtml(W.allCountries(edition.edition))} <span class="links">${edition.allCountries.map((l) => linkTo(l, W.allCountriesLink(edition.edition))).join(' ')}</span></p>`];
  return [
    `<section aria-labelledby="${id}">`,
    `<h2 id="${id}">${escapeHtml(W.edition(edition.edition))}</h2>`,
    ...allCountries,
    edition.rows.length > 0 ? renderTable(edition) : `<p>${escapeHtml(W.noRows)}</p>`,
    '</section>',
  ].join('\n');
}

function renderControls(page: IndexPage): string {
  const kinds = KIND_ORDER.filter((k) => page.editions.some((e) => e.rows.some((r) => r.kind === k)));
  return [
    `<form id="controls" role="search" aria-label="${escapeHtml(W.controls)}" hidden>`,
    `<div><label for="filter-text">${W.filterText}</label><input id="filter-text" type="search" autocomplete="off" spellcheck="false"></div>`,
    `<div><label for="filter-kind">${W.filterKind}</label><select id="filter-kind">`,
    `<option value="">${W.allKinds}</option>`,
    ...kinds.map((k) => `<option value="${k}">${W.kindsPlural[k]}</option>`),
    '</select></div>',
    `<p id="filter-status" role="status" data-template="${escapeHtml(W.status('{shown}', '{total}'))}"></p>`,
    '</form>',
  ].join('\n');
}

/** Links to each edition's section, when there are several: the newest alone fills screens. */
function renderEditionLinks(page: IndexPage): string[] {
  if (page.editions.length < 2) return [];
  const links = page.editions.map((e) => `<a href="#edition-${e.edition}">${escapeHtml(W.edition(e.edition))}</a>`);
  return [`<nav aria-label="${escapeHtml(W.editions)}"><p>${escapeHtml(W.editions)}: ${links.join(' · ')}</p></nav>`];
}

/** The whole page, ending with a newline. */
export function renderIndexHtml(page: IndexPage): string {
  const hasRows = page.editions.some((e) => e.rows.length > 0);
  const body = page.editions.length === 0 ? [`<p>${escapeHtml(W.noOutputs)}</p>`] : [...renderEditionLinks(page), ...(hasRows ? [renderControls(page)] : []), ...page.editions.map(renderEdition)];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(W.title)}</title>`,
    // no favicon to fetch: a static server would otherwise answer 404
    '<link rel="icon" href="data:,">',
    `<style>${INDEX_PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(W.title)}</h1>`,
    `<p>${escapeHtml(W.intro)}</p>`,
    '</header>',
    '<main>',
    ...body,
    '</main>',
    `<footer><p>${escapeHtml(W.source)}</p></footer>`,
    hasRows ? `<script>\n${INDEX_PAGE_SCRIPT}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
