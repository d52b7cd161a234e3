import { rowColumns } from "@/lib/disclosure/canonical";
import type { TableKind, TableRow, ValueColumn } from "@/lib/disclosure/schema";

/**
 * The columns that say how much a row is, in order of preference: 合计/总计 where the row has
 * one, else its single amount (the 收支总表 and the 收入 side of 财政拨款收支总表). Every table
 * kind's rows hold one of them, so the database sorts by the first of these that is filled.
 */
export const PRINCIPAL_COLUMNS = ["total", "amount"] as const satisfies readonly ValueColumn[];

/** The column a row's amount is read from, for the row search's sorting, ranking and its 金额 column. */
export function principalColumn(kind: TableKind, side?: TableRow["side"]): ValueColumn {
  const columns = rowColumns(kind, side);
  return PRINCIPAL_COLUMNS.find((c) => columns.includes(c)) ?? columns[0]!;
}

/** The row's amount in 元 as stored, or null for a blank cell. */
export function principalAmount(kind: TableKind, side: TableRow["side"], values: Partial<Record<ValueColumn, string | null>>): string | null {
  return values[principalColumn(kind, side)] ?? null;
}
