import { AmountFormatError, parseAmount } from "@/lib/money";
import { type CarryOver, isReadOnlyCell } from "@/lib/disclosure/carry-over";
import type { DisclosureTable, SourceUnit, TableRow, ValueColumn } from "@/lib/disclosure/schema";
import { cellOf, type CellRef, sumAncestors } from "@/lib/disclosure/table-sums";
import { officialName } from "./classification";
import type { HeadingContext } from "@/lib/disclosure/column-headings";
import { columnName, rowTitle } from "./labels";
import { blankValues } from "@/lib/disclosure/blank-template";
import { gridColumns, insertRow, rowHasColumn } from "./table-rows";

export type PasteResult = { ok: true; table: DisclosureTable } | { ok: false; message: string };

/** What a paste is read with: the unit typed in, the cells it may not change, the document's year and kind (which name its columns). */
export interface PasteSetting {
  unit: SourceUnit;
  readOnly: CarryOver["readOnly"];
  context: HeadingContext;
}

/** Tab-separated lines as copied from Excel or WPS; the trailing line break dropped. */
export function splitClipboard(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\n+$/, "")
    .split("\n")
    .map((line) => line.split("\t"));
}

export const isBlock = (text: string) => /[\t\n]/.test(text.replace(/\r?\n$/, ""));

class PasteError extends Error {}

function rowPlace(table: DisclosureTable, row: TableRow, index: number): string {
  const label = rowTitle(table.kind, row);
  return `第 ${index + 1} 行${label ? `（${label}）` : ""}`;
}

function parseCell(text: string, unit: SourceUnit, where: string): string | null {
  try {
    return parseAmount(text, unit);
  } catch (e) {
    if (e instanceof AmountFormatError) throw new PasteError(`${where}：${e.message}`);
    throw e;
  }
}

/** The row with the pasted cells from `firstColumn` on, and the columns pasted into. */
function setCells(
  table: DisclosureTable,
  row: TableRow,
  index: number,
  firstColumn: number,
  cells: string[],
  { unit, readOnly, context }: PasteSetting,
): { row: TableRow; entered: ValueColumn[] } {
  const columns = gridColumns(table.kind);
  const values = { ...row.values } as Record<string, string | null>;
  const entered: ValueColumn[] = [];
  cells.forEach((text, j) => {
    const column = columns[firstColumn + j];
    if (column === undefined) throw new PasteError(`${rowPlace(table, row, index)}：粘贴的内容比表格多出 ${firstColumn + cells.length - columns.length} 列`);
    const where = `${rowPlace(table, row, index)}“${columnName(context, table.kind, column, row.side)}”列`;
    const value = parseCell(text, unit, where);
    if (!rowHasColumn(table.kind, row, column)) {
      if (value !== null) throw new PasteError(`${where}：该行没有这一列`);
      return;
    }
    if (value !== cellOf(row, column)) {
      if (isReadOnlyCell(readOnly, table.kind, column, row)) throw new PasteError(`${where}：此格只读（上年数取自上年公开文件或导入的原文），不能修改`);
      values[column] = value;
    }
    entered.push(column);
  });
  return { row: { ...row, values }, entered };
}

/** The paste applied whole, with the rows above the pasted cells summed; or why it was refused. */
function attempt(run: () => { table: DisclosureTable; entered: CellRef[] }, readOnly: CarryOver["readOnly"]): PasteResult {
  try {
    const { table, entered } = run();
    return { ok: true, table: sumAncestors(table, entered, readOnly) };
  } catch (e) {
    if (e instanceof PasteError) return { ok: false, message: e.message };
    throw e;
  }
}

/** A block pasted on an amount cell fills the grid from that cell right and down; all or nothing. */
export function pasteValues(table: DisclosureTable, rowIndex: number, columnIndex: number, text: string, setting: PasteSetting): PasteResult {
  const lines = splitClipboard(text);
  return attempt(() => {
    const room = table.rows.length - rowIndex;
    if (lines.length > room) throw new PasteError(`粘贴的内容有 ${lines.length} 行，从第 ${rowIndex + 1} 行起表格只有 ${room} 行，请先添加行或从编码列粘贴整行`);
    const rows = [...table.rows];
    const entered: CellRef[] = [];
    lines.forEach((cells, i) => {
      const set = setCells(table, rows[rowIndex + i]!, rowIndex + i, columnIndex, cells, setting);
      rows[rowIndex + i] = set.row;
      entered.push(...set.entered.map((column) => ({ row: rowIndex + i, column })));
    });
    return { table: { ...table, rows }, entered };
  }, setting.readOnly);
}

/**
 * Whole rows pasted on the 科目编码 column: code, name, then the amounts. A code already in the
 * table updates that row; a new one is inserted in code order, named from the pasted name or
 * the official list.
 */
export function pasteRows(table: DisclosureTable, text: string, setting: PasteSetting): PasteResult {
  const lines = splitClipboard(text);
  return attempt(() => {
    let rows = [...table.rows];
    // by row, since an inserted row moves the ones below it
    const entered = new Map<TableRow, ValueColumn[]>();
    lines.forEach((cells, i) => {
      const [rawCode = "", rawName = "", ...amounts] = cells.map((c) => c.trim());
      const code = rawCode === "合计" ? "total" : rawCode.replace(/\s+/g, "");
      if (!code && !rawName) throw new PasteError(`粘贴内容第 ${i + 1} 行：没有科目编码或名称`);
      const at = rows.findIndex((r) => r.side === undefined && (code ? r.code === code : r.name === rawName));
      const name = rawName || officialName(table.kind, code) || undefined;
      const existing: TableRow = at >= 0 ? rows[at]! : { ...(code ? { code } : {}), ...(name ? { name } : {}), values: blankValues(table.kind) };
      const index = at >= 0 ? at : rows.length;
      const { row: filled, entered: columns } = setCells(table, { ...existing, ...(name ? { name } : {}) }, index, 0, amounts, setting);
      const before = at >= 0 ? (entered.get(rows[at]!) ?? []) : [];
      if (at >= 0) entered.delete(rows[at]!);
      entered.set(filled, [...before, ...columns]);
      rows = at >= 0 ? rows.map((r, k) => (k === at ? filled : r)) : insertRow(rows, filled);
    });
    return { table: { ...table, rows }, entered: [...entered].flatMap(([row, columns]) => columns.map((column) => ({ row: rows.indexOf(row), column }))) };
  }, setting.readOnly);
}
