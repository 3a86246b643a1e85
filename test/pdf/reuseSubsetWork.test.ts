import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { faceBytes, type Face } from '../../src/fonts/fonts.js';
import { reuseSubsetWork } from '../../src/pdf/reuseSubsetWork.js';

/** The glyphs a brief's text shapes to, subset in that order (as pdfkit includes them). */
function glyphsOf(font: fontkit.Font, text: string): number[] {
  return font.layout(text).glyphs.map((glyph) => glyph.id);
}

/** fontkit's types want a Glyph; pdfkit, like fontkit itself, passes glyph ids. */
type Subset = { includeGlyph(id: number): number; encode(): Uint8Array };

function subsetBytes(font: fontkit.Font, glyphs: readonly number[]): Uint8Array {
  const subset = font.createSubset() as unknown as Subset;
  for (const id of glyphs) subset.includeGlyph(id);
  return subset.encode();
}

const TEXTS = [
  'Peru',
  'Criminality 6.62 · Resilience 4.75 — 31st of 193 countries',
  'Côte d’Ivoire, Türkiye, São Tomé and Príncipe: «prévention» – 31.º, 1ᵉʳ, ﬁnance ﬂows',
  'The Democratic People’s Republic of Korea (DPRK) ranks 1st in state-embedded actors.',
  'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿĀāĂăĄąĆćČčĎďĒēĘęĚěĞğĪīİıŁłŃńŇňŌōŐőŒœŘřŚśŞşŠšŢţŤťŪūŮůŰűŸŹźŻżŽž',
];

describe('subsets reusing their per-glyph and fixed-table work', () => {
  for (const face of ['regular', 'semibold', 'bold', 'italic'] as Face[]) {
    it(`writes the very bytes fontkit writes (${face}), subset after subset`, () => {
      // fontkit alone, and a second parse of the same face with the work reused
      const reference = fontkit.create(faceBytes(face)) as fontkit.Font;
      const reusing = fontkit.create(faceBytes(face)) as fontkit.Font;
      reuseSubsetWork(reusing);
      const sets = [...TEXTS, TEXTS.join(' '), TEXTS[0]!].map((text) => glyphsOf(reference, text));
      for (const glyphs of sets) {
        const expected = subsetBytes(reference, glyphs);
        expect(Buffer.from(subsetBytes(reusing, glyphs)).equals(Buffer.from(expected))).toBe(true);
      }
    });
  }

  it('brings a composite glyph’s components into the subset, renumbered', () => {
    const reusing = fontkit.create(faceBytes('regular')) as fontkit.Font;
    reuseSubsetWork(reusing);
    subsetBytes(reusing, glyphsOf(reusing, 'a')); // the first subset is fontkit's own
    const composite = glyphsOf(reusing, TEXTS[4]!).find((id) => ((reusing.getGlyph(id) as unknown as { _decode(): { numberOfContours: number } | null })._decode()?.numberOfContours ?? 0) < 0);
    expect(composite).toBeDefined();
    const bytes = subsetBytes(reusing, [composite!]);
    // glyph 0, the composite, and at least one component: more glyphs than were asked for
    const maxp = new DataView(bytes.buffer, bytes.byteOffset).getUint16(tableOffset(bytes, 'maxp') + 4);
    expect(maxp).toBeGreaterThan(2);
  });
});

function tableOffset(bytes: Uint8Array, tag: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let n = 0; n < view.getUint16(4); n++) {
    const record = 12 + 16 * n;
    if (String.fromCharCode(...bytes.subarray(record, record + 4)) === tag) return view.getUint32(record + 8);
  }
  throw new Error(`no ${tag} table`);
}
