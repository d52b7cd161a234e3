/** Page geometry in top-down page points (origin top left, y grows downwards), as the viewport maps it. */

/** An affine transform [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The transform that applies `inner` first, then `outer`. */
export function multiply(outer: readonly number[], inner: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = outer as Matrix;
  const [a2, b2, c2, d2, e2, f2] = inner as Matrix;
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}

export function apply(m: readonly number[], x: number, y: number): [number, number] {
  return [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
}

/** One printed character: its box on the page and its font size. */
export interface Glyph {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  /** The font size on the page (height of the em square). */
  size: number;
  /** A space character: not printed, but it tells where words part. */
  space: boolean;
}

/** A straight horizontal or vertical ruling: `pos` is its y (horizontal) or x (vertical), from `start` to `end`. */
export interface Segment {
  horizontal: boolean;
  pos: number;
  start: number;
  end: number;
}

export interface Box {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
