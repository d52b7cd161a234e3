import type { Glyph } from "./geometry";
import type { RuledGrid } from "./ruled-grids";
import { bandRows } from "./band-rows";
import { buildLines, joinLines, type TextLine } from "./text-lines";

/**
 * A ruled grid's rows of cell texts. Lattice cells not parted by a ruling form one merged cell,
 * whose text stands in its top-left position with "" in the positions it covers. Each glyph goes to
 * the cell holding its centre; a cell's lines are joined top to bottom. A band between two rulings
 * that holds several printed rows (no rulings between the rows) is split into them.
 */
export function gridCells(grid: RuledGrid, glyphs: Glyph[]): string[][] {
  const rows = grid.ys.length - 1;
  const cols = grid.xs.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    // the root stays the top-left-most cell: lowest index in row-major order
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !grid.vertical[r]![c]) union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !grid.horizontal[r]![c]) union(r * cols + c, (r + 1) * cols + c);
    }
  }

  const byCell = new Map<number, Glyph[]>();
  for (const g of glyphs) {
    const r = slot(grid.ys, (g.top + g.bottom) / 2);
    const c = slot(grid.xs, (g.x0 + g.x1) / 2);
    const root = find(r * cols + c);
    const list = byCell.get(root);
    if (list) list.push(g);
    else byCell.set(root, [g]);
  }

  const out: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const cells: (TextLine[] | null)[] = [];
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      // inside a cell everything on a line is one run of text: no chunking at wide gaps
      cells.push(find(i) === i ? buildLines(byCell.get(i) ?? [], Infinity) : null);
    }
    out.push(...(bandRows(cells) ?? [cells.map((lines) => (lines === null ? "" : joinLines(lines.map((l) => l.text))))]));
  }
  return out;
}

/** The lattice slot a coordinate falls in, clamped to the grid. */
function slot(bounds: number[], v: number): number {
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
