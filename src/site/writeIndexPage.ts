/**
 * The manifest + the output folder → out/index.html, written atomically at the end of every
 * generate run. The manifest names every output any run wrote; the page links only those still
 * on disk, so a deleted brief is never linked. Unchanged bytes are not rewritten, so a run
 * that changed nothing leaves the page (and its time stamp) as it was.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexModel } from '../model/buildIndexModel.js';
import type { Manifest } from '../output/manifest.js';
import { writeAtomically } from '../output/writeAtomically.js';
import { describeOutput, INDEX_PAGE } from '../outputPaths.js';
import { buildIndexPage } from './buildIndexPage.js';
import { renderIndexHtml } from './renderIndexHtml.js';

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The manifest's PDFs and workbooks that exist in `outDir`. */
export async function existingOutputs(outDir: string, manifest: Manifest): Promise<string[]> {
  const listed = Object.keys(manifest.outputs).filter((path) => describeOutput(path) !== undefined);
  const present = await Promise.all(listed.map((path) => isFile(join(outDir, path))));
  return listed.filter((_, i) => present[i]);
}

/** Writes `outDir`/index.html; says whether its bytes changed. */
export async function writeIndexPage(model: IndexModel, outDir: string, manifest: Manifest): Promise<{ path: string; changed: boolean }> {
  const path = join(outDir, INDEX_PAGE);
  const html = renderIndexHtml(buildIndexPage(model, await existingOutputs(outDir, manifest)));
  const old = await readFile(path, 'utf8').catch(() => null);
  if (old === html) return { path, changed: false };
  await writeAtomically([{ path, bytes: html }], { within: outDir });
  return { path, changed: true };
}
