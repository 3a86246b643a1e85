/**
 * out/index.html in a real browser: Debian's chromium, driven by puppeteer-core, opens the page
 * from disk (file://) after a real generate run, follows every link to a file, sorts, filters,
 * reads it without JavaScript and in a narrow window, and hears no console error or failed
 * request. Without a browser the tests skip, saying why (.ci/run installs chromium).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/runCli.js';
import { tempDir } from '../load/workbookFixtures.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
const SKIP_REASON = `no browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium, as .ci/run does) or set CHROMIUM_PATH`;
if (!hasBrowser) console.warn(`test/site/indexPageInBrowser.test.ts: skipped: ${SKIP_REASON}`);

/**
 * The little of the DOM these tests touch, for the callbacks that run in the page: tsconfig
 * has no DOM library (src runs in Node), and these declarations stay in this module.
 */
interface El {
  readonly textContent: string | null;
  readonly dataset: Readonly<Record<string, string | undefined>>;
  readonly clientWidth: number;
  readonly scrollWidth: number;
  hidden: boolean;
  value: string;
  readonly href: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  getBoundingClientRect(): { readonly width: number };
}
// only inside page callbacks, which run in the browser
declare const document: { readonly documentElement: El; querySelector(selector: string): El | null };
declare function getComputedStyle(element: El): { readonly display: string };

let out: string;
let browser: Browser;
/** Console errors and warnings, uncaught exceptions, failed requests and HTTP errors of every page opened. */
const problems: string[] = [];

async function open(options: { javaScript?: boolean; width?: number; url?: string } = {}): Promise<Page> {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.setJavaScriptEnabled(options.javaScript ?? true);
  await page.setViewport({ width: options.width ?? 1200, height: 900 });
  await page.goto(options.url ?? pathToFileURL(join(out, 'index.html')).href, { waitUntil: 'load' });
  return page;
}

/** The simplest static server of `dir`: a file for a path, 404 for anything else. */
async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
    readFile(join(dir, path)).then(
      (bytes) => response.writeHead(200).end(bytes),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * The rows in the order shown: kind, name, criminality and resilience (hundredths), whether
 * hidden. The run may write region, continent and world briefs too; the tests hold for any rows.
 */
function rowsOf(page: Page) {
  return page.$$eval('tbody tr', (rows) =>
    rows.map((row) => ({
      kind: (row as unknown as El).dataset.kind!,
      name: (row as unknown as El).querySelector('th')!.textContent!,
      criminality: Number((row as unknown as El).dataset.criminality),
      resilience: Number((row as unknown as El).dataset.resilience),
      hidden: (row as unknown as El).hidden,
    })),
  );
}

const ariaSort = (page: Page) => page.$$eval('thead th[data-sort]', (headers) => Object.fromEntries(headers.map((h) => [(h as unknown as El).dataset.sort, h.getAttribute('aria-sort')])));

async function outputFiles(dir: string, sub = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await outputFiles(dir, rel)));
    else if (/\.(pdf|xlsx)$/.test(entry.name)) found.push(rel);
  }
  return found.sort();
}

describe.skipIf(!hasBrowser)(`index.html in Debian's chromium${hasBrowser ? '' : ` (skipped: ${SKIP_REASON})`}`, () => {
  beforeAll(async () => {
    out = await tempDir();
    // Peru and Chile on A4 (with the all-countries workbook), Peru's brief on Letter too
    for (const args of [
      ['--country', 'Peru', '--country', 'Chile'],
      ['--country', 'Peru', '--format', 'pdf', '--paper', 'letter'],
    ]) {
      const run = await runCli('generate', [...args, '--out', out]);
      expect(run.code, run.stderr).toBe(0);
    }
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      // chromium's sandbox refuses to run as root, which CI is
      args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    // every test's pages logged no console error or warning and failed no request
    const seen = problems.splice(0);
    expect(seen).toEqual([]);
  });

  it('links every PDF and workbook of the run, and every link opens a file that exists', async () => {
    const page = await open();
    const links = await page.$$eval('a[href]:not([href^="#"])', (anchors) => anchors.map((a) => ({ attribute: a.getAttribute('href')!, url: (a as unknown as El).href })));
    for (const link of links) {
      expect(link.attribute, 'relative, so it works behind any server').not.toMatch(/^(\/|[a-z]+:)/i);
      expect(link.url.startsWith('file://')).toBe(true);
      expect((await stat(fileURLToPath(link.url))).isFile(), link.attribute).toBe(true);
    }
    const linked = links.map((l) => l.attribute).sort();
    expect(linked).toEqual(await outputFiles(out));
    expect(linked).toEqual(expect.arrayContaining(['2025/chile.pdf', '2025/chile.xlsx', '2025/ocindex-2025-all-countries.xlsx', '2025/peru.letter.pdf', '2025/peru.pdf', '2025/peru.xlsx']));
    await page.close();
  });

  it('works behind a static server: the page loads nothing else, and every link answers', async () => {
    const { server, origin } = await serve(out);
    try {
      const page = await open({ url: `${origin}/index.html` });
      const urls = await page.$$eval('a[href]:not([href^="#"])', (anchors) => anchors.map((a) => (a as unknown as El).href));
      expect(urls.length).toBeGreaterThanOrEqual(6);
      for (const url of urls) {
        expect(url.startsWith(`${origin}/`), url).toBe(true);
        expect((await fetch(url, { method: 'HEAD' })).status, url).toBe(200);
      }
      await page.close();
    } finally {
      server.closeAllConnections(); // the browser keeps its connections alive
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('sorts by a header click, and aria-sort says how', async () => {
    const page = await open();
    const countries = async () => (await rowsOf(page)).filter((r) => r.kind === 'country').map((r) => r.name);
    const ordered = (values: number[], direction: 1 | -1) => values.every((v, i) => i === 0 || (v - values[i - 1]!) * direction >= 0);
    expect(await ariaSort(page)).toEqual({ name: null, kind: 'ascending', criminality: null, resilience: null });
    expect(await countries()).toEqual(['Chile', 'Peru']);

    await page.click('th[data-sort="criminality"] button');
    expect(await ariaSort(page)).toEqual({ name: null, kind: null, criminality: 'descending', resilience: null });
    expect(
      ordered(
        (await rowsOf(page)).map((r) => r.criminality),
        -1,
      ),
    ).toBe(true);
    expect(await countries()).toEqual(['Peru', 'Chile']); // 6.62 before 5.48

    await page.click('th[data-sort="criminality"] button');
    expect((await ariaSort(page)).criminality).toBe('ascending');
    expect(
      ordered(
        (await rowsOf(page)).map((r) => r.criminality),
        1,
      ),
    ).toBe(true);
    expect(await countries()).toEqual(['Chile', 'Peru']);

    await page.click('th[data-sort="resilience"] button');
    expect(await ariaSort(page)).toEqual({ name: null, kind: null, criminality: null, resilience: 'descending' });
    expect(
      ordered(
        (await rowsOf(page)).map((r) => r.resilience),
        -1,
      ),
    ).toBe(true);
    expect(await countries()).toEqual(['Chile', 'Peru']); // 6.17 before 4.46

    await page.click('th[data-sort="name"] button');
    expect((await ariaSort(page)).name).toBe('ascending');
    await page.click('th[data-sort="name"] button');
    expect((await ariaSort(page)).name).toBe('descending');
    expect(await countries()).toEqual(['Peru', 'Chile']);
    await page.close();
  });

  it('filters by name (accents and case aside) and by kind, and says how many rows show', async () => {
    const page = await open();
    const total = (await rowsOf(page)).length;
    const status = () => page.$eval('#filter-status', (p) => p.textContent);
    expect(await page.$eval('#controls', (form) => (form as unknown as El).hidden)).toBe(false);
    expect(await status()).toBe(`Showing ${total} of ${total} rows.`);

    await page.type('#filter-text', 'PÉR');
    expect((await rowsOf(page)).filter((r) => !r.hidden).map((r) => r.name)).toEqual(['Peru']);
    expect(await status()).toBe(`Showing 1 of ${total} rows.`);

    await page.$eval('#filter-text', (input) => ((input as unknown as El).value = ''));
    await page.select('#filter-kind', 'country');
    expect((await rowsOf(page)).filter((r) => !r.hidden).map((r) => r.name)).toEqual(['Chile', 'Peru']);
    await page.type('#filter-text', 'atlantis');
    expect((await rowsOf(page)).every((r) => r.hidden)).toBe(true);
    expect(await status()).toBe(`Showing 0 of ${total} rows.`);
    await page.close();
  });

  it('is the whole table without JavaScript, sorted by kind then name, with the controls hidden', async () => {
    const page = await open({ javaScript: false });
    const rows = await rowsOf(page);
    expect(rows.every((r) => !r.hidden)).toBe(true);
    expect(rows.filter((r) => r.kind === 'country').map((r) => r.name)).toEqual(['Chile', 'Peru']);
    const kinds = rows.map((r) => ['world', 'continent', 'region', 'country'].indexOf(r.kind));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    expect(await page.$eval('#controls', (form) => getComputedStyle(form as unknown as El).display)).toBe('none');
    expect(await page.$$('th button')).toHaveLength(0);
    // Chile 5.48 and 6.17, Peru 6.62 and 4.46, printed as the briefs print them
    expect(await page.$$eval('tbody tr[data-kind="country"] td.num', (cells) => cells.map((c) => c.textContent))).toEqual(['5.48', '6.17', '6.62', '4.46']);
    await page.close();
  });

  it('reads at 200% zoom: in a 640 px window (1280 px at 200%), or 600 px less a scroll bar, nothing is cut or scrolls sideways', async () => {
    // headless chromium draws scroll bars over the page; a desktop's take some 15 px of its width
    for (const width of [640, 585]) {
      const page = await open({ width });
      const fit = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        table: document.querySelector('table')!.getBoundingClientRect().width,
        region: document.querySelector('.table-wrap')!.clientWidth,
      }));
      expect(fit.page, `page width at ${width} px`).toBeLessThanOrEqual(width);
      expect(fit.table, `table width at ${width} px`).toBeLessThanOrEqual(fit.region);
      await page.close();
    }
  });
});
