import type { SourceUnit } from "@/lib/disclosure/schema";
import { Dec, ZERO, unitFactor } from "./money";

/**
 * DESIGN §3: every printed cell is rounded on its own to 0.01 of the source unit, so a sum of
 * k printed cells may drift from the printed total by up to k × 0.005 of that unit.
 */
export function roundingTolerance(unit: SourceUnit, cells: number): Dec {
  return unitFactor(unit).mul("0.005").mul(cells);
}

export interface Gap {
  severity: "rounding" | "error";
  printed: Dec | null;
  sum: Dec;
  diff: Dec;
  tolerance: Dec;
  cells: number;
}

/**
 * Compares a printed total with the printed parts it should add up to. Blank cells are no value:
 * they add nothing and are not counted as rounded cells; all blank is nothing to check.
 * Returns `null` when they agree exactly.
 */
export function sumGap(printed: Dec | null, parts: readonly (Dec | null)[], unit: SourceUnit): Gap | null {
  const present = parts.filter((p): p is Dec => p !== null);
  if (printed === null && present.length === 0) return null;
  const sum = present.reduce((acc, p) => acc.plus(p), ZERO);
  const diff = (printed ?? ZERO).minus(sum);
  if (diff.isZero()) return null;
  const tolerance = roundingTolerance(unit, present.length);
  const severity = printed !== null && diff.abs().lte(tolerance) ? "rounding" : "error";
  return { severity, printed, sum, diff, tolerance, cells: present.length };
}

/** Two printed figures of the same fact: blank and 0 say the same thing. */
export function sameFigure(a: Dec | null, b: Dec | null): boolean {
  return (a ?? ZERO).eq(b ?? ZERO);
}
