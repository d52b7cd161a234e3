import type { CarryOver } from "@/lib/disclosure/carry-over";
import { type DisclosureDocument, findTable, type TableKind, type ValueColumn } from "@/lib/disclosure/schema";

/**
 * The columns that hold last year's figures (上年数). The “三公” table keeps its 上年 as a row of
 * the same columns as 本年, and read-only goes by column, so it stays editable like 本年.
 */
const PRIOR_COLUMNS: readonly { table: TableKind; column: ValueColumn }[] = [{ table: "general_budget_function", column: "prior" }];

/**
 * What an imported draft keeps read-only in the editor: the 上年数 columns the file printed figures
 * in, as they were published last year; nothing to confirm. Undefined when the file has none.
 */
export function importedCarryOver(doc: Pick<DisclosureDocument, "tables">): CarryOver | undefined {
  const readOnly = PRIOR_COLUMNS.filter(({ table, column }) => findTable(doc, table)?.rows.some((r) => (r.values[column] ?? null) !== null));
  return readOnly.length > 0 ? { from: null, readOnly, marks: [] } : undefined;
}
