/**
 * npm run generate -- [options]    (npm run generate -- --help)
 *
 * load → model → plan (what is out of date) → build on worker threads → write → summary.
 * The CLI parses, plans and reports; src/pipeline.ts builds; src/output writes.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNTRIES, countryByIso3 } from '../index/countries.js';
import { BuildError, DataError, UsageError } from '../errors.js';
import { loadData, profileKey } from '../load/loadData.js';
import { buildIndexModel, type IndexModel } from '../model/buildIndexModel.js';
import { previousEditionOf } from '../model/buildCountryBrief.js';
import { lockOutput, LockedError } from '../output/lockOutput.js';
import { fingerprint, hashTree, isUpToDate, readManifest, sha256, writeManifest, type Manifest } from '../output/manifest.js';
import { allCountriesPath, countryOutputPaths, type Format } from '../outputPaths.js';
import { GENERATE_HELP, parseGenerateArgs, shardOf, type GenerateOptions } from './generateArgs.js';
import { createProgress } from './progress.js';
import { createPool } from './runPool.js';
import type { Task } from './runTask.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Planned {
  readonly task: Task;
  /** Output path → fingerprint of its inputs. */
  readonly outputs: ReadonlyMap<string, string>;
}

/**
 * The fingerprint of what every output shares: code, templates, locked dependencies, the
 * editions used (every edition up to this one: the trend and history show them all).
 */
async function sharedInputs(model: IndexModel, edition: number): Promise<Record<string, string>> {
  const editions = model.data.editions.filter((e) => e.edition <= edition);
  return {
    code: await hashTree(join(ROOT, 'src')),
    templates: await hashTree(join(ROOT, 'templates')),
    dependencies: sha256(await readFile(join(ROOT, 'package-lock.json'))),
    data: sha256(JSON.stringify(editions)),
  };
}

/** Which tasks have outputs that are missing or out of date. */
async function plan(model: IndexModel, options: GenerateOptions, edition: number, manifest: Manifest): Promise<{ todo: Planned[]; skipped: number; countries: number }> {
  const shared = await sharedInputs(model, edition);
  const all = options.countries.length > 0 ? options.countries : COUNTRIES.map((c) => c.iso3);
  const chosen = shardOf([...all].sort(), options.shard);
  const todo: Planned[] = [];
  let skipped = 0;
  for (const iso3 of chosen) {
    // A brief prints its own edition's profile and points to the latest earlier one.
    const profiles = [...model.editions.keys()].filter((e) => e <= edition).map((e) => model.data.profiles.get(profileKey(e, iso3)) ?? null);
    const outputs = new Map<string, string>();
    const stale: Format[] = [];
    for (const format of options.formats) {
      const inputs = fingerprint({ ...shared, format, country: iso3, profile: profiles.some((p) => p !== null) ? sha256(JSON.stringify(profiles)) : '', paper: format === 'svg' ? '' : options.paper });
      const paths = countryOutputPaths(iso3, edition, format, options.paper, previousEditionOf(model, edition) === null);
      let fresh = !options.force;
      for (const path of paths) {
        outputs.set(path, inputs);
        if (fresh && !(await isUpToDate(manifest, options.outDir, path, inputs))) fresh = false;
      }
      if (!fresh) stale.push(format);
    }
    if (stale.length === 0) skipped++;
    else todo.push({ task: { kind: 'country', iso3, formats: stale }, outputs });
  }
  const wantsAll = options.formats.includes('xlsx') && (!options.shard || options.shard.index === 1);
  if (wantsAll) {
    const path = allCountriesPath(edition, options.paper);
    const inputs = fingerprint({ ...shared, format: 'all-countries', paper: options.paper });
    if (options.force || !(await isUpToDate(manifest, options.outDir, path, inputs))) {
      todo.unshift({ task: { kind: 'all-countries' }, outputs: new Map([[path, inputs]]) });
    }
  }
  return { todo, skipped, countries: chosen.length };
}

/** Temporary files left by a run that was killed: never complete, always safe to remove. */
async function removeLeftovers(dir: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await removeLeftovers(path);
    else if (entry.name.startsWith('.') && entry.name.endsWith('.tmp')) await rm(path, { force: true });
  }
}

function label(task: Task, edition: number): string {
  return task.kind === 'country' ? countryByIso3(task.iso3).name : `all countries ${edition}`;
}

async function generate(options: GenerateOptions): Promise<number> {
  const started = performance.now();
  const model = buildIndexModel(await loadData(options.dataDir));
  const latest = Math.max(...model.editions.keys());
  const edition = options.edition ?? latest;
  if (!model.editions.has(edition)) {
    throw new UsageError(`--edition: no ${edition} edition in ${options.dataDir} (has ${[...model.editions.keys()].join(', ')})`);
  }
  const warnings = [...model.warnings];

  const release = await lockOutput(options.outDir, options.wait * 1000);
  let stopping = false;
  try {
    await removeLeftovers(options.outDir);
    const manifest = await readManifest(options.outDir);
    const { todo, skipped, countries } = await plan(model, options, edition, manifest);
    const progress = createProgress(todo.length);
    const pool = createPool({ dataDir: options.dataDir, outDir: options.outDir, edition, paper: options.paper }, options.jobs, todo.length);
    const onSignal = () => {
      if (stopping) return;
      stopping = true;
      progress.say('stopping: finishing nothing new; files already written are complete');
      void pool.stop();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);

    const outputsOf = new Map(todo.map((p) => [p.task, p.outputs]));
    let built = 0;
    const failures: string[] = [];
    let lastSave = performance.now();
    // saves run one after another, so the last one written is the latest manifest
    let saving: Promise<void> = Promise.resolve();
    const save = () => (saving = saving.then(() => writeManifest(options.outDir, manifest)));
    await pool.run(
      todo.map((p) => p.task),
      (task, outcome) => {
        const name = label(task, edition);
        if (outcome.ok) {
          const inputs = outputsOf.get(task)!;
          for (const file of outcome.result.files) manifest.outputs[file.path] = { inputs: inputs.get(file.path)!, sha256: file.sha256 };
          warnings.push(...outcome.result.warnings);
          if (task.kind === 'country') built++;
          progress.tick(name);
        } else {
          const error = new BuildError('build', name, outcome.error.message, { cause: outcome.error });
          failures.push(options.verbose ? `${error.message}\n${outcome.error.stack}` : error.message);
          progress.tick(name, outcome.error.message);
        }
        if (performance.now() - lastSave > 2000) {
          lastSave = performance.now();
          save().catch(() => {}); // a failed interim save only costs rebuilds after a crash
        }
      },
    );
    await save();
    progress.done();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    // worker threads share this process, so its peak resident set covers them all
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    for (const warning of warnings) console.error(`warning: ${warning}`);
    for (const failure of failures) console.error(`error: ${failure}`);
    const interrupted = stopping ? ' (interrupted)' : '';
    console.log(
      `${edition}: ${countries} countries: ${built} built, ${skipped} skipped as unchanged, ${failures.length} failed; ` +
        `${warnings.length} warning${warnings.length === 1 ? '' : 's'}; ${seconds} s, peak memory ${peakMb} MB${interrupted} → ${options.outDir}/${edition}/`,
    );
    return failures.length > 0 || stopping ? 1 : 0;
  } finally {
    await release();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let options: GenerateOptions | undefined;
  try {
    options = parseGenerateArgs(argv);
    if (options.help) {
      process.stdout.write(GENERATE_HELP);
      return 0;
    }
    return await generate(options);
  } catch (error) {
    const verbose = options?.verbose ?? argv.includes('--verbose');
    if (error instanceof UsageError) {
      console.error(`generate: ${error.message}\nTry: npm run generate -- --help`);
      return 2;
    }
    if (error instanceof DataError) {
      console.error(`generate: nothing built: the data is not valid.\n${error.message}`);
    } else if (error instanceof LockedError) {
      console.error(`generate: ${error.message}`);
    } else {
      console.error(`generate: ${(error as Error).message ?? String(error)}`);
    }
    if (verbose) console.error((error as Error).stack);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
