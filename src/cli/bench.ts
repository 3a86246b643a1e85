/**
 * npm run bench -- [options]    (npm run bench -- --help)
 *
 * 1. Per country, in this thread, warm: median milliseconds to render the charts, build the PDF
 *    and the country workbook, over a fixed sample of countries.
 * 2. A full regeneration from scratch of all 193 countries (PDF + country workbook + the
 *    all-countries workbook) through the generate command, as a user runs it, then a run with
 *    nothing changed: wall time and the peak memory of the run (its process's peak resident
 *    set, worker threads included). Medians over --runs runs.
 * Each figure is printed beside its target (issue 11), with the load of the machine, since
 * other work on it slows every figure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderCharts } from '../charts/renderCharts.js';
import { UsageError } from '../errors.js';
import { COUNTRIES } from '../index/countries.js';
import { loadData } from '../load/loadData.js';
import { buildCountryBrief } from '../model/buildCountryBrief.js';
import { buildIndexModel } from '../model/buildIndexModel.js';
import { BRIEF_CONTENT_WIDTH, buildBriefPdf } from '../pdf/buildBriefPdf.js';
import { buildCountryWorkbook } from '../workbook/buildCountryWorkbook.js';
import { V8_FLAGS } from './runPool.js';

const HELP = `Usage: npm run bench -- [options]

Measures how fast briefs and workbooks are made, and how much memory a full run takes:
  1. per country, warm, in one thread: the charts, the PDF brief, charts + PDF, the
     country workbook (medians over a sample of 49 countries, built once over first);
  2. a full regeneration of all 193 countries (PDF, country workbook, all-countries
     workbook; --no-scopes, as the targets are set) by the generate command into a
     temporary folder: wall time and the peak memory of the whole run (its process's
     peak, worker threads included); then a run with nothing changed. --scopes adds the
     28 regional, continental and world briefs and workbooks, as a default generate run
     makes them.
Figures are medians, printed beside their targets. Other work on the machine slows them:
the load average is printed before and after.

Options:
  --runs N        full regenerations to take the median of (default: 1)
  --jobs N        worker threads for the full regenerations (default: generate's own choice)
  --data DIR      the Index data to read (default: data)
  --scopes        include the regional, continental and world briefs in the full runs
  --skip-full     only the per-country figures
  --help          this text
`;

/** Issue 11's targets on the reference machine (2 cores, Node 20). */
const TARGETS = { chartsAndPdfMs: 30, fullSeconds: 10, unchangedSeconds: 1, peakMb: 300 };

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const verdict = (value: number, target: number) => (value <= target ? 'meets' : 'misses');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

async function perCountry(dataDir: string): Promise<void> {
  const model = buildIndexModel(await loadData(dataDir));
  const edition = Math.max(...model.editions.keys());
  const sample = COUNTRIES.filter((_, n) => n % 4 === 0).map((c) => c.iso3); // 49 countries
  const times = { charts: [] as number[], pdf: [] as number[], chartsAndPdf: [] as number[], xlsx: [] as number[], total: [] as number[] };
  // Warm: the sample once over first. V8 optimizes a function after some runs of it, on this
  // thread (the commands' --no-concurrent-recompilation), and the first ~20 countries of a
  // thread still pay for that: five countries of warm-up left a third of it in the figures.
  for (const [round, iso3] of [...sample, ...sample].entries()) {
    const brief = buildCountryBrief(model, iso3, edition);
    const t0 = performance.now();
    const charts = await renderCharts(model, brief, { width: BRIEF_CONTENT_WIDTH });
    const t1 = performance.now();
    await buildBriefPdf(model, brief, charts, { paper: 'a4' });
    const t2 = performance.now();
    await buildCountryWorkbook(model, brief);
    const t3 = performance.now();
    if (round < sample.length) continue;
    times.charts.push(t1 - t0);
    times.pdf.push(t2 - t1);
    times.chartsAndPdf.push(t2 - t0);
    times.xlsx.push(t3 - t2);
    times.total.push(t3 - t0);
  }
  const chartsAndPdf = median(times.chartsAndPdf);
  console.log(`Per country, warm, one thread, median of ${sample.length} countries (${edition}):`);
  console.log(`  charts              ${ms(median(times.charts))}`);
  console.log(`  PDF brief           ${ms(median(times.pdf))}`);
  console.log(`  charts + PDF        ${ms(chartsAndPdf)}   target ≤ ${TARGETS.chartsAndPdfMs} ms: ${verdict(chartsAndPdf, TARGETS.chartsAndPdfMs)}`);
  console.log(`  country workbook    ${ms(median(times.xlsx))}`);
  console.log(`  all three           ${ms(median(times.total))}`);
}

interface Run {
  readonly seconds: number;
  readonly peakMb: number;
  readonly summary: string;
}

/** The generate command next to this one: compiled JS, or the TypeScript source through tsx. */
function generateCommand(): string[] {
  const source = import.meta.url.endsWith('.ts');
  const file = fileURLToPath(new URL(`./generate.${source ? 'ts' : 'js'}`, import.meta.url));
  return source ? [...V8_FLAGS, '--import', 'tsx', file] : [...V8_FLAGS, file];
}

function generate(args: readonly string[]): Run {
  const started = performance.now();
  const run = spawnSync(process.execPath, [...generateCommand(), ...args], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  const summary = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0) throw new Error(`generate failed (${run.status}):\n${run.stderr}`);
  // generate reports its peak resident set, worker threads included
  const peakMb = Number(/peak memory (\d+) MB/.exec(summary)?.[1] ?? Number.NaN);
  return { seconds, peakMb, summary };
}

function fullRuns(runs: number, dataDir: string, jobs: string | undefined, scopes: boolean): void {
  const full: Run[] = [];
  const unchanged: Run[] = [];
  const args = ['--data', dataDir, ...(jobs ? ['--jobs', jobs] : []), ...(scopes ? [] : ['--no-scopes'])];
  const what = scopes ? '193 countries and 28 regions, continents and world' : '193 countries';
  console.log(`Full regeneration of ${what} (PDF + workbook + all-countries workbook), ${runs} run${runs === 1 ? '' : 's'}:`);
  for (let n = 0; n < runs; n++) {
    const out = mkdtempSync(join(tmpdir(), 'ocindex-bench-'));
    try {
      const first = generate([...args, '--out', out]);
      full.push(first);
      console.log(`  run ${n + 1}: ${first.seconds.toFixed(1)} s wall: ${first.summary}`);
      const again = generate([...args, '--out', out]);
      unchanged.push(again);
      console.log(`  run ${n + 1}, nothing changed: ${again.seconds.toFixed(2)} s wall: ${again.summary}`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  const seconds = median(full.map((r) => r.seconds));
  const peak = Math.max(median(full.map((r) => r.peakMb)), median(unchanged.map((r) => r.peakMb)));
  const still = median(unchanged.map((r) => r.seconds));
  console.log(`Medians of ${runs}:`);
  console.log(`  full regeneration   ${seconds.toFixed(1)} s (${ms((seconds * 1000) / 193)} per country)   target ≤ ${TARGETS.fullSeconds} s: ${verdict(seconds, TARGETS.fullSeconds)}`);
  console.log(`  nothing changed     ${still.toFixed(2)} s   target ≤ ${TARGETS.unchangedSeconds} s: ${verdict(still, TARGETS.unchangedSeconds)}`);
  console.log(`  peak memory         ${peak} MB (worker threads included)   target ≤ ${TARGETS.peakMb} MB: ${verdict(peak, TARGETS.peakMb)}`);
}

function positiveInt(name: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${name}: expected a whole number of at least 1, got "${text}"`);
  return Number(text);
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '1' },
      jobs: { type: 'string' },
      data: { type: 'string', default: 'data' },
      'skip-full': { type: 'boolean', default: false },
      scopes: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const runs = positiveInt('--runs', values.runs);
  if (values.jobs !== undefined) positiveInt('--jobs', values.jobs);
  console.log(`Node ${process.versions.node}; load average ${load()} (1, 5, 15 min)`);
  await perCountry(values.data);
  if (!values['skip-full']) fullRuns(runs, values.data, values.jobs, values.scopes);
  console.log(`Load average after: ${load()}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`bench: ${(error as Error).message}\nTry: npm run bench -- --help`);
      process.exitCode = 2;
    } else {
      console.error(`bench: ${(error as Error).message ?? String(error)}`);
      process.exitCode = 1;
    }
  },
);
