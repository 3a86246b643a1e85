/**
 * npm run bench [-- --runs N]
 *
 * 1. Per brief, in this process, warm: median milliseconds to render the seven charts, build
 *    the PDF and the country workbook, over a fixed sample of countries.
 * 2. A full regeneration from scratch of all 193 countries (PDF + country workbook + the
 *    all-countries workbook) through `npm run generate`, then a run with nothing changed:
 *    wall time, milliseconds per country, peak memory. Medians over --runs runs (default 1).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { COUNTRIES } from '../index/countries.js';
import { renderCharts } from '../charts/renderCharts.js';
import { loadData } from '../load/loadData.js';
import { buildCountryBrief } from '../model/buildCountryBrief.js';
import { buildIndexModel } from '../model/buildIndexModel.js';
import { BRIEF_CONTENT_WIDTH, buildBriefPdf } from '../pdf/buildBriefPdf.js';
import { buildCountryWorkbook } from '../workbook/buildCountryWorkbook.js';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function perBrief(): Promise<void> {
  const model = buildIndexModel(await loadData('data'));
  const edition = Math.max(...model.editions.keys());
  const sample = COUNTRIES.filter((_, n) => n % 4 === 0).map((c) => c.iso3); // 49 countries
  const times = { charts: [] as number[], pdf: [] as number[], xlsx: [] as number[], total: [] as number[] };
  for (const [round, iso3] of [...sample.slice(0, 3), ...sample].entries()) {
    const brief = buildCountryBrief(model, iso3, edition);
    const t0 = performance.now();
    const charts = await renderCharts(model, brief, { width: BRIEF_CONTENT_WIDTH });
    const t1 = performance.now();
    await buildBriefPdf(model, brief, charts, { paper: 'a4' });
    const t2 = performance.now();
    await buildCountryWorkbook(model, brief);
    const t3 = performance.now();
    if (round < 3) continue; // warm-up
    times.charts.push(t1 - t0);
    times.pdf.push(t2 - t1);
    times.xlsx.push(t3 - t2);
    times.total.push(t3 - t0);
  }
  console.log(`Per country, warm, one thread, median of ${sample.length} countries (${edition}):`);
  console.log(`  charts (7 SVGs)     ${ms(median(times.charts))}`);
  console.log(`  PDF brief           ${ms(median(times.pdf))}`);
  console.log(`  country workbook    ${ms(median(times.xlsx))}`);
  console.log(`  all three           ${ms(median(times.total))}`);
  console.log(`  peak memory         ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}

function generate(out: string, extra: string[]): { seconds: number; peak: number; summary: string } {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/generate.ts', '--out', out, ...extra], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  const summary = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0) throw new Error(`generate failed (${run.status}):\n${run.stderr}`);
  const peak = Number(/peak memory (\d+) MB/.exec(summary)?.[1] ?? NaN);
  return { seconds, peak, summary };
}

function fullRuns(runs: number): void {
  const full: { seconds: number; peak: number }[] = [];
  const unchanged: number[] = [];
  for (let n = 0; n < runs; n++) {
    const out = mkdtempSync(join(tmpdir(), 'ocindex-bench-'));
    try {
      const first = generate(out, []);
      full.push(first);
      console.log(`  run ${n + 1}: ${first.summary}`);
      const again = generate(out, []);
      unchanged.push(again.seconds);
      console.log(`  run ${n + 1}, nothing changed: ${again.summary}`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  const seconds = median(full.map((r) => r.seconds));
  console.log(`Full regeneration of 193 countries (PDF + workbook + all-countries workbook), median of ${runs}:`);
  console.log(`  wall time           ${seconds.toFixed(1)} s (${ms((seconds * 1000) / 193)} per country)`);
  console.log(`  peak memory         ${median(full.map((r) => r.peak))} MB`);
  console.log(`  no-change run       ${median(unchanged).toFixed(2)} s`);
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' }, 'skip-full': { type: 'boolean', default: false } } });
await perBrief();
if (!values['skip-full']) fullRuns(Number(values.runs));
