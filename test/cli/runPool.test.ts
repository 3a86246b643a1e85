/**
 * The pool of worker threads: workers started ahead of the plan take the run's tasks, and
 * workers that cannot start say why in every task they leave unbuilt.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPool, startWorkers, type TaskOutcome } from '../../src/cli/runPool.js';
import type { Task } from '../../src/cli/runTask.js';
import { tempDir } from '../load/workbookFixtures.js';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

const country = (iso3: string): Task => ({ kind: 'country', iso3, formats: ['pdf'], lang: 'en' });

async function runAll(pool: ReturnType<typeof createPool>, tasks: Task[]): Promise<Map<Task, TaskOutcome>> {
  const outcomes = new Map<Task, TaskOutcome>();
  await pool.run(tasks, (task, outcome) => outcomes.set(task, outcome));
  return outcomes;
}

describe('the pool of worker threads', { timeout: 120_000 }, () => {
  it('builds on workers started before the plan, with the settings the run gives later', async () => {
    const out = await tempDir();
    folders.push(out);
    await mkdir(join(out, '2025'), { recursive: true });
    const ahead = startWorkers('data', 2);
    const tasks = [country('PER'), country('CHL'), country('BOL')];
    const outcomes = await runAll(createPool({ dataDir: 'data', outDir: out, edition: 2025, paper: 'a4' }, 2, tasks.length, ahead), tasks);
    expect([...outcomes.values()].map((o) => o.ok)).toEqual([true, true, true]);
    expect((await readdir(join(out, '2025'))).sort()).toEqual(['bolivia.pdf', 'chile.pdf', 'peru.pdf']);
  });

  it('fails every task with the reason when its workers cannot start, and writes nothing', async () => {
    const out = await tempDir();
    const empty = await tempDir();
    folders.push(out, empty);
    const tasks = [country('PER'), country('CHL'), country('BOL')];
    const outcomes = await runAll(createPool({ dataDir: empty, outDir: out, edition: 2025, paper: 'a4' }, 2, tasks.length), tasks);
    expect(outcomes.size).toBe(3);
    for (const outcome of outcomes.values()) {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.error.message).toMatch(/^no worker thread left to build it: .*editions: 1 problem\s+no edition files/);
    }
    expect(await readdir(out)).toEqual([]);
  });
});
