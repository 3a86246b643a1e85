import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { type Face, faceFont, measureText, wordRuns } from '../../src/fonts/fonts.js';

const FACES: Face[] = ['regular', 'semibold', 'bold', 'italic'];

/** What shaping gives, to compare: glyph ids and the four position figures. */
function shaped(face: Face, text: string): string[] {
  const run = faceFont(face).layout(text);
  return run.glyphs.map((glyph, i) => {
    const p = run.positions[i]!;
    return `${glyph.id}:${p.xAdvance},${p.yAdvance},${p.xOffset},${p.yOffset}`;
  });
}

describe('the faces shape nothing across a space (what lets text be shaped word by word)', () => {
  for (const face of FACES) {
    it(`${face}: every character, before and after a space, shapes as it does alone`, () => {
      const space = shaped(face, ' ');
      const broken: string[] = [];
      for (const codePoint of faceFont(face).characterSet) {
        const char = String.fromCodePoint(codePoint);
        if (char === ' ' || /\p{Cc}/u.test(char)) continue;
        const alone = shaped(face, char);
        if (shaped(face, `${char} `).join() !== [...alone, ...space].join()) broken.push(`${char} + space`);
        if (shaped(face, ` ${char}`).join() !== [...space, ...alone].join()) broken.push(`space + ${char}`);
      }
      expect(broken).toEqual([]);
    });
  }
});

describe('measureText', () => {
  const texts = [
    'Criminal markets 6.50 (base)',
    'Trafic d’êtres humains : 7,50 (+0,50)',
    'Tráfico de armas — 4,00  con  espacios dobles ',
    ' leading space, then “quotes” and ffi fl ligatures',
    '180th · 41st · 8th',
    'Türkiye, Côte d’Ivoire, São Tomé and Príncipe',
    'https://ocindex.net/country/south-africa.',
    'Korea',
    ' ',
  ];
  for (const face of FACES) {
    it(`${face}: joins word runs into exactly the width of the whole text shaped at once`, () => {
      const font = faceFont(face);
      for (const text of texts) expect(measureText(text, 9.5, face), text).toBe((font.layout(text).advanceWidth / font.unitsPerEm) * 9.5);
    });
  }

  it('keeps its runs where pdfkit reads them, in pdfkit’s own form', () => {
    measureText('Korea Kuwait', 10, 'bold');
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.registerFont('bold', faceFont('bold') as unknown as string);
    doc.font('bold');
    const pdfkitFont = (doc as unknown as { _font: { layoutRun(text: string): { glyphs: { id: number }[]; positions: object[] } } })._font;
    for (const word of ['Korea ', 'Kuwait ']) {
      const ours = wordRuns('bold')[word]!;
      const theirs = pdfkitFont.layoutRun(word);
      expect(ours.glyphs.map((g) => g.id)).toEqual(theirs.glyphs.map((g) => g.id));
      expect(ours.positions.map((p) => ({ ...p }))).toEqual(theirs.positions.map((p) => ({ ...p })));
    }
  });
});
