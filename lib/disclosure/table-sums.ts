import Decimal from "decimal.js";
import { classCode } from "@/lib/rules/tables";
import { type DisclosureTable, TABLE_COLUMNS, type TableRow, type ValueColumn } from "./schema";

/** A cell of a row, in 元; null when blank or absent. */
export const cellOf = (row: TableRow, column: ValueColumn): string | null => (row.values as Partial<Record<ValueColumn, string | null>>)[column] ?? null;

export interface ComputedCell {
  /** Σ of the row's children (or of the 类 for the 合计 row), in 元 */
  sum: string;
  /** the typed value is not the sum (a blank typed value differs from any sum) */
  differs: boolean;
}
export type ComputedRow = Partial<Record<ValueColumn, ComputedCell>>;

function childrenOf(rows: TableRow[], row: TableRow): TableRow[] {
  const code = row.code ?? "";
  const coded = rows.filter((r) => r.side === row.side && classCode(r) !== undefined);
  if (code === "total") return coded.filter((r) => r.code!.length === 3);
  if (classCode(row) === undefined || code.length === 7) return [];
  const direct = coded.filter((r) => r.code!.length === code.length + 2 && r.code!.startsWith(code));
  return direct.length || code.length !== 3 ? direct : coded.filter((r) => r.code!.length === 7 && r.code!.startsWith(code));
}

/**
 * Live sums of a table: each 类 = Σ 款 (or Σ 项 when it lists no 款), each 款 = Σ 项, the 合计
 * row = Σ 类; keyed by row index. Rows without children, and columns where every child is
 * blank, have no computed value.
 */
export function computedSums(table: DisclosureTable): Map<number, ComputedRow> {
  const out = new Map<number, ComputedRow>();
  table.rows.forEach((row, index) => {
    const children = childrenOf(table.rows, row);
    if (children.length === 0) return;
    const computed: ComputedRow = {};
    for (const column of TABLE_COLUMNS[table.kind]) {
      const given = children.map((c) => cellOf(c, column)).filter((v): v is string => v !== null);
      if (given.length === 0) continue;
      const sum = given.reduce((acc, v) => acc.plus(v), new Decimal(0));
      const typed = cellOf(row, column);
      computed[column] = { sum: sum.toFixed(2), differs: typed === null || !sum.equals(typed) };
    }
    out.set(index, computed);
  });
  return out;
}

/** The table with every computed parent and 合计 cell set to its sum. */
export function fillComputed(table: DisclosureTable): DisclosureTable {
  let rows = table.rows;
  // deepest level first, so that a 类 sums 款 already filled from their 项
  for (const length of [5, 3, 0]) {
    const sums = computedSums({ ...table, rows });
    rows = rows.map((row, i) => {
      const matches = length === 0 ? row.code === "total" : classCode(row)?.length === length;
      const computed = sums.get(i);
      if (!matches || !computed) return row;
      const values = { ...row.values };
      for (const [column, cell] of Object.entries(computed)) (values as Record<string, string | null>)[column] = cell.sum;
      return { ...row, values };
    });
  }
  return { ...table, rows };
}
