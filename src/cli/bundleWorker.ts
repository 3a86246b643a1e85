/**
 * dist/cli/generateWorker.js and all it imports → one file, dist/cli/generateWorker.bundle.js,
 * which the worker threads of a generate run load (runPool.ts). Part of `npm run build`, and of
 * the build a stale checkout gets first (buildIfStale.ts).
 *
 * A worker spends most of its start importing: node resolves, reads and compiles some 600
 * modules (vega's and d3's dozens of packages, exceljs's hundreds of files, zod, ours), ~750 ms
 * of one core, twice over in a run. From one file, whitespace stripped, it takes ~400 ms. The
 * names stay as written, so a stack trace (--verbose) still reads.
 *
 * pdfkit and fontkit stay outside: pdfkit finds its data files (colour profile, font metrics)
 * next to its own module, and fontkit must be the one instance pdfkit and src/fonts share. So
 * do the templates (below).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const WORKER_BUNDLE = 'generateWorker.bundle.js';

/** The newest modification time of the compiled files under `dir`, the bundle aside. */
function newestCompiled(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestCompiled(path));
    else if (entry.name.endsWith('.js') && entry.name !== WORKER_BUNDLE) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/'s worker bundle is missing or older than a file it is built from. */
export function bundleIsStale(dist: string): boolean {
  const bundle = join(dist, 'cli', WORKER_BUNDLE);
  return !existsSync(bundle) || statSync(bundle).mtimeMs < newestCompiled(dist);
}

/** Builds dist/cli/generateWorker.bundle.js from dist/ (compiled first, by tsc). */
export async function bundleWorker(dist: string): Promise<void> {
  // a build tool, installed with the dev dependencies: only a checkout bundles
  const { build } = await import('esbuild');
  await build({
    // module names in the bundle are relative to the package, wherever the build runs from
    absWorkingDir: dirname(dist),
    entryPoints: [join(dist, 'cli', 'generateWorker.js')],
    outfile: join(dist, 'cli', WORKER_BUNDLE),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.11',
    // templates are read when the worker starts, as an editor left them, not when it was built:
    // every import of them is '../../templates/…' from a folder of dist/, as from dist/cli/
    external: ['pdfkit', 'fontkit', '../../templates/*'],
    minifyWhitespace: true,
    minifySyntax: true,
    // the CommonJS packages inside (exceljs) require node's modules
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}

// `node dist/cli/bundleWorker.js`: the last step of `npm run build`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await bundleWorker(fileURLToPath(new URL('../', import.meta.url)));
}
