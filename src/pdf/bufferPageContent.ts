/**
 * pdfkit 0.20 turns every content operator into a byte array of its own as it is written (a
 * brief writes tens of thousands), then joins them when the page ends: much allocation for the
 * garbage collector. This collects the current page's operators as one string instead and
 * hands pdfkit a single byte array when the page's content stream is finalized. The bytes are
 * the same: pdfkit appends "\n" to each string operator and keeps the low byte of each UTF-16
 * unit, as Buffer's latin1 encoding does.
 */

/** What pdfkit 0.20's PDFReference (a page's content stream) offers; its types do not say. */
interface ContentStream {
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

/** Call right after `doc.addPage()`: buffers that page's content until pdfkit finalizes it. */
export function bufferPageContent(doc: PDFKit.PDFDocument): void {
  const content = (doc as unknown as { page: { content: ContentStream } }).page.content;
  const write = content.write.bind(content);
  const finalize = content.finalize.bind(content);
  let pending = '';
  const flush = () => {
    if (pending === '') return;
    write(Buffer.from(pending, 'latin1'));
    pending = '';
  };
  content.write = (chunk) => {
    if (typeof chunk === 'string') {
      pending += `${chunk}\n`;
      return;
    }
    flush();
    write(chunk);
  };
  content.finalize = () => {
    flush();
    finalize();
  };
}
