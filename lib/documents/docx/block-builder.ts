import type { Block } from "../model";
import { cleanLine, joinLines } from "./join-lines";
import { expandSpans, MAX_SPAN, rowspansFromMerges, type MergeCell, type SpanCell } from "./span-grid";

/** How a paragraph's style makes it stand: a heading, body text, or an entry of a table of contents (left out). */
export type ParagraphRole = "heading" | "paragraph" | "contents";

/** What a cell holds, in order: lines of text and the tables nested in it. */
type CellItem = string | TableDraft;

export interface CellDraft extends MergeCell {
  items: CellItem[];
}

export interface RowDraft {
  cells: CellDraft[];
  /** Grid columns left empty before the first cell and after the last (`w:gridBefore`, `w:gridAfter`). */
  gridBefore: number;
  gridAfter: number;
  /** A row deleted with tracked changes on. */
  deleted: boolean;
}

interface TableDraft {
  rows: CellDraft[][];
  row: RowDraft | null;
  cell: CellDraft | null;
}

/**
 * The blocks of a document told paragraph by paragraph and table by table, as they stand: headings
 * (a line break in one joins its lines), paragraphs (a line break starts a new one), tables as
 * grids with their merged cells expanded. A table of one cell or one column is a frame around text,
 * not a table: its content stands as paragraphs (and as the tables nested in it). A table nested
 * in a cell of a real table is flattened into the cell's text. Everything is on page 1.
 */
export class BlockBuilder {
  readonly blocks: Block[] = [];
  private readonly tables: TableDraft[] = [];

  /** A paragraph's lines (split where it has line breaks), in the open cell if there is one. */
  paragraph(lines: readonly string[], role: ParagraphRole): void {
    if (role === "contents") return;
    const cell = this.tables.at(-1)?.cell;
    if (cell) {
      for (const line of lines) if (line.trim() !== "") cell.items.push(line);
    } else if (role === "heading") {
      this.text("heading", joinLines(lines));
    } else {
      for (const line of lines) this.text("paragraph", cleanLine(line));
    }
  }

  openTable(): void {
    this.tables.push({ rows: [], row: null, cell: null });
  }

  /** The new row, for its properties; null outside a table. */
  openRow(): RowDraft | null {
    const table = this.tables.at(-1);
    if (!table) return null;
    closeRow(table);
    return (table.row = newRow());
  }

  /** The new cell, for its spans; null outside a table. */
  openCell(): CellDraft | null {
    const table = this.tables.at(-1);
    if (!table) return null;
    closeCell(table);
    return (table.cell = newCell());
  }

  closeCell(): void {
    const table = this.tables.at(-1);
    if (table) closeCell(table);
  }

  closeRow(): void {
    const table = this.tables.at(-1);
    if (table) closeRow(table);
  }

  closeTable(): void {
    const table = this.tables.pop();
    if (!table) return;
    closeRow(table);
    table.rows = rowspansFromMerges(table.rows);
    const outer = this.tables.at(-1)?.cell;
    if (outer) outer.items.push(table);
    else this.blocks.push(...tableBlocks(table));
  }

  private text(type: "heading" | "paragraph", text: string): void {
    if (text !== "") this.blocks.push({ type, page: 1, text });
  }
}

function newRow(): RowDraft {
  return { cells: [], gridBefore: 0, gridAfter: 0, deleted: false };
}

function newCell(): CellDraft {
  return { items: [], colspan: 1, rowspan: 1, continuesAbove: false };
}

function closeCell(table: TableDraft): void {
  if (!table.cell) return;
  (table.row ??= newRow()).cells.push(table.cell);
  table.cell = null;
}

function closeRow(table: TableDraft): void {
  closeCell(table);
  const row = table.row;
  table.row = null;
  if (!row || row.deleted) return;
  const empty = (n: number) => Array.from({ length: Math.min(n, MAX_SPAN) }, newCell);
  table.rows.push([...empty(row.gridBefore), ...row.cells, ...empty(row.gridAfter)]);
}

/** A top-level table: a grid, or the content of a frame. */
function tableBlocks(table: TableDraft): Block[] {
  const cells = table.rows.flat();
  if (table.rows.every((row) => row.length <= 1)) return cells.flatMap(frameContent);
  const rows = gridOf(table);
  return rows.length > 0 ? [{ type: "table", page: 1, rows }] : [];
}

function frameContent(cell: CellDraft): Block[] {
  return cell.items.flatMap((item): Block[] => {
    if (typeof item !== "string") return tableBlocks(item);
    const text = cleanLine(item);
    return text ? [{ type: "paragraph", page: 1, text }] : [];
  });
}

/** The table's grid, merged cells expanded, rows with no text at all left out. */
function gridOf(table: TableDraft): string[][] {
  const rows = table.rows.map((row) => row.map((cell): SpanCell => ({ text: cellText(cell), colspan: cell.colspan, rowspan: cell.rowspan })));
  return expandSpans(rows).filter((row) => row.some((c) => c !== ""));
}

/** A cell's lines joined (see joinLines); a nested table's cells follow, separated by spaces. */
function cellText(cell: CellDraft): string {
  const parts: string[] = [];
  let lines: string[] = [];
  const flush = () => {
    parts.push(joinLines(lines));
    lines = [];
  };
  for (const item of cell.items) {
    if (typeof item === "string") {
      lines.push(item);
    } else {
      flush();
      parts.push(gridOf(item).map((row) => row.filter((c) => c !== "").join(" ")).join(" "));
    }
  }
  flush();
  return parts.filter((p) => p !== "").join(" ");
}
