/**
 * Every PDF embeds a subset of each face it uses, and fontkit 2.0's TrueType subsetter decodes
 * each glyph's outline in full (every point) only to learn whether it is composite, document
 * after document. The fonts are parsed once per process and shared by every document, so what
 * a glyph contributes to a subset (its bytes in the font, its components, its metrics) is
 * worked out once per glyph here and reused. The subset written is the same, byte for byte:
 * this is fontkit's own `_addGlyph`, with the per-glyph reading hoisted out.
 */
import type * as fontkit from 'fontkit';

/** What one glyph brings to a subset, read once. */
interface GlyphEntry {
  readonly bytes: Uint8Array;
  /** A composite glyph's components: the glyph each refers to and where its id sits in `bytes`. */
  readonly components: readonly { readonly glyphID: number; readonly pos: number }[] | null;
  readonly advance: number;
  readonly bearing: number;
}

/** The parts of fontkit 2.0's font, glyph and TTFSubset this relies on (its types do not list them). */
interface FontInternals {
  createSubset(): SubsetInternals;
  getGlyph(id: number): {
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    advanceWidth: number;
    _getMetrics(): { leftBearing: number };
  };
  loca: { offsets: number[] };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  _variationProcessor?: unknown;
  directory: { tables: Record<string, unknown> };
}

interface SubsetInternals {
  _addGlyph(gid: number): number;
  includeGlyph(gid: number): number;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
}

const installed = new WeakSet<object>();

/** Makes every subset of `font` reuse what each glyph contributes; TrueType outlines only. */
export function memoizeSubsetGlyphs(font: fontkit.Font): void {
  const internals = font as unknown as FontInternals;
  // CFF fonts subset differently, and variable fonts re-encode outlines: leave both to fontkit.
  if (installed.has(font) || !internals.directory.tables.glyf || internals._variationProcessor) return;
  installed.add(font);
  const entries = new Map<number, GlyphEntry>();

  const entryOf = (gid: number): GlyphEntry => {
    let entry = entries.get(gid);
    if (!entry) {
      const glyph = internals.getGlyph(gid);
      const glyf = glyph._decode();
      const start = internals.loca.offsets[gid]!;
      const stream = internals._getTableStream('glyf');
      stream.pos += start;
      const bytes = stream.readBuffer(internals.loca.offsets[gid + 1]! - start);
      const components = glyf && glyf.numberOfContours < 0 ? (glyf.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : null;
      entry = { bytes: components ? new Uint8Array(bytes) : bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
      entries.set(gid, entry);
    }
    return entry;
  };

  const createSubset = internals.createSubset.bind(internals);
  internals.createSubset = () => {
    const subset = createSubset();
    subset._addGlyph = function (this: SubsetInternals, gid: number): number {
      const entry = entryOf(gid);
      let bytes = entry.bytes;
      if (entry.components) {
        // component ids are renumbered into the subset's own
        bytes = new Uint8Array(bytes);
        const view = new DataView(bytes.buffer);
        for (const component of entry.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
      }
      this.glyf.push(bytes);
      this.loca.offsets.push(this.offset);
      this.hmtx.metrics.push({ advance: entry.advance, bearing: entry.bearing });
      this.offset += bytes.length;
      return this.glyf.length - 1;
    };
    return subset;
  };
}
