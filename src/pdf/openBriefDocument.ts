/**
 * PagePlan → an empty pdfkit document set up for it: tagged (lang, displayed title), PDF 1.7,
 * document info with pinned dates, and the four Source Sans 3 faces registered from the fonts
 * module's parsed fontkit objects (pdfkit takes them as they are, so no document re-parses a
 * TTF; each document still subsets and embeds only the glyphs it uses).
 */
import PDFDocument from 'pdfkit';
import { faceFont, type Face } from '../fonts/fonts.js';
import { reuseSubsetWork } from './reuseSubsetWork.js';
import type { PagePlan } from './pagePlan.js';

/** The names the faces are registered under: also what svg-to-pdfkit's fontCallback returns. */
export const FACE_NAMES: Readonly<Record<Face, string>> = {
  regular: 'SourceSans3-Regular',
  semibold: 'SourceSans3-Semibold',
  bold: 'SourceSans3-Bold',
  italic: 'SourceSans3-It',
};

/** pdfkit accepts a parsed fontkit font wherever it takes font bytes (its types do not say so). */
type FontSource = Parameters<PDFKit.PDFDocument['registerFont']>[1];
const parsed = (face: Face) => {
  const font = faceFont(face);
  reuseSubsetWork(font);
  return font as unknown as FontSource;
};

export function openBriefDocument(plan: PagePlan): PDFKit.PDFDocument {
  const { info, geometry } = plan;
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: [geometry.width, geometry.height],
    margin: 0,
    pdfVersion: '1.7',
    tagged: true,
    lang: info.lang,
    displayTitle: true,
    // Without a font of ours pdfkit starts in Helvetica and writes it into every file.
    font: parsed('regular') as unknown as string,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Keywords: info.keywords,
      Creator: info.creator,
      Producer: 'PDFKit',
      CreationDate: info.date,
      ModDate: info.date,
    },
  });
  for (const face of Object.keys(FACE_NAMES) as Face[]) doc.registerFont(FACE_NAMES[face], parsed(face));
  shareShaping(doc);
  return doc;
}

/** A glyph run as pdfkit 0.20's EmbeddedFont shapes and caches it. */
interface Run {
  readonly glyphs: unknown[];
  readonly positions: unknown[];
  readonly advanceWidth: number;
}

/** What pdfkit 0.20's EmbeddedFont keeps of a shaped word: read, never changed, after shaping. */
interface ShapingFont {
  readonly name?: string;
  layoutCache?: Record<string, unknown>;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Run;
  layoutRun(text: string, features?: unknown): Run;
  layoutCached(text: string): Run;
}

const sharedCaches = new Map<string, Record<string, unknown>>();

/**
 * Shaping words (OpenType substitution and positioning) is most of the cost of a brief, and
 * pdfkit caches shaped words per document only. Every brief sets the same template text,
 * definitions and figures, so the faces' word caches are shared by all documents: each
 * document's font is handed the process-wide cache the first time it is selected. The cache
 * holds glyph runs of the shared fontkit fonts; subsetting stays per document.
 */
function shareShaping(doc: PDFKit.PDFDocument): void {
  const select = doc.font.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
  (doc as unknown as { font: (...args: unknown[]) => PDFKit.PDFDocument }).font = (...args: unknown[]) => {
    select(...args);
    const font = (doc as unknown as { _font?: ShapingFont })._font;
    if (font?.name && font.layoutCache) {
      const shared = sharedCaches.get(font.name) ?? font.layoutCache;
      sharedCaches.set(font.name, shared);
      font.layoutCache = shared;
      font.layout = layoutByWords;
    }
    return doc;
  };
}

/**
 * pdfkit 0.20's EmbeddedFont.layout, rewritten to allocate less: it splits a line into words
 * (each with the space or tab after it), shapes each through the word cache and joins the runs,
 * but its original makes an array per character tested and copies the growing run per word.
 * A run's glyphs, positions and width are the same.
 */
function layoutByWords(this: ShapingFont, text: string, features?: unknown, onlyWidth?: boolean): Run {
  if (features) return this.layoutRun(text, features);
  const glyphs: unknown[] | null = onlyWidth ? null : [];
  const positions: unknown[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  for (let index = 0; index <= text.length; index++) {
    const end = index === text.length;
    if (end ? last < index : text[index] === ' ' || text[index] === '\t') {
      const run = this.layoutCached(text.slice(last, index + 1));
      if (glyphs && positions) {
        for (const glyph of run.glyphs) glyphs.push(glyph);
        for (const position of run.positions) positions.push(position);
      }
      advanceWidth += run.advanceWidth;
      last = index + 1;
    }
  }
  return { glyphs: glyphs as unknown[], positions: positions as unknown[], advanceWidth };
}
