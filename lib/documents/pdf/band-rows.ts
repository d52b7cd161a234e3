import { median } from "./geometry";
import { isAmount, STARTS_ROW } from "./patterns";
import { joinLines, type TextLine } from "./text-lines";

/**
 * The rows of a ruled band that holds several printed rows: a table ruled between its columns but
 * not between its rows, so one band between two horizontal rulings holds every data row. It is one
 * when at least two of its cells hold three lines or more and one of them mostly figures. The rows
 * are the band's baselines; a line set closer under the one above than rows are, with no figure
 * and no ordinal or code, is a wrapped cell and stays with it. Null when the band is one row.
 */
export function bandRows(cells: (TextLine[] | null)[]): string[][] | null {
  const filled = cells.filter((c): c is TextLine[] => c !== null && c.length > 0);
  const tall = filled.filter((c) => c.length >= 3);
  const figures = (c: TextLine[]) => c.filter((l) => isAmount(l.text)).length;
  if (tall.length < 2 || !tall.some((c) => figures(c) >= c.length / 2)) return null;

  const lines = filled.flat().sort((a, b) => a.baseline - b.baseline);
  const rows: TextLine[][] = [];
  for (const line of lines) {
    const last = rows[rows.length - 1];
    if (last && Math.abs(line.baseline - last[0]!.baseline) <= 0.4 * line.size) last.push(line);
    else rows.push([line]);
  }
  if (rows.length < 3) return null;
  const pitch = median(rows.slice(1).map((r, i) => r[0]!.baseline - rows[i]![0]!.baseline));
  const merged: TextLine[][] = [];
  rows.forEach((row, i) => {
    const wrapped =
      i > 0 &&
      row[0]!.baseline - rows[i - 1]![0]!.baseline < 0.8 * pitch &&
      row.every((l) => !isAmount(l.text) && !STARTS_ROW.test(l.text));
    if (wrapped) merged[merged.length - 1]!.push(...row);
    else merged.push([...row]);
  });
  return merged.map((row) => cells.map((cell) => (cell === null ? "" : joinLines(cell.filter((l) => row.includes(l)).map((l) => l.text)))));
}
