import { rowColumns } from "@/lib/disclosure/canonical";
import { TABLE_COLUMNS, type TableKind, type TableRow, type ValueColumn } from "@/lib/disclosure/schema";

export type RowValues = Partial<Record<ValueColumn, string | null>>;

/**
 * A stored row's amounts as budget-disclosure/v1 gives them: the columns of its table kind (and
 * side) with null for a blank cell, plus any other column of the kind that holds an amount.
 */
export function rowValues(kind: TableKind, side: TableRow["side"], stored: Readonly<Record<string, string | null>>): RowValues {
  const columns = new Set<ValueColumn>(rowColumns(kind, side));
  for (const c of TABLE_COLUMNS[kind]) if (stored[c] !== null && stored[c] !== undefined) columns.add(c);
  return Object.fromEntries(TABLE_COLUMNS[kind].filter((c) => columns.has(c)).map((c) => [c, stored[c] ?? null]));
}
