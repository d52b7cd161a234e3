import type { SourceUnit } from "@/lib/disclosure/schema";
import { AmountFormatError, parseAmount } from "@/lib/money";
import { ImportError } from "@/lib/documents/errors";
import type { Issues } from "../issues";
import type { Line } from "../lines";
import type { Column } from "./grid";

/** What a table parser needs to know about the document and the table it reads. */
export interface TableContext {
  fileName: string;
  title: string;
  /** The kind the table is read as, for findings; the printed title when it has none. */
  table: string;
  unit: SourceUnit;
  year: number;
  issues: Issues;
}

/**
 * An amount cell as a 元 string (null when blank). A cell that is not an amount is left blank and
 * reported (I1) with its row, column, page and the text as printed: one odd cell never refuses a
 * document.
 */
export function amountAt(
  ctx: TableContext,
  row: Line,
  rowNumber: number,
  rowLabel: string,
  column: Column,
  unit: SourceUnit = ctx.unit,
): string | null {
  const cell = row.cells![column.index] ?? "";
  try {
    return parseAmount(cell, unit);
  } catch (error) {
    if (!(error instanceof AmountFormatError)) throw error;
    const columnName = column.printed || `第 ${column.index + 1} 列`;
    ctx.issues.add(
      { table: ctx.table, row: rowLabel || `第 ${rowNumber} 行`, column: columnName, page: row.page },
      `“${ctx.title}”第 ${rowNumber} 行（${rowLabel}）“${columnName}”列的“${cell.trim()}”不是金额，已留空：${error.message}`,
    );
    return null;
  }
}

/** A row the table parser could not place: reported (I1) and left out. */
export function unplacedRow(ctx: TableContext, row: Line, rowNumber: number, problem: string): void {
  ctx.issues.add(
    { table: ctx.table, row: `第 ${rowNumber} 行`, page: row.page },
    `“${ctx.title}”第 ${rowNumber} 行未能读取（${problem}），原文：“${row.cells?.filter((c) => c !== "").join(" | ") ?? row.text}”`,
  );
}

/** A table that cannot be read as its kind: the caller keeps it as printed (kind other). */
export function tableError(ctx: TableContext, problem: string, line?: number): ImportError {
  return new ImportError({ fileName: ctx.fileName, table: ctx.title, line }, problem);
}
