import type { CellObject, Range } from "@e965/xlsx";
import { cellText } from "./read-workbook-cells";

/** A sheet's used area as text: rows of equal width, merged cells expanded. */
export interface SheetGrid {
  rows: string[][];
  /** Columns a merged cell spans from its top-left position; 1 for any other cell. */
  colspan(row: number, column: number): number;
  /** The columns of a row that merged cells cover (all but their top-left position). */
  covered(row: number): ReadonlySet<number>;
}

/** A sheet's cells as text (sparse: only cells with text), where its text ends, how many cells it stores. */
export interface SheetText {
  cells: (string[] | undefined)[];
  lastRow: number;
  lastColumn: number;
  storedCells: number;
}

export function sheetText(data: readonly (CellObject[] | undefined)[]): SheetText {
  const cells: (string[] | undefined)[] = [];
  let lastRow = -1;
  let lastColumn = -1;
  let storedCells = 0;
  data.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      storedCells++;
      const text = cellText(cell);
      if (text === "") return;
      (cells[r] ??= [])[c] = text;
      lastRow = r;
      if (c > lastColumn) lastColumn = c;
    });
  });
  return { cells, lastRow, lastColumn, storedCells };
}

/**
 * The sheet's text from A1 to its last row and column with text (trailing empty rows and columns
 * trimmed); a merged range's text in its top-left cell and "" in the cells it covers, as Excel
 * shows it, clipped to the grid.
 */
export function sheetGrid(text: SheetText, merges: readonly Range[]): SheetGrid {
  const height = text.lastRow + 1;
  const width = text.lastColumn + 1;
  const rows = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => text.cells[r]?.[c] ?? ""));
  const spans = new Map<number, number>();
  const covered = new Map<number, Set<number>>();
  // merged ranges do not overlap, so together they cover at most the grid; a file whose ranges
  // cover more is malformed (or hostile) and its further ranges are not applied
  let uncovered = height * width;
  for (const { s, e } of merges) {
    if (s.r >= height || s.c >= width) continue;
    const lastRow = Math.min(e.r, height - 1);
    const lastColumn = Math.min(e.c, width - 1);
    uncovered -= (lastRow - s.r + 1) * (lastColumn - s.c + 1);
    if (uncovered < 0) break;
    for (let r = s.r; r <= lastRow; r++) {
      for (let c = s.c; c <= lastColumn; c++) {
        if (r === s.r && c === s.c) continue;
        rows[r]![c] = "";
        let inRow = covered.get(r);
        if (!inRow) covered.set(r, (inRow = new Set()));
        inRow.add(c);
      }
    }
    spans.set(s.r * width + s.c, lastColumn - s.c + 1);
  }
  const none = new Set<number>();
  return { rows, colspan: (r, c) => spans.get(r * width + c) ?? 1, covered: (r) => covered.get(r) ?? none };
}
