/**
 * PagePlan → PDF bytes. The thin end of the pipeline: it draws what the plan says where it says
 * it, builds the structure tree as it goes (so reading order is painting order), marks
 * decoration and running footers as artifacts, adds the outline, and collects the bytes.
 * pdfkit never breaks a page by itself here: margins are 0 and every line is drawn with
 * `lineBreak: false` at a position the layout computed.
 */
import type { BriefChart, ChartId } from './briefCharts.js';
import type { BriefColors } from './briefColors.js';
import { bufferPageContent } from './bufferPageContent.js';
import { FACE_NAMES, openBriefDocument } from './openBriefDocument.js';
import { paintFigure } from './paintFigure.js';
import { showText } from './showText.js';
import type { Block, PagePlan, PlannedPage, StructNode, TextBlock } from './pagePlan.js';
import { TYPE, textTop } from './typeStyles.js';
import { textWidth } from './wrapText.js';

type StructElement = ReturnType<PDFKit.PDFDocument['struct']>;

export async function paintBrief(plan: PagePlan, charts: ReadonlyMap<ChartId, BriefChart>, colors: BriefColors, warn: (message: string) => void): Promise<Uint8Array> {
  const doc = openBriefDocument(plan);
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // no data flows through the stream (BriefDocument keeps the bytes); flowing, it says when it ends
  doc.resume();

  const elements = structureBuilder(doc, plan.structure);
  const { geometry } = plan;
  for (const page of plan.pages) {
    doc.addPage({ size: [geometry.width, geometry.height], margin: 0 });
    bufferPageContent(doc);
    for (const block of page.blocks) paintBlock(doc, block, elements, charts, colors, warn);
    paintFooter(doc, plan, page, colors);
  }
  paintOutline(doc, plan);
  elements.root.end();
  doc.end();
  await ended;
  return doc.bytes();
}

/** Structure elements made when first painted into, attached under their parents in order. */
function structureBuilder(doc: PDFKit.PDFDocument, nodes: readonly StructNode[]) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const made = new Map<string, StructElement>();
  const rootNode = nodes[0]!;
  const root = doc.struct(rootNode.tag);
  doc.addStructure(root); // attach the root first, so children are attached as they are added
  made.set(rootNode.id, root);
  const element = (id: string): StructElement => {
    const existing = made.get(id);
    if (existing) return existing;
    const node = byId.get(id)!;
    // pdfkit 0.20 takes `scope` (table headers) and `bbox` with `placement` (figures); its types lag.
    const options = {
      ...(node.alt ? { alt: node.alt } : {}),
      ...(node.scope ? { scope: node.scope } : {}),
      ...(node.lang ? { lang: node.lang } : {}),
      ...(node.bbox ? { bbox: [...node.bbox], placement: 'Block' } : {}),
    };
    const created = doc.struct(node.tag, options as Parameters<PDFKit.PDFDocument['struct']>[1]);
    made.set(id, created);
    element(node.parent!).add(created);
    return created;
  };
  return { root, element, tagOf: (id: string) => byId.get(id)!.tag };
}

/** Paints `draw` as decoration or running matter, outside the structure tree. */
function artifact(doc: PDFKit.PDFDocument, type: 'Layout' | 'Pagination', draw: () => void): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** Paints `draw` as content of structure node `node`; a null node makes it an artifact. */
function marked(doc: PDFKit.PDFDocument, elements: ReturnType<typeof structureBuilder>, node: string | null, draw: () => void): void {
  if (node === null) {
    artifact(doc, 'Layout', draw);
    return;
  }
  const element = elements.element(node);
  const content = doc.markStructureContent(elements.tagOf(node));
  draw();
  doc.endMarkedContent();
  element.add(content);
}

function paintText(doc: PDFKit.PDFDocument, block: Pick<TextBlock, 'type' | 'color' | 'lines'>, colors: BriefColors): void {
  const style = TYPE[block.type];
  doc
    .font(FACE_NAMES[style.face])
    .fontSize(style.size)
    .fillColor(colors[block.color ?? style.color]);
  for (const line of block.lines) showText(doc, line.text, line.x, textTop(line.y, style));
}

function paintBlock(
  doc: PDFKit.PDFDocument,
  block: Block,
  elements: ReturnType<typeof structureBuilder>,
  charts: ReadonlyMap<ChartId, BriefChart>,
  colors: BriefColors,
  warn: (message: string) => void,
): void {
  switch (block.kind) {
    case 'text':
      marked(doc, elements, block.node, () => paintText(doc, block, colors));
      return;
    case 'figure':
      marked(doc, elements, block.node, () => paintFigure(doc, block, charts.get(block.chart)!, warn));
      return;
    case 'rule':
      artifact(doc, 'Layout', () => doc.rect(block.x, block.y, block.width, block.thickness).fill(colors[block.color]));
      return;
    case 'rect':
      artifact(doc, 'Layout', () => doc.rect(block.x, block.y, block.width, block.height).fill(colors[block.color]));
      return;
  }
}

function paintFooter(doc: PDFKit.PDFDocument, plan: PagePlan, page: PlannedPage, colors: BriefColors): void {
  const { geometry } = plan;
  const y = geometry.footerY;
  const right = geometry.left + geometry.contentWidth;
  artifact(doc, 'Pagination', () => {
    doc.rect(geometry.left, y - 7, geometry.contentWidth, 0.5).fill(colors.rule);
    paintText(doc, { type: 'footer', lines: [{ text: page.footer.left, x: geometry.left, y }] }, colors);
    const width = textWidth(page.footer.right, TYPE.footer);
    paintText(doc, { type: 'footer', lines: [{ text: page.footer.right, x: right - width, y }] }, colors);
  });
}

/** Bookmarks: sections, with their parts beneath them, each pointing at its heading. */
function paintOutline(doc: PDFKit.PDFDocument, plan: PagePlan): void {
  let section: PDFKit.PDFOutline | null = null;
  for (const entry of plan.outline) {
    // pdfkit 0.20 computes the destination's left as (page width − left) and top as
    // (page height − top): so `left: width` means the left edge, `top` the heading's place.
    const options = { pageNumber: entry.page, top: Math.max(0, entry.y - 16), left: plan.geometry.width, expanded: true };
    const parent: PDFKit.PDFOutline = entry.level === 2 && section ? section : doc.outline;
    const item: PDFKit.PDFOutline = (parent.addItem as (title: string, options: object) => PDFKit.PDFOutline).call(parent, entry.title, options);
    if (entry.level === 1) section = item;
  }
}
