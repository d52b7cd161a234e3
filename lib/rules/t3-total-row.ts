import type { DisclosureDocument, DisclosureTable, Finding, TableRow } from "@/lib/disclosure/schema";
import { finding, gapMessage } from "./finding";
import { columnLabel, tableLabel } from "./labels";
import { cell, classCode, columnsOf, isTotalRow, rowKey, rowLabel } from "./tables";
import { sumGap } from "./tolerance";

/**
 * T3: the 合计 row equals the sum of the top-level rows: the 类 (3-digit codes) of a classified
 * table, or every other row of an uncoded list. Two-sided summary tables are left to X1.
 */
export function checkTotalRows(doc: DisclosureDocument): Finding[] {
  return doc.tables.filter((t) => !t.rows.some((r) => r.side !== undefined)).flatMap((t) => checkTable(doc, t));
}

function topLevelRows(table: DisclosureTable, total: TableRow): TableRow[] {
  const coded = table.rows.filter((r) => classCode(r) !== undefined);
  if (coded.length === 0) return table.rows.filter((r) => r !== total && !isTotalRow(r));
  const top = Math.min(...coded.map((r) => classCode(r)?.length ?? 7));
  return coded.filter((r) => classCode(r)?.length === top);
}

function checkTable(doc: DisclosureDocument, table: DisclosureTable): Finding[] {
  const total = table.rows.find(isTotalRow);
  if (total === undefined) return [];
  const top = topLevelRows(table, total);
  if (top.length === 0) return [];
  const level = classCode(top[0] as TableRow) === undefined ? "各行" : `各${levelName(top[0] as TableRow)}`;
  return columnsOf(table).flatMap((column) => {
    const gap = sumGap(cell(total, column), top.map((r) => cell(r, column)), doc.sourceUnit);
    if (gap === null) return [];
    const subject = `${tableLabel(table.kind)}${rowLabel(total)}“${columnLabel(column)}”列`;
    return [finding("T3", gap.severity, { table: table.kind, row: rowKey(total), column }, gapMessage(subject, gap, `${level}之和`, doc.sourceUnit))];
  });
}

function levelName(row: TableRow): string {
  const length = classCode(row)?.length;
  return length === 3 ? "类" : length === 5 ? "款" : "项";
}
