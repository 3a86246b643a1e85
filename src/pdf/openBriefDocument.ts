/**
 * PagePlan → an empty pdfkit document set up for it: tagged (lang, displayed title), PDF 1.7,
 * document info with pinned dates, and the four Source Sans 3 faces registered from the fonts
 * module's parsed fontkit objects (pdfkit takes them as they are, so no document re-parses a
 * TTF; each document still subsets and embeds only the glyphs it uses).
 */
import { faceFont, wordRuns, type Face, type WordRun } from '../fonts/fonts.js';
import { BriefDocument } from './BriefDocument.js';
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

export function openBriefDocument(plan: PagePlan): BriefDocument {
  const { info, geometry } = plan;
  const doc = new BriefDocument({
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

/** What pdfkit 0.20's EmbeddedFont keeps of a shaped word: read, never changed, after shaping. */
interface ShapingFont {
  readonly font?: unknown;
  layoutCache?: Record<string, WordRun>;
  layout(text: string, features?: unknown, onlyWidth?: boolean): WordRun;
  layoutRun(text: string, features?: unknown): WordRun;
  layoutCached(text: string): WordRun;
}

/**
 * pdfkit caches shaped words per document only. Every brief sets the same template text,
 * definitions and figures, and the page plan has measured the rest: each document's font is
 * handed the fonts module's process-wide word cache the first time it is selected (see
 * wordRuns). Subsetting stays per document.
 */
function shareShaping(doc: PDFKit.PDFDocument): void {
  const select = doc.font.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
  (doc as unknown as { font: (...args: unknown[]) => PDFKit.PDFDocument }).font = (...args: unknown[]) => {
    select(...args);
    const font = (doc as unknown as { _font?: ShapingFont })._font;
    if (!font?.layoutCache || font.layout === layoutByWords) return doc;
    const face = (Object.keys(FACE_NAMES) as Face[]).find((f) => faceFont(f) === font.font);
    if (face) {
      font.layoutCache = wordRuns(face);
      font.layout = layoutByWords;
    }
    return doc;
  };
}

/**
 * pdfkit 0.20's EmbeddedFont.layout, rewritten to allocate less and to shape as the fonts
 * module measures: it splits a line into words (each with the space or tab after it), takes
 * each from the word cache and joins the runs, but its original makes an array per character
 * tested and copies the growing run per word. A last word is taken from the cache with a space
 * after it, the space left out (see wordRuns). A run's glyphs, positions and width are the same.
 */
function layoutByWords(this: ShapingFont, text: string, features?: unknown, onlyWidth?: boolean): WordRun {
  if (features) return this.layoutRun(text, features);
  const glyphs: unknown[] | null = onlyWidth ? null : [];
  const positions: unknown[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  for (let index = 0; index <= text.length; index++) {
    const end = index === text.length;
    if (end ? last < index : text[index] === ' ' || text[index] === '\t') {
      const run = this.layoutCached(end ? `${text.slice(last)} ` : text.slice(last, index + 1));
      const count = end ? run.glyphs.length - 1 : run.glyphs.length;
      if (glyphs && positions) {
        for (let i = 0; i < count; i++) {
          glyphs.push(run.glyphs[i]);
          positions.push(run.positions[i]);
        }
      }
      advanceWidth += end ? run.advanceWidth - run.positions[count]!.xAdvance : run.advanceWidth;
      last = index + 1;
    }
  }
  return { glyphs, positions, advanceWidth } as unknown as WordRun;
}
