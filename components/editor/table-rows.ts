import { rowColumns } from "@/lib/disclosure/canonical";
import { TABLE_COLUMNS, type TableKind, type TableRow, type ValueColumn } from "@/lib/disclosure/schema";
import { cellOf } from "@/lib/disclosure/table-sums";
import { CLASS_CODE } from "@/lib/rules/tables";

/**
 * Inserts a coded row where the classification puts it: codes compare as strings, which orders
 * 201 < 20103 < 2010301 < 20104 < 202, the tree read top-down. Uncoded rows go at the end.
 */
export function insertRow(rows: TableRow[], row: TableRow): TableRow[] {
  const code = row.code;
  if (code === undefined || !CLASS_CODE.test(code)) return [...rows, row];
  const coded = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.code !== undefined && CLASS_CODE.test(r.code));
  const next = coded.find(({ r }) => (r.code ?? "") > code);
  const at = next ? next.i : coded.length ? coded[coded.length - 1]!.i + 1 : rows.length;
  return [...rows.slice(0, at), row, ...rows.slice(at)];
}

const THREE_PUBLIC_ROWS: Partial<Record<TableKind, string[]>> = { three_public: ["prior", "current"], final_three_public: ["budget", "final"] };
/** A row every table of its kind has: the 合计, the 三公 table's 上年/本年 rows. It cannot be deleted. */
export const isFixedRow = (kind: TableKind, row: TableRow) => row.code === "total" || (row.name !== undefined && (THREE_PUBLIC_ROWS[kind]?.includes(row.name) ?? false));

export const gridColumns = (kind: TableKind): readonly ValueColumn[] => TABLE_COLUMNS[kind];

/** Whether a row of this table carries the column (a fiscal_summary income row has only 金额). */
export function rowHasColumn(kind: TableKind, row: TableRow, column: ValueColumn): boolean {
  return rowColumns(kind, row.side).includes(column) || cellOf(row, column) !== null;
}
