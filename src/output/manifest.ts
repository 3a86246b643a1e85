/**
 * What each output was built from. `out/.manifest.json` maps every output file (relative to
 * out/) to the fingerprint of its inputs and the SHA-256 of its bytes. An output whose
 * fingerprint is unchanged and whose file is still the one written is not rebuilt.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as z from 'zod';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { temporaryName, writeAtomically } from './writeAtomically.js';

export const MANIFEST = '.manifest.json';

const Manifest = z.strictObject({
  version: z.literal(1),
  // relative paths inside the output folder: a manifest naming "../x" or "/x" is not ours
  outputs: z.record(z.string().regex(/^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$)).+$/), z.strictObject({ inputs: z.string(), sha256: z.string() })),
});
export type Manifest = z.infer<typeof Manifest>;

export function emptyManifest(): Manifest {
  return { version: 1, outputs: {} };
}

/** The manifest in `outDir`; an absent or unreadable one is empty (everything gets built). */
export async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const parsed = Manifest.safeParse(JSON.parse(await readFile(join(outDir, MANIFEST), 'utf8')));
    return parsed.success ? parsed.data : emptyManifest();
  } catch {
    return emptyManifest();
  }
}

function manifestBytes(manifest: Manifest): string {
  const sorted = Object.fromEntries(Object.entries(manifest.outputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ version: 1, outputs: sorted }, null, 1)}\n`;
}

export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  await writeAtomically([{ path: join(outDir, MANIFEST), bytes: manifestBytes(manifest) }]);
}

/** The same, synchronously: for a run that must exit at once (a third Ctrl-C). Best effort. */
export function writeManifestSync(outDir: string, manifest: Manifest): void {
  const path = join(outDir, MANIFEST);
  const temp = temporaryName(path);
  try {
    writeFileSync(temp, manifestBytes(manifest), { flag: 'wx' });
    renameSync(temp, path);
  } catch {
    rmSync(temp, { force: true });
  }
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A fingerprint of named parts: change any part and it changes. */
export function fingerprint(parts: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256');
  for (const key of Object.keys(parts).sort()) hash.update(`${key}\u0000${parts[key]}\u0000`);
  return hash.digest('hex');
}

/** SHA-256 over every file under `dir` (names and bytes), for code and templates. */
export async function hashTree(dir: string): Promise<string> {
  const hash = createHash('sha256');
  async function walk(sub: string): Promise<void> {
    const entries = await readdir(sub, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(sub, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile())
        hash
          .update(`${relative(dir, path)}\u0000`)
          .update(await readFile(path))
          .update('\u0000');
    }
  }
  await walk(dir);
  return hash.digest('hex');
}

/** True when the file at `path` is the one the manifest recorded for these inputs. */
export async function isUpToDate(manifest: Manifest, outDir: string, file: string, inputs: string): Promise<boolean> {
  const entry = manifest.outputs[file];
  if (!entry || entry.inputs !== inputs) return false;
  try {
    const path = join(outDir, file);
    if (!(await stat(path)).isFile()) return false;
    return sha256(await readFile(path)) === entry.sha256;
  } catch {
    return false;
  }
}

/**
 * Drops the entries whose file is gone (deleted by hand, or never written by a run that was
 * stopped): the manifest claims only outputs that exist. Returns how many it dropped.
 */
export async function pruneManifest(manifest: Manifest, outDir: string): Promise<number> {
  let dropped = 0;
  for (const file of Object.keys(manifest.outputs)) {
    const exists = await stat(join(outDir, file)).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!exists) {
      delete manifest.outputs[file];
      dropped++;
    }
  }
  return dropped;
}
