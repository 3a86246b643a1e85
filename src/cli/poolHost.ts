/**
 * The pool host: the process that holds a generate run's worker threads (runPool.ts starts it
 * with --single-threaded-gc, and says why). It runs the tasks it is sent on its threads and
 * reports each outcome, then its peak memory, to the main process, which keeps the manifest,
 * the progress and the summary.
 *
 * Signals are the main process's business: a Ctrl-C reaches every process of the terminal's
 * group, and the main process decides what it means (finish, or drop, the tasks in flight) and
 * says so here. If the main process goes away, so does the host.
 */
import { onWorkers, type HostReport, type HostRequest, type Pool } from './runPool.js';

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => undefined);

const report = (message: HostReport) => process.send!(message);
let pool: Pool | undefined;

process.on('message', (message: HostRequest) => {
  if ('run' in message) {
    const { settings, jobs, tasks } = message.run;
    const index = new Map(tasks.map((task, n) => [task, n]));
    pool = onWorkers(settings, jobs);
    void pool.run(tasks, (task, outcome) => report({ outcome, index: index.get(task)! })).then(() => report({ done: true, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
  } else {
    void pool?.stop(message.stop);
  }
});
process.on('disconnect', () => {
  void (pool?.stop() ?? Promise.resolve()).then(() => process.exit(0));
});
