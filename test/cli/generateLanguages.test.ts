/**
 * --lang from the command line: Spanish and French outputs in a folder of their language, beside
 * English ones that stay where they were; workbooks whose labels are translated and whose cells
 * stay numbers; the index page linking each language.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGenerateArgs } from '../../src/cli/generateArgs.js';
import { tempDir } from '../load/workbookFixtures.js';
import { readWorkbook } from '../workbook/readBack.js';
import { listFiles, runCli } from './runCli.js';

const generate = (args: string[]) => runCli('generate', args);

describe('--lang', () => {
  it('takes en, es and fr, each once, in the order given, English by default', () => {
    expect(parseGenerateArgs([]).langs).toEqual(['en']);
    expect(parseGenerateArgs(['--lang', 'ES', '--lang', 'en', '--lang', 'es']).langs).toEqual(['es', 'en']);
  });

  it('refuses another language with exit 2, naming the ones it has', async () => {
    const out = await tempDir();
    const result = await generate(['--lang', 'de', '--country', 'Peru', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--lang: expected one of en, es, fr, got "de"/);
    expect(await listFiles(out)).toEqual([]);
  });

  it('writes Peru in Spanish and French beside English, each in its folder, and links them all', async () => {
    const out = await tempDir();
    const result = await generate(['--country', 'Peru', '--lang', 'es', '--lang', 'fr', '--lang', 'en', '--out', out]);
    expect(result.stderr).not.toContain('error');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^2025: 1 country × 3 languages \(es, fr, en\): 3 built, 0 skipped as unchanged, 0 failed/);
    expect(await listFiles(out)).toEqual([
      '.manifest.json',
      '2025/es/ocindex-2025-all-countries.xlsx',
      '2025/es/peru.pdf',
      '2025/es/peru.xlsx',
      '2025/fr/ocindex-2025-all-countries.xlsx',
      '2025/fr/peru.pdf',
      '2025/fr/peru.xlsx',
      '2025/ocindex-2025-all-countries.xlsx',
      '2025/peru.pdf',
      '2025/peru.xlsx',
      'index.html',
    ]);

    const spanish = await readWorkbook(new Uint8Array(await readFile(join(out, '2025/es/peru.xlsx'))));
    expect(spanish.worksheets.map((s) => s.name)).toEqual(['Resumen', 'Puntuaciones', 'Variaciones', 'Ediciones']);
    const summary = spanish.getWorksheet('Resumen')!;
    const cells: unknown[] = [];
    summary.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain('País');
    expect(cells).toContain('Perú');
    expect(cells).toContain('América del Sur');
    // the criminality score is the number 6.62, whatever the labels' language
    expect(cells).toContain(6.62);
    expect(cells.filter((c) => typeof c === 'string' && /^\d+,\d+$/.test(c))).toEqual([]);

    const french = await readWorkbook(new Uint8Array(await readFile(join(out, '2025/fr/peru.xlsx'))));
    expect(french.worksheets.map((s) => s.name)).toEqual(['Synthèse', 'Scores', 'Variations', 'Éditions']);

    const page = await readFile(join(out, 'index.html'), 'utf8');
    for (const link of ['2025/peru.pdf', '2025/es/peru.pdf', '2025/fr/peru.xlsx']) expect(page).toContain(`href="${link}"`);
    expect(page).toContain('hreflang="es"');

    const again = await generate(['--country', 'Peru', '--lang', 'fr', '--out', out]);
    expect(again.stdout).toMatch(/1 country: 0 built, 1 skipped as unchanged/);
  });
});
