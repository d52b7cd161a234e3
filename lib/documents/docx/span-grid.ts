/** A table cell: its text and how many grid columns and rows it covers. */
export interface SpanCell {
  text: string;
  colspan: number;
  rowspan: number;
}

/** Word allows 63 columns; a larger gridSpan in a file is damage or an attack, not a table. */
export const MAX_SPAN = 64;

/**
 * Rows of cells with colspan/rowspan to a rectangular grid: a merged cell's text in its top-left
 * position, "" in every position it covers, each row as wide as the widest. A rowspan running past
 * the last row stops there. A column that only merged cells run over, blank in every row, is left
 * out: Word adds such grid columns where cell borders do not line up from row to row.
 */
export function expandSpans(rows: readonly SpanCell[][]): string[][] {
  const grid: string[][] = rows.map(() => []);
  const taken: boolean[][] = rows.map(() => []);
  const covered = new Set<number>();
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken[r]![c]) c++;
      const colspan = clamp(cell.colspan, MAX_SPAN);
      const rowspan = clamp(cell.rowspan, rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          const top = dr === 0 && dc === 0;
          grid[r + dr]![c + dc] = top ? cell.text : "";
          taken[r + dr]![c + dc] = true;
          if (dc > 0) covered.add(c + dc);
        }
      }
      c += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const keep = Array.from({ length: width }, (_, c) => c).filter((c) => !covered.has(c) || grid.some((row) => (row[c] ?? "") !== ""));
  // positions no cell reached (a short row, a hole left by a rowspan) are blank
  return grid.map((row) => keep.map((c) => row[c] ?? ""));
}

/** A cell as Word writes it: a vertical merge is not a rowspan but a cell in each row it runs over. */
export interface MergeCell {
  colspan: number;
  rowspan: number;
  /** `w:vMerge` without "restart": the cell continues the merge of the cell above. */
  continuesAbove: boolean;
}

/**
 * Word's vertical merges as rowspans: a cell that continues a merge leaves its row and adds a row
 * to the cell it continues, the last one begun at the same grid column (its text is not shown).
 * One with nothing above to continue stays a cell of its own.
 */
export function rowspansFromMerges<T extends MergeCell>(rows: readonly T[][]): T[][] {
  const above = new Map<number, T>();
  return rows.map((cells) => {
    let column = 0;
    const kept: T[] = [];
    for (const cell of cells) {
      const merged = cell.continuesAbove ? above.get(column) : undefined;
      if (merged) {
        merged.rowspan++;
      } else {
        above.set(column, cell);
        kept.push(cell);
      }
      column += clamp(cell.colspan, MAX_SPAN);
    }
    return kept;
  });
}

function clamp(span: number, max: number): number {
  return Number.isInteger(span) && span > 1 ? Math.min(span, Math.max(1, max)) : 1;
}
