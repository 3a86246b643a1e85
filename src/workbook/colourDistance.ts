/**
 * ARGB colours → how far apart a reader sees them: CIE L* (lightness, what survives greyscale
 * print), CIE76 ΔE (any difference, hue included) and WCAG contrast of text on a fill. The
 * template check uses them so that a change's fill can never pass for a score's shade.
 */
import { heatColour, SCALE_MAX, SCALE_MIN, type ScaleStops } from './heatColour.js';

/** "FFF16913" → [241, 105, 19]. */
function channels(argb: string): [number, number, number] {
  const [r, g, b] = [2, 4, 6].map((at) => parseInt(argb.slice(at, at + 2), 16));
  return [r!, g!, b!];
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** sRGB → CIE L*a*b* (D65). */
function lab(argb: string): [number, number, number] {
  const [r, g, b] = channels(argb).map(linear) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE L*, 0 (black) to 100 (white). */
export function lightness(argb: string): number {
  return lab(argb)[0];
}

/** CIE76 ΔE: about 2 is a just-noticeable difference; 25 and more reads as another colour. */
export function colourDistance(a: string, b: string): number {
  return deltaE(lab(a), lab(b));
}

function deltaE(p: readonly [number, number, number], q: readonly [number, number, number]): number {
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** WCAG 2 contrast ratio of two colours, 1 to 21; text wants at least 4.5. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (argb: string) => {
    const [r, g, bl] = channels(argb).map(linear) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Every shade a score may get from the ramps, 1 to 10 in hundredths, with its L*a*b*. */
function shadesOf(ramps: readonly ScaleStops[]): readonly { readonly argb: string; readonly lab: readonly [number, number, number] }[] {
  const shades = new Set<string>();
  for (let hundredths = SCALE_MIN * 100; hundredths <= SCALE_MAX * 100; hundredths += 1) {
    for (const ramp of ramps) shades.add(heatColour(hundredths / 100, ramp));
  }
  return [...shades].map((argb) => ({ argb, lab: lab(argb) }));
}

/** By ramps: the three templates share theirs, and each is checked for two fills. */
const shadeCache = new Map<string, ReturnType<typeof shadesOf>>();

/** A change's fill stands at least this far (CIE76 ΔE) from every score shade… */
export const MIN_DISTANCE = 25;
/** …and at least this much lighter or darker (L*), so that it differs in greyscale too. */
export const MIN_LIGHTNESS_GAP = 15;

/** The first score shade of `ramps` that `fill` could be taken for, if any. */
export function shadeNear(fill: string, ramps: readonly ScaleStops[]): string | undefined {
  const key = JSON.stringify(ramps);
  let shades = shadeCache.get(key);
  if (!shades) {
    shades = shadesOf(ramps);
    shadeCache.set(key, shades);
  }
  const p = lab(fill);
  const near = shades.find((shade) => deltaE(p, shade.lab) < MIN_DISTANCE || Math.abs(p[0] - shade.lab[0]) < MIN_LIGHTNESS_GAP);
  return near?.argb;
}
