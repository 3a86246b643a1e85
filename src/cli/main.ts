#!/usr/bin/env -S node --single-threaded-gc --no-concurrent-recompilation --no-sparkplug
/**
 * ocindex-briefs <command> [options]: the installable command (package.json "bin"), and what the
 * npm scripts run. It picks the command and hands it the rest of the command line:
 *
 *   generate   src/cli/generate.ts   (also `npm run generate` and `npm run regenerate`)
 *   import     src/cli/import.ts     (`npm run import`)
 *   bench      src/cli/bench.ts      (`npm run bench`)
 *
 * Without --data a command uses the data shipped in this package, so an installed command works
 * from any folder; in a checkout run through npm (whose folder is the package's) that is
 * `data`, as before. In a checkout, a dist/ older than src/ is rebuilt first (buildIfStale).
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './buildIfStale.js';

/** The package's folder: the parent of src/ or dist/. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const COMMANDS = ['generate', 'import', 'bench'] as const;
type Command = (typeof COMMANDS)[number];

/** The shipped data, named relative to the current folder when it lies beneath it. */
function shippedData(): string {
  const data = join(ROOT, 'data');
  const near = relative(process.cwd(), data);
  return near !== '' && !near.startsWith('..') && !isAbsolute(near) ? near : data;
}

function version(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

function help(): string {
  return `Usage: ocindex-briefs <command> [options]

Country briefs (PDF) and workbooks (Excel) from the data of the Global Organized Crime Index.

Commands:
  generate   build the briefs and workbooks into out/<edition>/
  import     import GI-TOC's open-data workbook or a country page into the data
  bench      measure the speed and memory of a generate run

Run "ocindex-briefs <command> --help" for a command's options. Without --data, every command
uses the data shipped with ocindex-briefs: ${shippedData()}

Options:
  --help, -h      this text
  --version, -v   the version (${version()})
`;
}

async function main(argv: readonly string[]): Promise<number | undefined> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(help());
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    process.stderr.write(`ocindex-briefs: unknown command "${command}" (generate, import or bench)\nTry: ocindex-briefs --help\n`);
    return 2;
  }
  if (!buildIfStale(ROOT, import.meta.url)) return 1;
  const hasData = rest.some((arg) => arg === '--data' || arg.startsWith('--data='));
  const args = hasData ? rest : ['--data', shippedData(), ...rest];
  // Each command reads process.argv and sets process.exitCode when its module loads.
  process.argv = [process.argv[0]!, fileURLToPath(new URL(`./${command}.js`, import.meta.url)), ...args];
  await import(`./${command as Command}.js`);
  return undefined;
}

const code = await main(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
