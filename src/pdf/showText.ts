/**
 * One line of text at a point, as pdfkit 0.20's `doc.text(text, x, y, { lineBreak: false })`
 * writes it, byte for byte, with far less garbage. A brief sets ~2,000 lines; for each, pdfkit
 * measures the line twice, splits it into words to count them, writes each glyph id as a string
 * of its own, joins them into segments and the segments into a TJ array, and passes every
 * operator separately. This writes the same operators as one string: the glyphs are included
 * in the font's subset in the same order, with the same widths and code points, so the subset,
 * the widths array and the ToUnicode map come out the same.
 *
 * A glyph that the shaper moves off its pen position (a combining mark placed by GPOS) needs
 * pdfkit's text matrix per glyph: such a line, or one with a line break, goes to pdfkit.
 */

export interface ShowTextOptions {
  /** Where y is: the top of the line (pdfkit's default), or the baseline. */
  readonly baseline?: 'top' | 'alphabetic';
  /** Which point of the line x is, as SVG's text-anchor: its start (default), middle or end. */
  readonly anchor?: 'start' | 'middle' | 'end';
  /** As pdfkit takes them: `stroke` outlines the glyphs (rendering mode 1), with `fill` too fills them as well (2); otherwise they are filled (0). */
  readonly fill?: boolean;
  readonly stroke?: boolean;
}

/** What pdfkit 0.20's EmbeddedFont offers for setting text; its types do not say. */
interface TextFont {
  readonly id: string;
  readonly ascender: number;
  readonly scale: number;
  readonly subset: { includeGlyph(id: number): number };
  readonly widths: number[];
  readonly unicode: number[][];
  layout(text: string): TextRun;
  ref(): unknown;
}

interface TextRun {
  readonly glyphs: readonly { readonly id: number; readonly advanceWidth: number; readonly codePoints: number[] }[];
  readonly positions: readonly { readonly xAdvance: number; readonly advanceWidth: number; readonly xOffset: number; readonly yOffset: number }[];
  readonly advanceWidth: number;
}

interface TextDocument {
  _font: TextFont;
  _fontSize: number;
  x: number;
  y: number;
  page: { readonly height: number; readonly fonts: Record<string, unknown> };
  addContent(data: string): unknown;
}

/** pdfkit's number(): six decimals at most, as JavaScript prints them. */
const number = (n: number) => Math.round(n * 1e6) / 1e6;

/** A subset glyph id as the four hex digits pdfkit writes. */
const hexOf: string[] = [];
function hex(gid: number): string {
  let h = hexOf[gid];
  if (h === undefined) {
    h = gid.toString(16).padStart(4, '0').slice(-4);
    hexOf[gid] = h;
  }
  return h;
}

export function showText(pdf: PDFKit.PDFDocument, text: string, x: number, y: number, options: ShowTextOptions = {}): void {
  const doc = pdf as unknown as TextDocument;
  const font = doc._font;
  const size = doc._fontSize;
  const run = text === '' || text.includes('\n') ? undefined : font.layout(text);
  // the width as pdfkit's widthOfString works it out, operation for operation, to the last bit
  const width = run ? (run.advanceWidth * (size / 1000) * 100) / 100 : pdf.widthOfString(text);
  const left = x - (options.anchor === 'end' ? width : options.anchor === 'middle' ? width / 2 : 0);
  if (text !== '' && (!run || run.positions.some((p) => p.xOffset !== 0 || p.yOffset !== 0))) {
    const { baseline, fill, stroke } = options;
    pdf.text(text, left, y, { lineBreak: false, ...(baseline ? { baseline } : {}), fill, stroke });
    return;
  }

  doc.y = y;
  doc.x = left + width;
  if (!run) return;
  let array = '';
  let pending = '';
  const { glyphs, positions } = run;
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i]!;
    const gid = font.subset.includeGlyph(glyph.id);
    if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
    if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
    pending += hex(gid);
    // pdfkit ends a segment after each kerned glyph, with the kerning as its adjustment
    const kern = positions[i]!.xAdvance - positions[i]!.advanceWidth;
    if (kern !== 0) {
      array += `${array === '' ? '' : ' '}<${pending}> ${number(-kern)}`;
      pending = '';
    }
  }
  if (pending !== '') array += `${array === '' ? '' : ' '}<${pending}> 0`;

  const dy = options.baseline === 'alphabetic' ? 0 : (font.ascender / 1000) * size;
  const height = doc.page.height;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  const mode = options.fill && options.stroke ? '2 Tr\n' : options.stroke ? '1 Tr\n' : '';
  doc.addContent(
    `q\n1 0 0 -1 0 ${number(height)} cm\nBT\n1 0 0 1 ${number(left)} ${number(height - y - dy)} Tm\n/${font.id} ${number(size)} Tf\n${mode}` + `${array === '' ? '' : `[${array}] TJ\n`}ET\nQ`,
  );
}
