/**
 * A pdfkit document that keeps its file's bytes itself. pdfkit 0.20 writes the file through a
 * Node stream a piece at a time, thousands of pieces a brief: each string turned into a byte
 * array by a loop over its characters, then copied again into a Buffer by the stream, and each
 * piece kept until the file ends, long enough for the garbage collector to copy it between
 * generations. Here strings stay strings, runs of them are joined, and the file is written into
 * one buffer at the end.
 *
 * The bytes are the same: pdfkit appends "\n" to each string it writes and keeps the low byte of
 * each UTF-16 unit, as Buffer's latin1 encoding does; offsets in the cross-reference table count
 * the same bytes.
 */
import PDFDocument from 'pdfkit';

type Piece = string | Uint8Array;

/** The constructor pdfkit exports, as its types leave it. */
const PdfKitDocument = PDFDocument as unknown as new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;

export class BriefDocument extends PdfKitDocument {
  /**
   * Made on the first write, which pdfkit's constructor makes (the header) before this class's
   * fields exist; declared only, as a field would be reset to undefined once super() returns.
   */
  declare private pieces: Piece[] | undefined;
  declare _offset: number;

  /** pdfkit 0.20's PDFDocument._write, which every byte of the file goes through. */
  _write(data: Piece): void {
    const piece = data instanceof Uint8Array ? data : `${data}\n`;
    // biome-ignore lint/suspicious/noAssignInExpressions: the field does not exist yet during super()
    (this.pieces ??= []).push(piece);
    this._offset += piece.length;
  }

  /** The file, once `end()` has finished it. */
  bytes(): Uint8Array {
    const pieces = this.pieces ?? [];
    const out = Buffer.allocUnsafe(this._offset);
    let at = 0;
    let text = '';
    for (const piece of pieces) {
      if (typeof piece === 'string') {
        text += piece;
        continue;
      }
      at += out.write(text, at, 'latin1');
      text = '';
      out.set(piece, at);
      at += piece.length;
    }
    at += out.write(text, at, 'latin1');
    if (at !== out.length) throw new Error(`the PDF has ${at} bytes where pdfkit counted ${out.length}`);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }
}
