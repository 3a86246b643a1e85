/**
 * A worker thread of a generate run: builds its own model from the data once, then runs the
 * tasks the main thread sends, one at a time, and answers each with the files written or the
 * error. The run's settings (edition, output folder, paper) come with each task: a worker may
 * start before the main thread has read them from the data (runPool.ts, startWorkers).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadTaskModel, runTask, type Task, type TaskResult, type TaskSettings } from './runTask.js';

export type WorkerReply = { readonly id: number; readonly ok: true; readonly result: TaskResult } | { readonly id: number; readonly ok: false; readonly message: string; readonly stack: string };

const model = await loadTaskModel((workerData as { dataDir: string }).dataDir);
parentPort!.on('message', async ({ id, task, settings }: { id: number; task: Task; settings: TaskSettings }) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, result: await runTask({ ...settings, model }, task) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id, ok: false, message: e.message, stack: e.stack ?? e.message };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
