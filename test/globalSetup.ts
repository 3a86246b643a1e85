/**
 * One temporary folder for the whole test run, removed when it ends: tests make hundreds of
 * data and output folders (tempDir in test/load/workbookFixtures.ts), and a CI machine should
 * not keep them. Workers inherit the folder's path through the environment.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'ocindex-tests-'));
  process.env.OCINDEX_TEST_TMP = root;
  return () => rmSync(root, { recursive: true, force: true });
}
