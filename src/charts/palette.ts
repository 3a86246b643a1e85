/**
 * The colours of every output, typed: charts use them through their templates, the PDF and
 * the workbook import them from here, so a score has the same colour on screen, on paper and
 * in a sheet. The values live in templates/charts/palette.json, where an editor changes them.
 */
import raw from '../../templates/charts/palette.json' with { type: 'json' };
import type { Continent } from '../index/countries.js';

/** Scores are banded: a score takes the colour of the highest threshold it reaches. */
export interface Ramp {
  readonly thresholds: readonly number[];
  readonly colours: readonly string[];
}

export type RampName = 'criminality' | 'resilience';

export interface Palette {
  /** Higher is worse, darker is worse. */
  readonly criminality: Ramp;
  /** Higher is better, darker is better. */
  readonly resilience: Ramp;
  readonly change: { readonly worse: string; readonly better: string; readonly none: string };
  readonly highlight: { readonly country: string; readonly region: string; readonly other: string };
  readonly comparison: { readonly country: string; readonly region: string; readonly continent: string; readonly world: string };
  /** The brief's marks: pillar bars and shapes, change directions, the average's tick. */
  readonly marks: {
    readonly criminality: string;
    readonly resilience: string;
    readonly worse: string;
    readonly better: string;
    readonly average: string;
    /** One colour per continent, where the world brief tells them apart. */
    readonly continents: Readonly<Record<Continent, string>>;
  };
  readonly ink: {
    readonly text: string;
    readonly muted: string;
    readonly rule: string;
    readonly grid: string;
    readonly outline: string;
    readonly background: string;
  };
}

/** A ramp an editor broke (uneven lengths, unsorted thresholds) would colour silently wrong. */
function checkRamp(name: RampName, ramp: Ramp): Ramp {
  const sorted = ramp.thresholds.every((t, i) => i === 0 || t > ramp.thresholds[i - 1]!);
  if (ramp.thresholds.length !== ramp.colours.length || ramp.thresholds.length === 0 || !sorted) {
    throw new Error(`templates/charts/palette.json: ${name} needs as many ascending thresholds as colours`);
  }
  return ramp;
}

export const PALETTE: Palette = {
  ...raw,
  criminality: checkRamp('criminality', raw.criminality),
  resilience: checkRamp('resilience', raw.resilience),
};

/** A score (hundredths: 640 is 6.40) → its colour on a ramp; below the first threshold takes the first. */
export function colourOfScore(hundredths: number, ramp: RampName): string {
  const { thresholds, colours } = PALETTE[ramp];
  let band = 0;
  thresholds.forEach((threshold, i) => {
    if (hundredths >= Math.round(threshold * 100)) band = i;
  });
  return colours[band]!;
}

/** The ramp for an indicator or composite: criminality's when a higher score is worse. */
export function rampFor(higherIs: 'worse' | 'better'): RampName {
  return higherIs === 'worse' ? 'criminality' : 'resilience';
}
