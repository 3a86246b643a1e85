/**
 * Reads a PDF back with pdf.js, a reader independent of pdfkit: text per page (in content
 * order, whitespace normalised), page sizes, outline, document info, fonts used on each page,
 * and the structure tree's roles and alt texts.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface OutlineEntry {
  readonly title: string;
  readonly children: readonly OutlineEntry[];
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly text: string;
  readonly content: string;
}

export interface PdfFont {
  readonly name: string;
  readonly embedded: boolean;
}

export interface PdfReadback {
  readonly pages: readonly PdfPage[];
  /** All pages' text, single-spaced. */
  readonly text: string;
  /** All pages' text without artifacts (running footers, repeated table headers): what a screen reader reads. */
  readonly content: string;
  readonly outline: readonly OutlineEntry[];
  readonly info: Readonly<Record<string, unknown>>;
  readonly fonts: readonly PdfFont[];
  /** The roles of the structure elements with content on each page, ancestors included, depth first. */
  readonly roles: readonly string[];
  /** Alt texts of Figure elements. */
  readonly figureAlts: readonly string[];
}

export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReadback> {
  // pdf.js takes ownership of (detaches) the buffer it is given: give it a copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  const fonts = new Map<string, PdfFont>();
  const roles: string[] = [];
  const figureAlts: string[] = [];
  const walk = (node: StructNode) => {
    if (node.role) roles.push(node.role);
    if (node.role === 'Figure' && node.alt && !figureAlts.includes(node.alt)) figureAlts.push(node.alt);
    node.children?.forEach(walk);
  };
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const { items } = await page.getTextContent({ includeMarkedContent: true });
    let text = '';
    let content = '';
    const open: string[] = [];
    for (const item of items) {
      if ('str' in item) {
        const str = item.str + (item.hasEOL ? '\n' : '');
        text += str;
        if (!open.includes('Artifact')) content += str;
      } else if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
        // pdf.js gives the tag ("Artifact", "P") at run time; its types omit it.
        open.push((item as { tag?: string }).tag ?? '');
      } else if (item.type === 'endMarkedContent') {
        open.pop();
      }
    }
    pages.push({ width, height, text: normalise(text), content: normalise(content) });
    const operators = await page.getOperatorList();
    operators.fnArray.forEach((fn, i) => {
      if (fn !== OPS.setFont) return;
      const id = operators.argsArray[i][0] as string;
      const font = page.commonObjs.get(id) as { name: string; missingFile: boolean };
      fonts.set(font.name, { name: font.name, embedded: !font.missingFile });
    });
    const tree = (await page.getStructTree()) as StructNode | null;
    if (tree) walk(tree);
  }
  const toEntry = (item: { title: string; items: unknown[] }): OutlineEntry => ({
    title: item.title,
    children: (item.items as { title: string; items: unknown[] }[]).map(toEntry),
  });
  const outline = ((await doc.getOutline()) ?? []).map(toEntry);
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return {
    pages,
    text: pages.map((page) => page.text).join(' '),
    content: pages.map((page) => page.content).join(' '),
    outline,
    info: info as Record<string, unknown>,
    fonts: [...fonts.values()],
    roles,
    figureAlts,
  };
}
