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

export type Task =
  | { readonly kind: 'country'; readonly iso3: string; readonly formats: readonly Format[] }
  | { readonly kind: 'scope'; readonly scope: ScopeKind; readonly name: string; readonly formats: readonly Format[] }
  | { readonly kind: 'all-countries' };

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

export async function createTaskContext(settings: TaskSettings): Promise<TaskContext> {
  return { ...settings, model: buildIndexModel(await loadData(settings.dataDir)) };
}

export interface TaskResult {
  readonly files: WrittenFile[];
  readonly warnings: string[];
}

export async function runTask(context: TaskContext, task: Task): Promise<TaskResult> {
  const { files, warnings } =
    task.kind === 'country'
      ? await buildCountryOutputs(context.model, task.iso3, context.edition, task.formats, context.paper)
      : task.kind === 'scope'
        ? await buildScopeOutputs(context.model, task.scope, task.name, context.edition, task.formats, context.paper)
        : { files: [await buildAllCountriesOutput(context.model, context.edition, context.paper)], warnings: [] };
  await writeAtomically(
    files.map((f) => ({ path: join(context.outDir, f.path), bytes: f.bytes })),
    { within: context.outDir },
  );
  return { files: files.map((f) => ({ path: f.path, sha256: sha256(f.bytes) })), warnings };
}
