import { describe, expect, it } from 'vitest';
import { colourOfScore, PALETTE, rampFor } from '../../src/charts/palette.js';

/** WCAG relative luminance of "#rrggbb": what is left of a colour in greyscale print. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

describe('the palette', () => {
  it('bands scores by threshold: a score takes the colour of the highest threshold it reaches', () => {
    const { colours } = PALETTE.criminality;
    expect(colourOfScore(100, 'criminality')).toBe(colours[0]);
    expect(colourOfScore(199, 'criminality')).toBe(colours[0]);
    expect(colourOfScore(200, 'criminality')).toBe(colours[1]);
    expect(colourOfScore(640, 'criminality')).toBe(colours[5]);
    expect(colourOfScore(1000, 'criminality')).toBe(colours[8]);
    expect(colourOfScore(438, 'resilience')).toBe(PALETTE.resilience.colours[3]);
    expect(rampFor('worse')).toBe('criminality');
    expect(rampFor('better')).toBe('resilience');
  });

  it('darkens steadily with the score on both ramps, so greyscale print keeps the order', () => {
    for (const ramp of [PALETTE.criminality, PALETTE.resilience]) {
      const grey = ramp.colours.map(luminance);
      for (let i = 1; i < grey.length; i++) expect(grey[i]!).toBeLessThan(grey[i - 1]!);
      // The lightest band still shows on white paper.
      expect(grey[0]!).toBeLessThan(0.8);
    }
  });

  it('tells worse from better by lightness as well as hue', () => {
    expect(Math.abs(luminance(PALETTE.change.worse) - luminance(PALETTE.change.better))).toBeGreaterThan(0.15);
  });

  it('holds only six-digit hex colours', () => {
    const colours = JSON.stringify(PALETTE).match(/"#[^"]*"/g)!;
    expect(colours.length).toBeGreaterThan(30);
    for (const colour of colours) expect(colour).toMatch(/^"#[0-9a-f]{6}"$/);
  });
});
