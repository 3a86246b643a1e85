/**
 * Issue 12: country pages as careless users save them (another encoding, HTML pasted with the
 * text, control characters, scripts the font lacks) and files that are no page at all. Each is
 * read exactly as the clean page, or refused with one line saying what it is.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { findCountry } from '../../src/index/countries.js';
import { buildProfile } from '../../src/load/buildProfile.js';
import { cleanPageText } from '../../src/load/cleanPageText.js';
import { decodePage } from '../../src/load/decodePage.js';
import { loadData } from '../../src/load/loadData.js';
import { MAX_PARAGRAPH_CHARS, type ProfileFile } from '../../src/load/schemas.js';
import { buildCountryBrief } from '../../src/model/buildCountryBrief.js';
import { buildIndexModel, type IndexModel } from '../../src/model/buildIndexModel.js';
import { windows1252 } from './hostileFixtures.js';
import { readPageFixture } from './pageFixtures.js';

const page = readPageFixture('peru2023');
const shipped: ProfileFile = JSON.parse(readFileSync('data/profiles/2023/peru.json', 'utf8'));
let model: IndexModel;
beforeAll(async () => {
  model = buildIndexModel(await loadData('data'));
});

/** Bytes → the profile, as `npm run import -- page` reads them; `previous` is the profile it replaces. */
function importBytes(bytes: Buffer, previous?: ProfileFile) {
  const decoded = decodePage('page.txt', bytes);
  const cleaned = cleanPageText(decoded.text);
  const peru = findCountry('PER')!;
  return { ...buildProfile('page.txt', cleaned.text, peru, buildCountryBrief(model, 'PER', 2023), previous), decoded, cleaned };
}

function refusal(bytes: Buffer, previous?: ProfileFile): string {
  try {
    importBytes(bytes, previous);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).message;
  }
  throw new Error('the page was accepted');
}

describe('encodings', () => {
  it('reads a page saved as Windows-1252 (Latin-1) with its ñ and curly quotes intact, and says so', () => {
    const { profile, decoded } = importBytes(windows1252(page));
    expect(decoded.encoding).toBe('Windows-1252 (the file is not UTF-8)');
    expect(profile.paragraphs.map((p) => p.text)).toEqual(shipped.paragraphs.map((p) => p.text));
    expect(profile.paragraphs.some((p) => p.text.includes('vicuñas'))).toBe(true);
    expect(JSON.stringify(profile)).not.toContain('\ufffd');
  });

  it.each([
    ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')])],
    ['UTF-16BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(page, 'utf16le').swap16()])],
    ['UTF-16LE (no byte-order mark)', Buffer.from(page, 'utf16le')],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page)])],
  ])('reads a page saved as %s', (encoding, bytes) => {
    const { profile, decoded } = importBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(profile.paragraphs).toEqual(shipped.paragraphs);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'the file is empty (0 bytes): give the text of a country page, as a browser copies it'],
    ['white space', Buffer.from(' \n\n\t\n'), 'the file holds only white space (5 bytes): give the text of a country page'],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'the file is a PNG image, not text'],
    ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj\n'), 'the file is a PDF file, not text'],
    ['a workbook', readFileSync('data/sources/global_oc_index_2025-edition.xlsx'), 'the file is a zip archive (a workbook, a Word document or another zip), not text'],
    ['random bytes', Buffer.from([0x13, 0x37, 0x00, 0xfe, 0x10, 0x00, 0x42, 0x99, 0x00, 0x07]), 'the file is binary, not text (it holds NUL bytes, the first on line 1)'],
    ['UTF-32', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'the file is UTF-32 text: save it as UTF-8 and import it again'],
  ])('refuses %s in one line saying what it is', (_, bytes, says) => {
    const message = refusal(bytes);
    expect(message.split('\n')).toHaveLength(2);
    expect(message).toContain(says);
  });

  it('refuses text that mixes UTF-8 with another encoding, naming a line of each', () => {
    const lines = page.split('\n');
    const mixed = Buffer.concat([Buffer.from(`${lines.slice(0, 100).join('\n')}\n`), windows1252(lines.slice(100).join('\n'))]);
    expect(refusal(mixed)).toMatch(/the file mixes encodings: line \d+ is UTF-8, line \d+ is not \(byte 0x92\): save the page again as UTF-8/);
  });

  it('refuses text already damaged by a wrong decoding (U+FFFD), naming the line', () => {
    const damaged = page.replace('vicuñas', 'vicu\ufffdas');
    const line = damaged.split('\n').findIndex((l) => l.includes('\ufffd')) + 1;
    expect(refusal(Buffer.from(damaged))).toContain(`line ${line} holds U+FFFD (�), the mark a program leaves where it could not decode a character`);
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1252', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
    expect(refusal(Buffer.concat([Buffer.from(page.slice(0, 200).replace(/[^\x00-\x7f]/g, '')), Buffer.from([0x81])]))).toContain(
      'the file is neither UTF-8 nor Windows-1252 (Latin-1): byte 0x81 on line',
    );
  });
});

describe('markup and control characters', () => {
  /** The page with `<p>` and `</p>` around each of its first 28 narrative paragraphs. */
  const withTags = () => {
    let text = page;
    for (const p of shipped.paragraphs.slice(0, 28)) text = text.replace(p.text, `<p class="text">${p.text.replace('Peru', '<strong>Peru</strong>').replace(/’/g, '&rsquo;')}</p>`);
    return text;
  };

  it('strips HTML pasted around 28 of the 29 paragraphs, keeping all 29, and says what it removed', () => {
    const { profile, cleaned } = importBytes(Buffer.from(withTags()));
    expect(profile.paragraphs).toEqual(shipped.paragraphs);
    expect(cleaned.notes).toEqual(['removed 112 HTML tags pasted with the text (<p>, <strong>, </strong>, </p>)']);
  });

  it('never replaces a profile with fewer paragraphs: a page whose paragraphs run together is refused', () => {
    // each pair of paragraphs on one line: 15 paragraphs where there were 29
    let runTogether = page;
    const narrative = shipped.paragraphs.map((p) => p.text);
    for (let n = 0; n + 1 < narrative.length; n += 2) runTogether = runTogether.replace(`${narrative[n]}\n`, `${narrative[n]} `);
    expect(refusal(Buffer.from(runTogether), shipped)).toContain(
      'the page gives 15 narrative paragraphs, but the 2023 profile it would replace has 29: a page copied in part, or with its paragraphs run together, would lose the others',
    );
    // with no profile to replace, it is imported as it is
    expect(importBytes(Buffer.from(runTogether)).profile.paragraphs).toHaveLength(15);
  });

  it('removes terminal escape codes and control characters from the text, and says so', () => {
    const dirty = page
      .replace('Peru is a source and destination', '\u001b[31mPeru\u001b[0m is a source\u0007 and destination')
      .replace('vicuñas', 'vicu\u200bñas\u0008')
      .replace('Human smuggling', '\u001b]0;pwned\u0007Human smuggling');
    const { profile, cleaned } = importBytes(Buffer.from(dirty));
    expect(profile.paragraphs).toEqual(shipped.paragraphs);
    expect(cleaned.notes).toEqual(['removed 3 terminal escape sequences', 'removed 3 control or invisible formatting characters']);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
    expect(JSON.stringify(profile)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u200b]/);
  });
});

describe('size limits', () => {
  it(`refuses a paragraph of more than ${MAX_PARAGRAPH_CHARS} characters, with the limit in the message`, () => {
    const long = `${'Peru is a source of cocaine. '.repeat(2000)}`.trim();
    const message = refusal(Buffer.from(page.replace('Access the GI-TOC website', `${long}\nAccess the GI-TOC website`)));
    expect(message).toMatch(/line \d+: a paragraph of 57,999 characters, more than the 5,000 a paragraph may have \(GI-TOC's longest are about 1,200\): "Peru is a source/);
  });

  it('refuses more than 100 paragraphs', () => {
    const extra = Array.from(
      { length: 80 },
      (_, n) => `Paragraph ${n} about cocaine trade and law enforcement in Peru, repeated to read as prose of the narrative, long enough to pass for a real paragraph of analysis.`,
    );
    const message = refusal(Buffer.from(page.replace('Access the GI-TOC website', `${extra.join('\n')}\nAccess the GI-TOC website`)));
    expect(message).toMatch(/line \d+: 109 narrative paragraphs, more than the 100 a page may have \(GI-TOC's have about 30\)/);
  });
});

describe('characters the font lacks', () => {
  it.each([
    ['Chinese', '秘鲁', '秘 (U+79D8), 鲁 (U+9C81): Chinese or Japanese characters'],
    ['emoji', 'Peru 🚢📦', '🚢 (U+1F6A2), 📦 (U+1F4E6): emoji'],
    ['Arabic', 'بيرو', 'ب (U+0628), ي (U+064A), ر (U+0631), و (U+0648): Arabic'],
  ])('refuses %s in a paragraph, naming the characters', (_, inserted, named) => {
    const message = refusal(Buffer.from(page.replace('vicuñas', `vicuñas (${inserted})`)));
    expect(message).toMatch(/^page\.txt: 1 problem\n {2}line \d+: the brief's font \(Source Sans 3\) cannot print /);
    expect(message).toContain(`cannot print ${named}; they would print as empty boxes: remove or replace them (GI-TOC's pages are in English)`);
  });

  it('prints Greek, Cyrillic and accented Latin, which the font has', () => {
    const { profile } = importBytes(Buffer.from(page.replace('vicuñas', 'vicuñas (Ελλάδα, Россия, Łódź, Şanlıurfa)')));
    expect(profile.paragraphs.some((p) => p.text.includes('Россия'))).toBe(true);
  });
});

describe('the font check', () => {
  it("knows exactly the characters of the brief's font", async () => {
    const { FONT_COVERAGE } = await import('../../src/load/fontCoverage.js');
    const { faceFont } = await import('../../src/fonts/fonts.js');
    const ranges: [number, number][] = [];
    for (const code of [...new Set(faceFont('regular').characterSet)].sort((a, b) => a - b)) {
      const last = ranges.at(-1);
      if (last && code === last[1] + 1) last[1] = code;
      else ranges.push([code, code]);
    }
    // after a font upgrade: paste these ranges into src/load/fontCoverage.ts
    expect(FONT_COVERAGE).toEqual(ranges);
  });
});

describe('pages crafted against the reader', () => {
  it.each([
    ['unclosed comments', '<!--'.repeat(120_000)],
    ['unclosed scripts', '<script>'.repeat(60_000)],
    ['tags that never end', '<p class="'.repeat(50_000)],
    ['a run of "<" and ">"', '<a<b>'.repeat(100_000)],
    ['escape codes that never end', '\u001b]0;'.repeat(120_000)],
  ])('reads %s in linear time', (_, junk) => {
    const started = performance.now();
    const cleaned = cleanPageText(`${page}\n${junk}\n`);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(cleaned.text).toContain('vicuñas');
  });
});
