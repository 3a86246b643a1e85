/**
 * A worker thread of a generate run: builds its own model from the data once, then runs the
 * tasks the main thread sends, one at a time, and answers each with the files written or the
 * error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createTaskContext, runTask, type Task, type TaskResult, type TaskSettings } from './runTask.js';

export type WorkerReply = { readonly id: number; readonly ok: true; readonly result: TaskResult } | { readonly id: number; readonly ok: false; readonly message: string; readonly stack: string };

const context = await createTaskContext((workerData as { settings: TaskSettings }).settings);
parentPort!.on('message', async ({ id, task }: { id: number; task: Task }) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, result: await runTask(context, task) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id, ok: false, message: e.message, stack: e.stack ?? e.message };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
