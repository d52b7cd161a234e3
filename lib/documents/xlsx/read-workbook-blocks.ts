import type { Block } from "../model";
import type { SheetGrid } from "./read-workbook-grid";

const AMOUNT = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/;
/** "编制单位：…", "单位：万元", "部门名称：…": a label, a colon, a value. */
const LABELLED = /^[^:：]{1,12}[:：]/;
const UNIT_LINE = /^(金额)?单位[:：]/;
const NOTE = /^(备注|附注|注|说明)\s*[0-9一二三四五六七八九十]*\s*[:：]/;
const TITLE = /.{4,}表(（[^）]*）|\([^)]*\))?$/;

/**
 * A sheet's rows as blocks. Rows of two or more cells in a run form a table (a blank row ends
 * it); a row of one cell is a line of text: a title, a 单位 line, a 备注. A row of "label：value"
 * cells and no amounts ("编制单位：… | 单位：万元") is one line, its cells joined by spaces. Inside
 * a table a one-cell row stays a row (a 合计, or a name with its amounts blank, even merged over a
 * few columns) unless it reads as text: merged across the table's width, a 备注/单位 line, a table
 * title, or a long sentence.
 */
export function sheetBlocks(grid: SheetGrid, page: number): Block[] {
  const blocks: Block[] = [];
  let table: TableDraft | null = null;
  const endTable = () => {
    if (table) blocks.push({ type: "table", page, rows: dropEmptyColumns(table) });
    table = null;
  };
  const line = (text: string) => {
    endTable();
    blocks.push({ type: "paragraph", page, text });
  };
  const addRow = (row: string[], r: number, filled: { c: number; span: number }[]) => {
    table ??= { rows: [], first: Infinity, last: -1, covered: new Set() };
    table.rows.push(row);
    for (const c of grid.covered(r)) table.covered.add(c);
    for (const { c, span } of filled) {
      table.first = Math.min(table.first, c);
      table.last = Math.max(table.last, c + span - 1);
    }
  };

  grid.rows.forEach((row, r) => {
    const filled = row.flatMap((text, c) => (text === "" ? [] : [{ text, c, span: grid.colspan(r, c) }]));
    if (filled.length === 0) return endTable();
    if (filled.length === 1) {
      const cell = filled[0]!;
      if (table && !readsAsText(cell, table)) addRow(row, r, filled);
      else line(cell.text);
      return;
    }
    if (isLabelLine(filled.map((f) => f.text))) return line(filled.map((f) => f.text).join(" "));
    addRow(row, r, filled);
  });
  endTable();
  return blocks;
}

interface TableDraft {
  rows: string[][];
  /** The first and last column the table's cells (merged ones to their end) reach. */
  first: number;
  last: number;
  /** Columns a merged cell covers in some row. */
  covered: Set<number>;
}

function readsAsText({ text, c, span }: { text: string; c: number; span: number }, table: TableDraft): boolean {
  if (NOTE.test(text) || UNIT_LINE.test(text) || TITLE.test(text) || text.length >= 60) return true;
  const covered = Math.min(c + span - 1, table.last) - Math.max(c, table.first) + 1;
  return span >= 3 && covered >= 0.8 * (table.last - table.first + 1);
}

function isLabelLine(cells: string[]): boolean {
  if (cells.length > 4 || cells.some((c) => AMOUNT.test(c))) return false;
  return cells.every((c) => LABELLED.test(c)) || cells.some((c) => UNIT_LINE.test(c));
}

/**
 * The table without the columns that hold nothing in any row: the margin before it, the sheet's
 * width after it, and, inside it, a column only merged cells run over (a name merged across B:C
 * in every row). An inner column that is merely blank in every row stays: it may be a column of
 * amounts none of which is filled.
 */
function dropEmptyColumns({ rows, covered }: TableDraft): string[][] {
  const width = rows[0]?.length ?? 0; // a sheet grid's rows are all as wide
  const used = (c: number) => rows.some((row) => row[c] !== "");
  let first = 0;
  while (first < width && !used(first)) first++;
  let last = width - 1;
  while (last > first && !used(last)) last--;
  const keep: number[] = [];
  for (let c = first; c <= last; c++) if (used(c) || !covered.has(c)) keep.push(c);
  return rows.map((row) => keep.map((c) => row[c] ?? ""));
}
