/**
 * A score from 1 to 10 → the ARGB fill a three-colour scale (white at 1, light at 5.5, dark at
 * 10) gives it. Used where one column mixes directions, so a conditional scale cannot apply.
 * The stops are the ones the conditional scales use, so both kinds of sheet look alike.
 */
export interface ScaleStops {
  readonly low: string;
  readonly mid: string;
  readonly high: string;
}

export const SCALE_MIN = 1;
export const SCALE_MID = 5.5;
export const SCALE_MAX = 10;

function channels(argb: string): number[] {
  return [2, 4, 6].map((at) => parseInt(argb.slice(at, at + 2), 16));
}

function mix(from: string, to: string, t: number): string {
  const a = channels(from);
  const b = channels(to);
  const hex = a.map((value, n) =>
    Math.round(value + (b[n]! - value) * t)
      .toString(16)
      .padStart(2, '0'),
  );
  return `FF${hex.join('')}`.toUpperCase();
}

export function heatColour(score: number, stops: ScaleStops): string {
  const clamped = Math.min(SCALE_MAX, Math.max(SCALE_MIN, score));
  return clamped <= SCALE_MID ? mix(stops.low, stops.mid, (clamped - SCALE_MIN) / (SCALE_MID - SCALE_MIN)) : mix(stops.mid, stops.high, (clamped - SCALE_MID) / (SCALE_MAX - SCALE_MID));
}
