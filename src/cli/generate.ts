/**
 * npm run generate -- [options]    (npm run generate -- --help)
 *
 * load → model → plan (what is out of date) → build on worker threads → write → summary.
 * The CLI parses, plans and reports; src/pipeline.ts builds; src/output writes.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countryByIso3 } from '../index/countries.js';
import { BuildError, DataError, UsageError, WriteError } from '../errors.js';
import { loadData, profileKey } from '../load/loadData.js';
import { buildIndexModel, type IndexModel } from '../model/buildIndexModel.js';
import { previousEditionOf } from '../model/buildCountryBrief.js';
import { lockOutput, LockedError } from '../output/lockOutput.js';
import { fingerprint, hashTree, isUpToDate, MANIFEST, pruneManifest, readManifest, sha256, writeManifest, writeManifestSync, type Manifest } from '../output/manifest.js';
import { removeLeftovers } from '../output/removeLeftovers.js';
import { ensureFolder } from '../output/writeAtomically.js';
import { outputDate } from '../present/outputDate.js';
import { printable } from '../present/printable.js';
import { checkFolderOption } from './checkFolderOption.js';
import { watchSignals, type Interrupts } from './watchSignals.js';
import { allCountriesPath, countryOutputPaths, scopeOutputPaths, type Format } from '../outputPaths.js';
import { chosenWork, GENERATE_HELP, parseGenerateArgs, shardOf, type GenerateOptions } from './generateArgs.js';
import { createProgress } from './progress.js';
import { createPool, type StartedWorker, startWorkers, workerCount } from './runPool.js';
import type { Task } from './runTask.js';
import { writeIndexPage } from '../site/writeIndexPage.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The code that runs: dist/ when compiled, src/ from the TypeScript sources. */
const CODE = fileURLToPath(new URL('../', import.meta.url));

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
    code: await hashTree(CODE),
    templates: await hashTree(join(ROOT, 'templates')),
    dependencies: sha256(await lockedDependencies()),
    data: sha256(JSON.stringify(editions)),
    // the date every output carries (SOURCE_DATE_EPOCH, or the edition's): a new one rebuilds
    date: outputDate(edition).toISOString(),
  };
}

/** package-lock.json; an installed package has none (npm never packs it), and pins its own versions. */
async function lockedDependencies(): Promise<Buffer> {
  try {
    return await readFile(join(ROOT, 'package-lock.json'));
  } catch {
    return readFile(join(ROOT, 'package.json'));
  }
}

/** How many of a kind of task the run chose, and what became of them. */
interface Tally {
  chosen: number;
  built: number;
  skipped: number;
  failed: number;
}

const tally = (chosen: number, skipped: number): Tally => ({ chosen, built: 0, skipped, failed: 0 });

/** Which tasks have outputs that are missing or out of date. */
async function plan(model: IndexModel, options: GenerateOptions, edition: number, manifest: Manifest): Promise<{ todo: Planned[]; countries: Tally; scopes: Tally }> {
  const shared = await sharedInputs(model, edition);
  const work = chosenWork(options);
  const chosen = shardOf(work.countries, options.shard);
  const scopes = shardOf(work.scopes, options.shard);
  const firstEdition = previousEditionOf(model, edition) === null;
  const todo: Planned[] = [];

  /** The formats of a task whose outputs are missing or out of date, and every output's fingerprint. */
  const staleness = async (paths: (format: Format) => string[], inputsOf: (format: Format) => string) => {
    const outputs = new Map<string, string>();
    const stale: Format[] = [];
    for (const format of options.formats) {
      const inputs = inputsOf(format);
      let fresh = !options.force;
      for (const path of paths(format)) {
        outputs.set(path, inputs);
        if (fresh && !(await isUpToDate(manifest, options.outDir, path, inputs))) fresh = false;
      }
      if (!fresh) stale.push(format);
    }
    return { outputs, stale };
  };

  let skippedCountries = 0;
  let skippedScopes = 0;
  for (const lang of options.langs) {
    for (const iso3 of chosen) {
      // A brief prints its own edition's profile and points to the latest earlier one.
      const profiles = [...model.editions.keys()].filter((e) => e <= edition).map((e) => model.data.profiles.get(profileKey(e, iso3)) ?? null);
      const profile = profiles.some((p) => p !== null) ? sha256(JSON.stringify(profiles)) : '';
      const { outputs, stale } = await staleness(
        (format) => countryOutputPaths(iso3, edition, format, options.paper, firstEdition, lang),
        (format) => fingerprint({ ...shared, format, country: iso3, profile, lang, paper: format === 'svg' ? '' : options.paper }),
      );
      if (stale.length === 0) skippedCountries++;
      else todo.push({ task: { kind: 'country', iso3, formats: stale, lang }, outputs });
    }

    for (const scope of scopes) {
      const { outputs, stale } = await staleness(
        (format) => scopeOutputPaths(scope.kind, scope.name, edition, format, options.paper, firstEdition, lang),
        (format) => fingerprint({ ...shared, format, scope: `${scope.kind}:${scope.name}`, lang, paper: format === 'svg' ? '' : options.paper }),
      );
      if (stale.length === 0) skippedScopes++;
      else todo.push({ task: { kind: 'scope', scope: scope.kind, name: scope.name, formats: stale, lang }, outputs });
    }

    const wantsAll = options.formats.includes('xlsx') && (!options.shard || options.shard.index === 1);
    if (wantsAll) {
      const path = allCountriesPath(edition, options.paper, lang);
      const inputs = fingerprint({ ...shared, format: 'all-countries', lang, paper: options.paper });
      if (options.force || !(await isUpToDate(manifest, options.outDir, path, inputs))) {
        todo.unshift({ task: { kind: 'all-countries', lang }, outputs: new Map([[path, inputs]]) });
      }
    }
  }
  const langs = options.langs.length;
  return { todo, countries: tally(chosen.length * langs, skippedCountries), scopes: tally(scopes.length * langs, skippedScopes) };
}

/**
 * The planned outputs of dropped tasks that this run wrote (modified since it started, bytes
 * not those on record) → on record with their planned inputs. A file the run did not touch
 * keeps its record, or stays off it.
 */
async function recordDropped(outDir: string, todo: readonly Planned[], manifest: Manifest, since: number): Promise<void> {
  for (const { outputs } of todo) {
    for (const [path, inputs] of outputs) {
      if (manifest.outputs[path]?.inputs === inputs) continue;
      try {
        const file = join(outDir, path);
        if ((await stat(file)).mtimeMs < since) continue;
        const hash = sha256(await readFile(file));
        if (manifest.outputs[path]?.sha256 !== hash) manifest.outputs[path] = { inputs, sha256: hash };
      } catch {
        // not written: nothing to record
      }
    }
  }
}

/** The folders a run writes: the output folder, and the folder of every output planned or on record. */
function foldersWritten(outDir: string, edition: number, todo: readonly Planned[], manifest: Manifest): string[] {
  const files = [...todo.flatMap((p) => [...p.outputs.keys()]), ...Object.keys(manifest.outputs)];
  return [...new Set([outDir, join(outDir, String(edition)), ...files.map((f) => dirname(join(outDir, f)))])];
}

/** SOURCE_DATE_EPOCH, checked once before anything is built: a bad one is a wrong invocation. */
function checkSourceDate(edition: number): void {
  try {
    outputDate(edition);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function label(task: Task, edition: number): string {
  const name = task.kind === 'country' ? countryByIso3(task.iso3).name : task.kind === 'scope' ? task.name : `all countries ${edition}`;
  return task.lang === 'en' ? name : `${name} (${task.lang})`;
}

/** "3 countries: 2 built, 1 skipped as unchanged, 0 failed"; `what` names what was chosen. */
function tallyLine(count: Tally, what: string, interrupted: boolean): string {
  const left = count.chosen - count.built - count.skipped - count.failed;
  return `${what}: ${count.built} built, ${count.skipped} skipped as unchanged, ${count.failed} failed${interrupted ? `, ${left} left for the next run` : ''}`;
}

/** Removes the lock at once, if it is still this run's: the last thing a run forced to exit does. */
function releaseSync(outDir: string): void {
  const file = join(outDir, '.lock');
  try {
    if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file, { force: true });
  } catch {
    // no lock, or not ours
  }
}

/**
 * A full run into a folder with no record of earlier outputs (or with --force) builds
 * everything, so its workers can start at once and load while this thread reads the data and
 * plans: ~0.3 s sooner. Any other run plans first: it may find nothing to build.
 */
function buildsEverything(options: GenerateOptions): boolean {
  const selecting = options.countries.length > 0 || options.scopes.length > 0;
  return !selecting && (options.force || !existsSync(join(options.outDir, MANIFEST)));
}

async function generate(options: GenerateOptions, interrupts: Interrupts): Promise<number> {
  const jobs = workerCount(options.jobs, Number.POSITIVE_INFINITY);
  const ahead = jobs > 1 && buildsEverything(options) ? startWorkers(options.dataDir, jobs) : [];
  try {
    return await generateWith(options, interrupts, ahead);
  } finally {
    // those the run did not take (it stopped early, or built in this thread)
    for (const { worker } of ahead) void worker.terminate();
  }
}

async function generateWith(options: GenerateOptions, interrupts: Interrupts, ahead: readonly StartedWorker[]): Promise<number> {
  const started = performance.now();
  // the wall-clock start, only to tell this run's files from older ones (never in an output)
  const runStart = Date.now();
  const say = (line: string) => console.error(`generate: ${printable(line)}`);
  await checkFolderOption('--data', options.dataDir);
  await checkFolderOption('--out', options.outDir);
  const model = buildIndexModel(await loadData(options.dataDir));
  const latest = Math.max(...model.editions.keys());
  const edition = options.edition ?? latest;
  if (!model.editions.has(edition)) {
    throw new UsageError(`--edition: no ${edition} edition in ${options.dataDir} (has ${[...model.editions.keys()].join(', ')})`);
  }
  checkSourceDate(edition);
  const warnings = [...model.warnings];
  if (interrupts.count() > 0) {
    say('interrupted before building anything; nothing written');
    return interrupts.exitCode();
  }

  const release = await lockOutput(options.outDir, options.wait * 1000, { onNotice: say, signal: interrupts.signal });
  try {
    const manifest = await readManifest(options.outDir);
    const pruned = await pruneManifest(manifest, options.outDir);
    if (pruned > 0) say(`${pruned} output${pruned === 1 ? '' : 's'} on record in ${join(options.outDir, '.manifest.json')} no longer exist${pruned === 1 ? 's' : ''}: dropped from the record`);
    const { todo, countries, scopes } = await plan(model, options, edition, manifest);
    const folders = foldersWritten(options.outDir, edition, todo, manifest);
    // Before anything is built: no folder on the way to an output may be a symbolic link or a file.
    for (const folder of folders) await ensureFolder(folder, options.outDir, false);
    await removeLeftovers(folders, { includeOwn: true });
    const progress = createProgress(todo.length);
    const cores = availableParallelism();
    if (options.jobs > cores) say(`--jobs ${options.jobs}: this machine has ${cores} cores, so ${cores} worker threads`);
    const jobs = workerCount(options.jobs, todo.length, cores);
    const pool = createPool({ dataDir: options.dataDir, outDir: options.outDir, edition, paper: options.paper }, jobs, todo.length, ahead);
    let dropping = false;
    interrupts.onExit(() => {
      writeManifestSync(options.outDir, manifest);
      releaseSync(options.outDir);
    });
    interrupts.onSignal((count) => {
      if (count === 1) {
        progress.say('stopping: no new country is started; those in progress finish (press Ctrl-C again to drop them)');
        void pool.stop({ drain: true });
      } else {
        dropping = true;
        progress.say('stopping now: the countries in progress are dropped; every file already written is complete');
        void pool.stop();
      }
    });

    const outputsOf = new Map(todo.map((p) => [p.task, p.outputs]));
    const failures: string[] = [];
    let lastSave = performance.now();
    // saves run one after another, so the last one written is the latest manifest
    let saving: Promise<void> = Promise.resolve();
    const save = () => (saving = saving.then(() => writeManifest(options.outDir, manifest)));
    if (interrupts.count() === 0) {
      await pool.run(
        todo.map((p) => p.task),
        (task, outcome) => {
          const name = label(task, edition);
          if (outcome.ok) {
            const inputs = outputsOf.get(task)!;
            for (const file of outcome.result.files) manifest.outputs[file.path] = { inputs: inputs.get(file.path)!, sha256: file.sha256 };
            warnings.push(...outcome.result.warnings);
            if (task.kind === 'country') countries.built++;
            if (task.kind === 'scope') scopes.built++;
            progress.tick(name);
          } else if (dropping) {
            progress.say(`${name}: dropped (interrupted)`);
          } else {
            const error = new BuildError('build', name, outcome.error.message, { cause: outcome.error });
            failures.push(options.verbose ? `${error.message}\n${outcome.error.stack}` : error.message);
            if (task.kind === 'country') countries.failed++;
            if (task.kind === 'scope') scopes.failed++;
            progress.tick(name, printable(outcome.error.message));
          }
          if (performance.now() - lastSave > 2000) {
            lastSave = performance.now();
            save().catch(() => {}); // a failed interim save only costs rebuilds after a crash
          }
        },
      );
    }
    // A worker stopped by a second Ctrl-C may have put its file in place and not told us yet:
    // the file is complete (written under a temporary name, then renamed), so it goes on record.
    if (dropping) await recordDropped(options.outDir, todo, manifest, runStart);
    await save().catch((error: unknown) => failures.push(`the record of outputs: ${(error as Error).message}`));
    const interrupted = interrupts.count() > 0;
    // a worker stopped mid-write leaves a temporary file of this process
    if (interrupted) await removeLeftovers(folders, { includeOwn: true });
    // after the manifest: the page lists every output on disk, of this run and earlier ones
    await writeIndexPage(model, options.outDir, manifest).catch((error: unknown) => failures.push(`the index page: ${(error as Error).message}`));
    progress.done();
    interrupts.onSignal(undefined);

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    // worker threads share this process, so its peak resident set covers them all
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    for (const warning of warnings) console.error(printable(`warning: ${warning}`));
    for (const failure of failures) console.error(printable(`error: ${failure}`));
    // several languages: "3 countries × 2 languages (en, es): 6 built, …"
    const n = options.langs.length;
    const what = (count: Tally, one: string, many: string) => {
      const each = count.chosen / n;
      return `${each} ${each === 1 ? one : many}${n > 1 ? ` × ${n} languages (${options.langs.join(', ')})` : ''}`;
    };
    // regions, continents and the world, when the run chose any
    const scopesPart = scopes.chosen > 0 ? `; ${tallyLine(scopes, what(scopes, 'region, continent or world', 'regions, continents and world'), interrupted)}` : '';
    console.log(
      printable(
        `${edition}: ${tallyLine(countries, what(countries, 'country', 'countries'), interrupted)}${scopesPart}; ` +
          `${warnings.length} warning${warnings.length === 1 ? '' : 's'}; ${seconds} s, peak memory ${peakMb} MB${interrupted ? ' (interrupted)' : ''} → ${options.outDir}/${edition}/`,
      ),
    );
    if (interrupted) return interrupts.exitCode();
    return failures.length > 0 ? 1 : 0;
  } finally {
    interrupts.onExit(() => releaseSync(options.outDir));
    await release();
    interrupts.onExit(undefined);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const interrupts = watchSignals((line) => console.error(`generate: ${line}`));
  let options: GenerateOptions | undefined;
  try {
    options = parseGenerateArgs(argv);
    if (options.help) {
      process.stdout.write(GENERATE_HELP);
      return 0;
    }
    return await generate(options, interrupts);
  } catch (error) {
    const verbose = options?.verbose ?? argv.includes('--verbose');
    const say = (text: string) => console.error(printable(text));
    if (error instanceof UsageError) {
      say(`generate: ${error.message}\nTry: npm run generate -- --help`);
      return 2;
    }
    if (error instanceof DataError) {
      say(`generate: nothing built: the data is not valid.\n${error.message}`);
    } else if (error instanceof WriteError) {
      say(`generate: ${error.message}`);
    } else if (error instanceof LockedError) {
      say(`generate: ${error.message}`);
      if (interrupts.count() > 0) return interrupts.exitCode();
    } else {
      say(`generate: ${(error as Error).message ?? String(error)}${verbose ? '' : ' (--verbose shows where)'}`);
    }
    if (verbose) console.error((error as Error).stack);
    return 1;
  } finally {
    interrupts.dispose();
  }
}

process.exitCode = await main(process.argv.slice(2));
