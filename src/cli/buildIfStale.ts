/**
 * In a checkout, compiled code older than its source → a build before the command runs.
 *
 * The npm scripts run dist/ (compiled by `npm run build`, which `npm ci` runs as `prepare`), not
 * src/. After a `git pull` or an edit, dist/ would silently run yesterday's code, and the
 * manifest would record its outputs as built from it. So when any src/ file is newer than its
 * compiled twin (or has none), dist/ is rebuilt first, and so is the worker bundle when it is
 * older than dist/. An installed package has no src/ and skips all this; so do runs from the
 * TypeScript sources (tests, tsx).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundleIsStale, WORKER_BUNDLE } from './bundleWorker.js';

/** The first source file whose compiled twin is missing or older, or undefined. */
function staleSource(src: string, dist: string): string | undefined {
  for (const entry of readdirSync(src, { withFileTypes: true })) {
    const source = join(src, entry.name);
    if (entry.isDirectory()) {
      const found = staleSource(source, join(dist, entry.name));
      if (found) return found;
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const compiled = join(dist, entry.name.replace(/\.ts$/, '.js'));
      if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs) return source;
    }
  }
  return undefined;
}

/**
 * `root` is the package folder, `self` the caller's module URL. Returns false when a needed
 * build failed to start (the caller exits 1); type errors are printed, and the build's output
 * is used all the same, as tsc emits it.
 */
export function buildIfStale(root: string, self: string): boolean {
  const src = join(root, 'src');
  const config = join(root, 'tsconfig.build.json');
  if (self.endsWith('.ts') || !existsSync(src) || !existsSync(config)) return true;
  const dist = join(root, 'dist');
  const stale = staleSource(src, dist);
  if (stale && !compile(root, config, stale)) return false;
  if (bundleIsStale(dist)) bundle(dist);
  return true;
}

/** tsc over src/; false when it could not start. */
function compile(root: string, config: string, stale: string): boolean {
  process.stderr.write(`ocindex-briefs: ${stale} is newer than dist/: building first (npm run build)\n`);
  let tsc: string;
  try {
    tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    process.stderr.write('ocindex-briefs: cannot build: typescript is not installed (npm ci installs it)\n');
    return false;
  }
  const build = spawnSync(process.execPath, [tsc, '-p', config], { cwd: root, stdio: 'inherit' });
  if (build.error) {
    process.stderr.write(`ocindex-briefs: cannot build: ${build.error.message}\n`);
    return false;
  }
  if (build.status !== 0) process.stderr.write('ocindex-briefs: the build reported type errors (npm run typecheck); running what it emitted\n');
  return true;
}

/**
 * The worker bundle, rebuilt after tsc (or after a build that stopped short of it). Should that
 * fail, the stale bundle goes, and workers load the compiled modules one by one: slower to
 * start, never yesterday's code.
 */
function bundle(dist: string): void {
  process.stderr.write('ocindex-briefs: the worker bundle is older than dist/: bundling first (npm run build)\n');
  const run = spawnSync(process.execPath, [join(dist, 'cli', 'bundleWorker.js')], { stdio: 'inherit' });
  if (run.status !== 0) {
    process.stderr.write('ocindex-briefs: could not bundle the worker (npm run build); workers load dist/ module by module\n');
    rmSync(join(dist, 'cli', WORKER_BUNDLE), { force: true });
  }
}
