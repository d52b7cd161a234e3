/** A table cell as HTML gives it: its text and how many grid columns and rows it covers. */
export interface SpanCell {
  text: string;
  colspan: number;
  rowspan: number;
}

/** Word allows 63 columns; a larger gridSpan in a file is damage or an attack, not a table. */
const MAX_SPAN = 64;

/**
 * Rows of cells with colspan/rowspan to a rectangular grid: a merged cell's text in its top-left
 * position, "" in every position it covers, each row as wide as the widest. A rowspan running past
 * the last row stops there.
 */
export function expandSpans(rows: readonly SpanCell[][]): string[][] {
  const grid: string[][] = rows.map(() => []);
  const taken: boolean[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken[r]![c]) c++;
      const colspan = clamp(cell.colspan, MAX_SPAN);
      const rowspan = clamp(cell.rowspan, rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? cell.text : "";
          taken[r + dr]![c + dc] = true;
        }
      }
      c += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  // positions no cell reached (a short row, a hole left by a rowspan) are blank
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
}

function clamp(span: number, max: number): number {
  return Number.isInteger(span) && span > 1 ? Math.min(span, Math.max(1, max)) : 1;
}
