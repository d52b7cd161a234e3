import { columnHeading } from "@/lib/disclosure/column-headings";
import { tableColumnLabel } from "@/lib/disclosure/labels";
import type { DisclosureDocument, TableKind, TableRow } from "@/lib/disclosure/schema";

export { COLUMN_LABELS, RULE_LABELS, TABLE_LABELS, columnLabel, rowName, tableLabel } from "@/lib/disclosure/labels";

/**
 * A column as a finding names it: its printed heading (上年数 is “2024年预算数” in a 2025 budget), the
 * 三公 公务用车 subtotal in full rather than the bare 小计 it is printed as under its group; in a
 * 收支总表, as the half of the row prints it (支出: 合计).
 */
export function columnName(doc: Pick<DisclosureDocument, "year" | "kind">, table: TableKind, column: string, side?: TableRow["side"]): string {
  if (column === "vehicleSubtotal") return tableColumnLabel(table, column);
  return columnHeading({ table, column, side, year: doc.year, kind: doc.kind }).heading;
}
