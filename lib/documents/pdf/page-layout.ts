import { gridCells } from "./cells";
import { findAlignedTables } from "./columns-by-alignment";
import type { Glyph } from "./geometry";
import type { PageContent } from "./page-content";
import { findRuledGrids, insideGrid, type RuledGrid } from "./ruled-grids";
import { mergeSegments } from "./rulings";
import { buildLines, type TextLine } from "./text-lines";

/** A table found on one page, with where it stands and its column boundaries (to match continuations). */
export interface PageTable {
  top: number;
  bottom: number;
  /** x of each column boundary, left to right (columns + 1 values). */
  columns: number[];
  rows: string[][];
}

export interface PageLayout {
  page: number;
  width: number;
  height: number;
  tables: PageTable[];
  /** Text lines outside tables, top to bottom. */
  lines: TextLine[];
}

/**
 * Splits a page into its tables and the text lines outside them: ruled tables from the grid of
 * their rulings, then tables without vertical rulings from the alignment of the remaining lines. A
 * "grid" of one column (a frame with row rules) is no ruled table; its rules still part its rows.
 */
export function layoutPage(page: number, content: PageContent): PageLayout {
  const segments = mergeSegments(content.segments);
  const grids = findRuledGrids(segments).filter((g) => g.xs.length > 2);
  const inGrid = new Map<RuledGrid, Glyph[]>(grids.map((g) => [g, []]));
  const free: Glyph[] = [];
  for (const glyph of content.glyphs) {
    const cx = (glyph.x0 + glyph.x1) / 2;
    const cy = (glyph.top + glyph.bottom) / 2;
    const grid = grids.find((g) => insideGrid(g, cx, cy));
    if (grid) inGrid.get(grid)!.push(glyph);
    else free.push(glyph);
  }
  const tables: PageTable[] = [];
  for (const grid of grids) {
    const glyphs = inGrid.get(grid)!;
    if (!glyphs.some((g) => !g.space)) continue;
    tables.push({
      top: grid.ys[0]!,
      bottom: grid.ys[grid.ys.length - 1]!,
      columns: grid.xs,
      rows: gridCells(grid, glyphs),
    });
  }
  const outside = segments.filter((s) => !grids.some((g) => insideGrid(g, s.horizontal ? (s.start + s.end) / 2 : s.pos, s.horizontal ? s.pos : (s.start + s.end) / 2)));
  const aligned = findAlignedTables(buildLines(free), outside);
  return {
    page,
    width: content.width,
    height: content.height,
    tables: [...tables, ...aligned.tables].sort((a, b) => a.top - b.top),
    lines: aligned.rest,
  };
}
