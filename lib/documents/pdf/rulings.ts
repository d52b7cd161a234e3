import type { Segment } from "./geometry";

/** Rulings this close (points) across their length are one line (double borders, anti-aliasing offsets). */
export const SNAP = 2;
/** Collinear pieces with gaps up to this (points) are one line: WPS and Chrome draw a border cell by cell. */
const JOIN = 3;
/** Shorter rulings are glyph parts, bullets or underline dots. */
const MIN_LENGTH = 3;

/** Snaps near-collinear segments to one position and joins touching pieces into whole lines. */
export function mergeSegments(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const horizontal of [true, false]) {
    const own = segments.filter((s) => s.horizontal === horizontal).sort((a, b) => a.pos - b.pos);
    for (const group of clusterBy(own, (s) => s.pos, SNAP)) {
      const pos = group.reduce((sum, s) => sum + s.pos * (s.end - s.start), 0) / Math.max(1e-9, group.reduce((sum, s) => sum + (s.end - s.start), 0));
      const pieces = [...group].sort((a, b) => a.start - b.start);
      let current: Segment | null = null;
      for (const piece of pieces) {
        if (current && piece.start <= current.end + JOIN) {
          current.end = Math.max(current.end, piece.end);
        } else {
          if (current) out.push(current);
          current = { horizontal, pos: Number.isFinite(pos) ? pos : piece.pos, start: piece.start, end: piece.end };
        }
      }
      if (current) out.push(current);
    }
  }
  return out.filter((s) => s.end - s.start >= MIN_LENGTH);
}

/** Groups values sorted by key: a group holds items within `tolerance` of the group's first item. */
export function clusterBy<T>(sorted: T[], key: (item: T) => number, tolerance: number): T[][] {
  const groups: T[][] = [];
  let start = -Infinity;
  for (const item of sorted) {
    const k = key(item);
    if (groups.length > 0 && k - start <= tolerance) groups[groups.length - 1]!.push(item);
    else {
      groups.push([item]);
      start = k;
    }
  }
  return groups;
}

/** Positions clustered within `tolerance`, each cluster's mean, ascending. */
export function clusterPositions(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return clusterBy(sorted, (v) => v, tolerance).map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

/** How much of [from, to] the segments at `pos` (within `tolerance`) cover, as a fraction. */
export function coverage(segments: Segment[], pos: number, from: number, to: number, tolerance: number): number {
  const length = to - from;
  if (length <= 0) return 1;
  const spans = segments
    .filter((s) => Math.abs(s.pos - pos) <= tolerance && s.end > from && s.start < to)
    .map((s) => [Math.max(from, s.start), Math.min(to, s.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = from;
  for (const [a, b] of spans) {
    if (b <= reach) continue;
    covered += b - Math.max(a, reach);
    reach = b;
  }
  return covered / length;
}
