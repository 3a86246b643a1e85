/**
 * One unit of a generate run: build a country's outputs (or the all-countries workbook) and
 * write them. The same function runs in the main thread and in worker threads.
 */
import { join } from 'node:path';
import { loadData } from '../load/loadData.js';
import { buildIndexModel, type IndexModel } from '../model/buildIndexModel.js';
import { sha256 } from '../output/manifest.js';
import { writeAtomically } from '../output/writeAtomically.js';
import { buildAllCountriesOutput, buildCountryOutputs, buildScopeOutputs } from '../pipeline.js';
import type { ScopeKind } from '../model/buildScopeBrief.js';
import type { Format, Paper } from '../outputPaths.js';
import { inLang, type Lang } from '../present/locale.js';

/** One output set, in one language. */
export type Task = { readonly lang: Lang } & (
  | { readonly kind: 'country'; readonly iso3: string; readonly formats: readonly Format[] }
  | { readonly kind: 'scope'; readonly scope: ScopeKind; readonly name: string; readonly formats: readonly Format[] }
  | { readonly kind: 'all-countries' }
);

export interface TaskSettings {
  readonly dataDir: string;
  readonly outDir: string;
  readonly edition: number;
  readonly paper: Paper;
}

export interface TaskContext extends TaskSettings {
  readonly model: IndexModel;
}

export interface WrittenFile {
  /** Relative to the output folder. */
  readonly path: string;
  readonly sha256: string;
}

export async function loadTaskModel(dataDir: string): Promise<IndexModel> {
  return buildIndexModel(await loadData(dataDir));
}

export async function createTaskContext(settings: TaskSettings): Promise<TaskContext> {
  return { ...settings, model: await loadTaskModel(settings.dataDir) };
}

export interface TaskResult {
  readonly files: WrittenFile[];
  readonly warnings: string[];
}

export async function runTask(context: TaskContext, task: Task): Promise<TaskResult> {
  const { model, edition, paper } = context;
  // every word and number of the outputs in the task's language
  const { files, warnings } = await inLang(task.lang, async () =>
    task.kind === 'country'
      ? await buildCountryOutputs(model, task.iso3, edition, task.formats, paper)
      : task.kind === 'scope'
        ? await buildScopeOutputs(model, task.scope, task.name, edition, task.formats, paper)
        : { files: [await buildAllCountriesOutput(model, edition, paper)], warnings: [] },
  );
  await writeAtomically(
    files.map((f) => ({ path: join(context.outDir, f.path), bytes: f.bytes })),
    { within: context.outDir },
  );
  return { files: files.map((f) => ({ path: f.path, sha256: sha256(f.bytes) })), warnings };
}
