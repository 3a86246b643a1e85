/**
 * Runs tasks on N worker threads (or in this thread when N is 1 or there is one task),
 * reporting each result as it comes. A failing task does not stop the others.
 *
 * The npm scripts and the installed command start node with V8_FLAGS. Two keep each
 * isolate's work on its own thread. Left to itself, each isolate hands its garbage collection
 * and its optimizing compiles to helper threads, and two workers' helpers fight their
 * JavaScript for the same two cores:
 * - `--single-threaded-gc`: on 2 cores, two workers built a country in ~130 ms each without it,
 *   ~108 ms with it (one thread alone: ~75 ms);
 * - `--no-concurrent-recompilation`: one thread spent 66 ms of processor time a country with
 *   the compiles on helpers, 58 ms with them inline, and ~20 MB less memory in a full run (a
 *   run of one country: ~0.05 s slower).
 * And one that saves memory: `--no-sparkplug` leaves out V8's baseline compiler, whose machine
 * code for every warm function bought no measurable time here (full runs, the warm bench and
 * a run of one country, alternating) and cost ~10 MB of a full run's peak (five pairs of
 * runs: 295–309 MB with it, 288–298 MB without).
 * The flags must be given at start: set at run time (v8.setFlagsFromString), the collector's
 * would reach the workers but flip the collector of this thread's heap halfway, and V8 then
 * aborts in a later major collection ("Check failed: concurrent_marking_handle_"), seen in a
 * run of three languages.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { WORKER_BUNDLE } from './bundleWorker.js';
import type { Task, TaskResult, TaskSettings } from './runTask.js';
import type { WorkerReply } from './generateWorker.js';

/** The V8 flags the commands run under (package.json's scripts, main.ts's first line, the bench). */
export const V8_FLAGS: readonly string[] = ['--single-threaded-gc', '--no-concurrent-recompilation', '--no-sparkplug'];

/**
 * Each worker's heap: the cap of its old generation and the size of its young one, in MB. A
 * worker keeps ~45–50 MB alive and allocates ~20 MB a country. V8 sizes the old generation
 * from the cap: it lets the heap grow to its live size times a factor that rises with the cap,
 * so a higher cap means fewer mark-compacts at more memory (uncapped: 8.0–8.5 s, ~500 MB a
 * run). The young generation sets how often scavenges run and how much they promote.
 * Measured in full runs, alternating: 512 and 24 MB (two 8 MB semi-spaces) took 9.6–10.6 s at
 * 288–294 MB; 1024 and 12 MB (4 MB semi-spaces) 9.4–10.0 s at 278–286 MB, faster in five pairs
 * of six; 1280 or 1536 MB cost 10–25 MB more.
 */
const WORKER_HEAP_MB = 1024;
const WORKER_YOUNG_MB = 12;

/**
 * Compiled (dist/), a worker loads the bundle of generateWorker.js and all it imports
 * (bundleWorker.ts), or generateWorker.js itself where no bundle was built. Run from the
 * TypeScript sources (tests, tsx), it boots through workerBoot.mjs, which registers tsx in the
 * thread first: worker threads do not inherit tsx's loader on Node 20.
 */
const BUNDLE = new URL(`./${WORKER_BUNDLE}`, import.meta.url);
const WORKER = import.meta.url.endsWith('.ts')
  ? { file: new URL('./workerBoot.mjs', import.meta.url), entry: new URL('./generateWorker.ts', import.meta.url).href }
  : { file: existsSync(BUNDLE) ? BUNDLE : new URL('./generateWorker.js', import.meta.url), entry: undefined };

export type TaskOutcome = { ok: true; result: TaskResult } | { ok: false; error: Error };

export interface Pool {
  /** Resolves when every task has been reported. */
  run(tasks: readonly Task[], onOutcome: (task: Task, outcome: TaskOutcome) => void): Promise<void>;
  /**
   * Stops the workers; tasks in flight are abandoned (their files are written atomically or not
   * at all). With `drain`, only no new task starts: those in flight finish and are reported.
   */
  stop(options?: { drain?: boolean }): Promise<void>;
}

function inThread(settings: TaskSettings): Pool {
  let stopped = false;
  return {
    async run(tasks, onOutcome) {
      if (tasks.length === 0) return; // nothing changed: no renderers, no second load of the data
      // loaded here, not at the top: with workers, the main thread never needs the renderers
      const { createTaskContext, runTask } = await import('./runTask.js');
      const context = await createTaskContext(settings);
      for (const task of tasks) {
        if (stopped) return;
        try {
          onOutcome(task, { ok: true, result: await runTask(context, task) });
        } catch (error) {
          onOutcome(task, { ok: false, error: error instanceof Error ? error : new Error(String(error)) });
        }
      }
    },
    async stop() {
      stopped = true;
    },
  };
}

/**
 * A worker thread started before its tasks are known: it imports the renderers and builds its
 * model from the data (~0.8 s) while the main thread loads the data and plans. Unreferenced
 * until a pool takes it, so a run that stops before building does not wait for it.
 */
export interface StartedWorker {
  readonly worker: Worker;
  /** Settles when its model is built and it waits for tasks. */
  readonly ready: Promise<void>;
  /** Settles when it has stopped, for whatever reason. */
  readonly exited: Promise<void>;
  /** Why it stopped, if it failed (to start, or on a task). */
  failure?: Error;
}

function startWorker(dataDir: string): StartedWorker {
  const worker = new Worker(WORKER.file, {
    workerData: { entry: WORKER.entry, dataDir },
    // left alone, V8 grows each worker's heap to ~250 MB (see WORKER_HEAP_MB)
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  const started: StartedWorker = {
    worker,
    ready: new Promise((resolve) => worker.on('message', (message: WorkerReply | { ready: true }) => 'ready' in message && resolve())),
    exited: new Promise((resolve) => worker.once('exit', () => resolve())),
  };
  // kept for the pool: a worker that fails before its first task has no task to fail
  worker.on('error', (error) => {
    started.failure = error;
  });
  return started;
}

/**
 * `jobs` workers started now, for a run sure to build on them (generate.ts: a full run into a
 * folder with no record of earlier outputs). Hand them to createPool; stop any left over.
 */
export function startWorkers(dataDir: string, jobs: number): StartedWorker[] {
  return Array.from({ length: jobs }, () => {
    const started = startWorker(dataDir);
    started.worker.unref();
    return started;
  });
}

/** Worker threads in this process: those started ahead first, then new ones. */
function onWorkers(settings: TaskSettings, jobs: number, ahead: readonly StartedWorker[]): Pool {
  const workers: Worker[] = [];
  let stopped = false;
  return {
    run(tasks, onOutcome) {
      return new Promise((resolve) => {
        let next = 0;
        let reported = 0;
        const report = (task: Task, outcome: TaskOutcome) => {
          onOutcome(task, outcome);
          reported++;
          if (reported === tasks.length) resolve();
        };
        const count = Math.min(jobs, tasks.length);
        for (const extra of ahead.slice(count)) void extra.worker.terminate();
        let alive = count;
        if (alive === 0) return resolve();
        const gone = (started: StartedWorker) => {
          alive--;
          if (alive === 0 && !stopped) {
            // the last worker's failure says why, when it stopped before building (bad data, a broken bundle)
            const why = started.failure ? `: ${started.failure.message}` : '';
            while (next < tasks.length) report(tasks[next++]!, { ok: false, error: new Error(`no worker thread left to build it${why}`) });
          }
          if (alive === 0 && stopped) resolve();
        };
        for (let w = 0; w < count; w++) {
          const started = ahead[w] ?? startWorker(settings.dataDir);
          const { worker } = started;
          worker.ref();
          workers.push(worker);
          let current: Task | undefined;
          const feed = () => {
            current = undefined;
            if (stopped || next >= tasks.length) return void worker.terminate();
            current = tasks[next]!;
            worker.postMessage({ id: next++, task: current, settings });
          };
          worker.on('message', (message: WorkerReply | { ready: true }) => {
            if ('ready' in message) return;
            const task = current!;
            report(task, message.ok ? { ok: true, result: message.result } : { ok: false, error: Object.assign(new Error(message.message), { stack: message.stack }) });
            feed();
          });
          // A worker that crashes fails its task; the other workers take the rest.
          worker.on('error', (error) => {
            if (current) report(current, { ok: false, error });
            current = undefined;
          });
          void started.exited.then(() => {
            if (current) report(current, { ok: false, error: new Error('its worker thread stopped') });
            current = undefined;
            gone(started);
          });
          void started.ready.then(feed);
        }
      });
    },
    async stop(options) {
      stopped = true;
      if (!options?.drain) await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * How many threads to build `tasks` tasks on when `requested` were asked for: no more than the
 * machine's cores (more threads than cores only add start-up and memory, as each loads the
 * renderers and the model), nor than the tasks.
 */
export function workerCount(requested: number, tasks: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(requested, cores, tasks));
}

/** `ahead`: workers started before the plan (startWorkers); a pool in this thread stops them. */
export function createPool(settings: TaskSettings, jobs: number, taskCount: number, ahead: readonly StartedWorker[] = []): Pool {
  if (jobs > 1 && taskCount > 1) return onWorkers(settings, jobs, ahead);
  for (const started of ahead) void started.worker.terminate();
  return inThread(settings);
}
