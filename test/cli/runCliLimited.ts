/**
 * Runs a command of the project as runCli does, but under limits: a V8 heap of 512 MB (as a
 * small machine or a container gives), with its peak memory measured; or inside a mount
 * namespace of its own, where a test can mount a read-only folder or a tiny, full disk that
 * vanish with the process (Linux, as root; `canUseMountNamespace` says whether this machine can).
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tempDir } from '../load/workbookFixtures.js';
import type { CliResult } from './runCli.js';

const PRELOAD = resolve('test/cli/reportPeakMemory.mjs');

function collect(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<CliResult> {
  return new Promise((done, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

export interface MeasuredResult extends CliResult {
  /** Peak resident set of the whole process, in MB. */
  readonly peakMb: number;
}

/** `script` with a 512 MB V8 heap; its peak memory measured. Killed after `timeoutMs`. */
export async function runCliCapped(script: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000): Promise<MeasuredResult> {
  const peakFile = join(await tempDir(), 'peak');
  const result = await collect(
    process.execPath,
    ['--max-old-space-size=512', '--import', 'tsx', '--import', PRELOAD, `src/cli/${script}.ts`, ...args],
    { ...env, PEAK_MEMORY_FILE: peakFile },
    timeoutMs,
  );
  const peak = Number(await readFile(peakFile, 'utf8').catch(() => 'NaN'));
  return { ...result, peakMb: Math.round(peak / (1024 * 1024)) };
}

let namespaces: boolean | undefined;

/** Whether `unshare -m` works here (root on Linux). */
export function canUseMountNamespace(): boolean {
  if (namespaces === undefined) {
    try {
      execFileSync('unshare', ['-m', '--propagation', 'private', 'true'], { stdio: 'ignore' });
      namespaces = true;
    } catch {
      namespaces = false;
    }
  }
  return namespaces;
}

/** `script` in a mount namespace of its own, after the shell commands `setup` (mounts) ran in it. */
export function runCliInNamespace(script: string, args: string[], setup: string): Promise<CliResult> {
  return collect('unshare', ['-m', '--propagation', 'private', 'sh', '-c', `${setup} && exec "$@"`, 'sh', process.execPath, '--import', 'tsx', `src/cli/${script}.ts`, ...args], {}, 60_000);
}

/** No Node or V8 crash in what a command printed: no stack trace, no fatal heap error. */
export const CRASH = /\n\s+at |FATAL ERROR|heap out of memory|Allocation failed|node:internal|Error: \w+:/;
