import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { faceBytes } from '../../src/fonts/fonts.js';
import { type ShowTextOptions, showText } from '../../src/pdf/showText.js';

type Line = readonly [text: string, x: number, y: number, options?: ShowTextOptions];

/** An uncompressed one-page PDF of `lines` in Source Sans 3, set by `draw`. */
function pdfOf(lines: readonly Line[], draw: (doc: PDFKit.PDFDocument, line: Line) => void): Promise<string> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false, size: 'A4', info: { CreationDate: new Date(0), ModDate: new Date(0) } });
  // a fresh parse for each document: the subset numbering starts again
  doc.registerFont('Sans', fontkit.create(faceBytes('regular')) as unknown as string);
  doc.addPage();
  doc.font('Sans').fontSize(9.5);
  for (const line of lines) draw(doc, line);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<string>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks).toString('latin1'))));
  doc.end();
  return done;
}

const byPdfkit = (doc: PDFKit.PDFDocument, [text, x, y, options]: Line) => {
  doc.text(text, x, y, { lineBreak: false, ...(options as PDFKit.Mixins.TextOptions) });
};
const byShowText = (doc: PDFKit.PDFDocument, [text, x, y, options]: Line) => showText(doc, text, x, y, options);

describe('showText', () => {
  it('writes the very bytes pdfkit writes for a line: glyphs, kerning, subset, widths and ToUnicode', async () => {
    const lines: Line[] = [
      ['Peru', 72, 100],
      ['AVATAR Tyrol, Vietnam: “We” — 6.62 · 4.75', 72.25, 120.125],
      ['Côte d’Ivoire, Türkiye, São Tomé and Príncipe: «prévention» – 31.º, ﬁnance', 40, 140],
      ['', 72, 160],
      ['Criminality 6.62', 300.5, 180, { baseline: 'alphabetic' }],
      ['Outlined', 300, 200, { fill: false, stroke: true }],
      ['Filled and outlined', 300, 220, { fill: true, stroke: true, baseline: 'alphabetic' }],
      ['Peru', 72, 240],
    ];
    const expected = await pdfOf(lines, byPdfkit);
    expect(expected).toContain('] TJ'); // kerned runs
    expect(expected).toContain('1 Tr');
    expect(await pdfOf(lines, byShowText)).toBe(expected);
  });

  it('anchors a line at its middle or end as pdfkit places it when measured with widthOfString', async () => {
    const lines: Line[] = [
      ['6.62', 300, 100, { anchor: 'middle', baseline: 'alphabetic' }],
      ['Criminality (higher is worse)', 300.25, 120, { anchor: 'end', baseline: 'alphabetic' }],
      ['Ame\u0301rica', 300, 140, { anchor: 'end' }],
      ['Peru', 300, 160, { anchor: 'start' }],
    ];
    const measuredByPdfkit = (doc: PDFKit.PDFDocument, [text, x, y, options]: Line) => {
      const width = options?.anchor === 'start' ? 0 : doc.widthOfString(text);
      const left = x - (options?.anchor === 'end' ? width : options?.anchor === 'middle' ? width / 2 : 0);
      doc.text(text, left, y, { lineBreak: false, ...(options?.baseline ? { baseline: options.baseline } : {}) });
    };
    expect(await pdfOf(lines, byShowText)).toBe(await pdfOf(lines, measuredByPdfkit));
  });

  it('leaves to pdfkit a line it breaks, or a glyph placed off its pen position, with the same bytes', async () => {
    // a combining acute accent on a letter: placed by the font's mark positioning, off the pen
    const lines: Line[] = [
      ['Two\nlines', 72, 100],
      ['Cafe\u0301 Ame\u0301rica', 72, 140],
      ['after them', 72, 180],
    ];
    const expected = await pdfOf(lines, byPdfkit);
    expect(await pdfOf(lines, byShowText)).toBe(expected);
  });
});
