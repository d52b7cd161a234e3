import type { SourceUnit } from "@/lib/disclosure/schema";
import { AmountFormatError, parseAmount } from "@/lib/money";
import { ImportError } from "../errors";
import type { Line } from "../lines";
import type { Column } from "./grid";

/** What a table parser needs to know about the document and the table it reads. */
export interface TableContext {
  fileName: string;
  title: string;
  unit: SourceUnit;
  year: number;
}

/** An amount cell as a 元 string (null when blank); a bad cell is an ImportError naming table, row and column. */
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
    throw new ImportError(
      {
        fileName: ctx.fileName,
        table: ctx.title,
        row: { number: rowNumber, label: rowLabel },
        column: column.printed || `第 ${column.index + 1} 列`,
        line: row.no,
      },
      error.message,
    );
  }
}

export function tableError(ctx: TableContext, problem: string, line?: number): ImportError {
  return new ImportError({ fileName: ctx.fileName, table: ctx.title, line }, problem);
}
