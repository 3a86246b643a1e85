/**
 * Exact rational arithmetic for Index scores. Scores are multiples of 0.5 and composites are
 * means of them, so every figure the Index publishes is a fraction; binary floats round
 * 4.125 down (Tanzania's 2023 resilience), fractions do not.
 */
export interface Fraction {
  readonly num: bigint;
  /** Always positive. */
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function reduce(num: bigint, den: bigint): Fraction {
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

export const ZERO: Fraction = { num: 0n, den: 1n };

/** A score read from a file: must be a multiple of 0.5 (callers validate first). */
export function fromScore(score: number): Fraction {
  const halves = score * 2;
  if (!Number.isInteger(halves)) throw new RangeError(`${score} is not a multiple of 0.5`);
  return reduce(BigInt(halves), 2n);
}

export function add(a: Fraction, b: Fraction): Fraction {
  return reduce(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function divide(a: Fraction, n: number): Fraction {
  return reduce(a.num, a.den * BigInt(n));
}

/** The mean of a non-empty list. */
export function mean(values: readonly Fraction[]): Fraction {
  if (values.length === 0) throw new RangeError('mean of nothing');
  return divide(values.reduce(add, ZERO), values.length);
}

/** Rounded to hundredths, half up (toward +∞, as GI-TOC rounds): 4.125 → 413. */
export function toHundredths(value: Fraction): number {
  const scaled = value.num * 100n;
  const twice = 2n * scaled + value.den;
  const den = 2n * value.den;
  // floor division for BigInt, whose `/` truncates toward zero
  const q = twice / den;
  return Number(twice % den !== 0n && twice < 0n ? q - 1n : q);
}

/** A float for charts and sorting; never for printing. */
export function toNumber(value: Fraction): number {
  return Number(value.num) / Number(value.den);
}

export function compare(a: Fraction, b: Fraction): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}
