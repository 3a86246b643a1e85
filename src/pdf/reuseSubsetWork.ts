/**
 * Every PDF embeds a subset of each face it uses, and fontkit 2.0's TrueType subsetter redoes,
 * document after document, work whose result never changes:
 *
 *  - it decodes each glyph's outline in full (every point) only to learn whether it is
 *    composite. The fonts are parsed once per process and shared by every document, so what a
 *    glyph contributes to a subset (its bytes, its components, its metrics) is read once per
 *    glyph here: fontkit's own `_addGlyph`, with the per-glyph reading hoisted out;
 *  - it writes the font file through restructure, value by value, tables that are the same in
 *    every subset (head, cvt, prep, fpgm; hhea and maxp but for the glyph count). Here they are
 *    taken once from a subset fontkit wrote itself, and each subset is laid out as fontkit lays
 *    it out: the same tables in the same order, unpadded, checksums 0.
 *
 * The subsets written are the same, byte for byte (a test compares them with fontkit's).
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
  loca: { offsets: number[]; version: number };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  _variationProcessor?: unknown;
  directory: { tables: Record<string, unknown> };
}

interface SubsetInternals {
  _addGlyph(gid: number): number;
  encode(): Uint8Array;
  glyphs: number[];
  includeGlyph(gid: number): number;
  glyf: Uint8Array[];
  loca: { offsets: number[]; version: number };
  hmtx: { metrics: { advance: number; bearing: number }[]; bearings: number[] };
  offset: number;
}

const installed = new WeakSet<object>();

/** Makes every subset of `font` reuse its per-glyph reading and its fixed tables; TrueType outlines only. */
export function reuseSubsetWork(font: fontkit.Font): void {
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
  let layout: SubsetLayout | undefined;
  internals.createSubset = () => {
    const subset = createSubset();
    const encode = subset.encode.bind(subset);
    subset.encode = function (this: SubsetInternals): Uint8Array {
      // the first subset is written by fontkit, and its tables kept as the layout of the rest
      if (!layout) {
        const bytes = encode();
        layout = readLayout(bytes);
        return bytes;
      }
      return writeSubset(this, internals.loca.version, layout);
    };
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

/** The tables of a subset fontkit wrote, in its order; those the same in every subset kept whole. */
interface SubsetLayout {
  readonly header: Uint8Array;
  readonly tables: readonly { readonly tag: string; readonly bytes: Uint8Array }[];
}

function readLayout(bytes: Uint8Array): SubsetLayout {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  const tables = Array.from({ length: count }, (_, n) => {
    const record = 12 + 16 * n;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    return { tag, bytes: bytes.slice(offset, offset + view.getUint32(record + 12)) };
  });
  return { header: bytes.slice(0, 12), tables };
}

/** fontkit's TTFSubset.encode, with its fixed tables from `layout` and the rest written directly. */
function writeSubset(subset: SubsetInternals, locaVersion: number, layout: SubsetLayout): Uint8Array {
  subset.glyf = [];
  subset.offset = 0;
  subset.loca = { offsets: [], version: locaVersion };
  subset.hmtx = { metrics: [], bearings: [] };
  // subset.glyphs grows as composite glyphs bring their components in
  for (let n = 0; n < subset.glyphs.length; n++) subset._addGlyph(subset.glyphs[n]!);
  subset.loca.offsets.push(subset.offset);
  const glyphCount = subset.glyf.length;

  const parts = layout.tables.map(({ tag, bytes }) => {
    switch (tag) {
      case 'hhea':
        return withUint16(bytes, 34, glyphCount); // numberOfMetrics
      case 'maxp':
        return withUint16(bytes, 4, glyphCount); // numGlyphs
      case 'loca':
        return locaBytes(subset.loca.offsets, locaVersion);
      case 'glyf':
        return concat(subset.glyf);
      case 'hmtx':
        return hmtxBytes(subset.hmtx.metrics);
      default:
        return bytes;
    }
  });
  const start = 12 + 16 * parts.length;
  const out = new Uint8Array(start + parts.reduce((sum, part) => sum + part.length, 0));
  const view = new DataView(out.buffer);
  out.set(layout.header, 0);
  let offset = start;
  parts.forEach((part, n) => {
    const record = 12 + 16 * n;
    for (let c = 0; c < 4; c++) out[record + c] = layout.tables[n]!.tag.charCodeAt(c);
    view.setUint32(record + 4, 0); // checkSum: fontkit leaves it 0
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, part.length);
    out.set(part, offset);
    offset += part.length;
  });
  return out;
}

function withUint16(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint16(at, value);
  return copy;
}

/** Short offsets (version 0) are stored halved, as fontkit's loca table writes them. */
function locaBytes(offsets: readonly number[], version: number): Uint8Array {
  const size = version === 0 ? 2 : 4;
  const out = new Uint8Array(offsets.length * size);
  const view = new DataView(out.buffer);
  offsets.forEach((offset, n) => {
    if (version === 0) view.setUint16(n * 2, offset >>> 1);
    else view.setUint32(n * 4, offset);
  });
  return out;
}

function hmtxBytes(metrics: readonly { advance: number; bearing: number }[]): Uint8Array {
  const out = new Uint8Array(metrics.length * 4);
  const view = new DataView(out.buffer);
  metrics.forEach(({ advance, bearing }, n) => {
    view.setUint16(n * 4, advance);
    view.setInt16(n * 4 + 2, bearing);
  });
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
