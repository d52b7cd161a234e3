import type { Segment } from "./geometry";
import { clusterPositions, coverage, SNAP } from "./rulings";

/**
 * A ruled table's lattice: the x of every column boundary and the y of every row boundary, and for
 * each pair of neighbouring lattice cells whether a ruling parts them (where none does, a merged
 * cell spans both).
 */
export interface RuledGrid {
  xs: number[];
  ys: number[];
  /** vertical[r][c]: a ruling runs between lattice cells (r, c) and (r, c + 1). */
  vertical: boolean[][];
  /** horizontal[r][c]: a ruling runs between lattice cells (r, c) and (r + 1, c). */
  horizontal: boolean[][];
}

/** Lattice lines closer than this (points) are one boundary. */
const LATTICE_SNAP = 3;
/** Rulings meet when they come this close (points) to touching. */
const MEET = 3;
/** A boundary part is ruled when rulings cover this much of it. */
const RULED = 0.6;
const MAX_PAIRS = 4_000_000;

/**
 * The ruled tables among a page's rulings: groups of horizontal and vertical lines that cross or
 * touch each other (as pdfplumber's and Camelot's lattice modes find them), each turned into a
 * lattice. A group needs two lines each way; a lone box is a frame, not a table.
 */
export function findRuledGrids(segments: Segment[]): RuledGrid[] {
  const hs = segments.filter((s) => s.horizontal);
  const vs = segments.filter((s) => !s.horizontal);
  // a page of vector drawing (a map, a chart of thousands of strokes) holds no table worth the time
  if (hs.length * vs.length > MAX_PAIRS) return [];
  const parent = segments.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const index = new Map(segments.map((s, i) => [s, i]));
  for (const h of hs) {
    for (const v of vs) {
      if (v.pos >= h.start - MEET && v.pos <= h.end + MEET && h.pos >= v.start - MEET && h.pos <= v.end + MEET) {
        parent[find(index.get(h)!)] = find(index.get(v)!);
      }
    }
  }
  const groups = new Map<number, Segment[]>();
  segments.forEach((s, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), s]);
  });

  const grids: RuledGrid[] = [];
  for (const group of groups.values()) {
    const gh = group.filter((s) => s.horizontal);
    const gv = group.filter((s) => !s.horizontal);
    if (gh.length < 2 || gv.length < 2) continue;
    const grid = lattice(gh, gv);
    if (grid.xs.length >= 2 && grid.ys.length >= 2 && (grid.xs.length > 2 || grid.ys.length > 2)) grids.push(grid);
  }
  return grids.sort((a, b) => a.ys[0]! - b.ys[0]!);
}

function lattice(hs: Segment[], vs: Segment[]): RuledGrid {
  const xs = clusterPositions(vs.map((v) => v.pos), LATTICE_SNAP);
  const ys = clusterPositions(hs.map((h) => h.pos), LATTICE_SNAP);
  // a table without side (or top/bottom) borders: its outer rows/columns end where the other lines do
  const left = Math.min(...hs.map((h) => h.start));
  const right = Math.max(...hs.map((h) => h.end));
  const top = Math.min(...vs.map((v) => v.start));
  const bottom = Math.max(...vs.map((v) => v.end));
  if (left < xs[0]! - LATTICE_SNAP - 1) xs.unshift(left);
  if (right > xs[xs.length - 1]! + LATTICE_SNAP + 1) xs.push(right);
  if (top < ys[0]! - LATTICE_SNAP - 1) ys.unshift(top);
  if (bottom > ys[ys.length - 1]! + LATTICE_SNAP + 1) ys.push(bottom);

  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const vertical: boolean[][] = [];
  const horizontal: boolean[][] = [];
  for (let r = 0; r < rows; r++) {
    vertical.push([]);
    for (let c = 0; c + 1 < cols; c++) vertical[r]!.push(coverage(vs, xs[c + 1]!, ys[r]!, ys[r + 1]!, LATTICE_SNAP) >= RULED);
  }
  for (let r = 0; r + 1 < rows; r++) {
    horizontal.push([]);
    for (let c = 0; c < cols; c++) horizontal[r]!.push(coverage(hs, ys[r + 1]!, xs[c]!, xs[c + 1]!, LATTICE_SNAP) >= RULED);
  }
  return { xs, ys, vertical, horizontal };
}

/** Whether a point lies inside the grid's outer box (with the snap tolerance). */
export function insideGrid(grid: RuledGrid, x: number, y: number): boolean {
  return x >= grid.xs[0]! - SNAP && x <= grid.xs[grid.xs.length - 1]! + SNAP && y >= grid.ys[0]! - SNAP && y <= grid.ys[grid.ys.length - 1]! + SNAP;
}
