import type { DisclosureDocument, DisclosureTable, Finding, TableKind, TableRow } from "@/lib/disclosure/schema";
import { standardTables, TABLE_COLUMNS } from "@/lib/disclosure/schema";
import { finding, gapMessage } from "./finding";
import type { Dec } from "./money";
import { columnName, tableLabel } from "./labels";
import { cell, rowKey, rowLabel } from "./tables";
import { sumGap } from "./tolerance";

export interface Relation {
  total: string;
  parts: readonly string[];
}

const BASIC_PROJECT: Relation[] = [{ total: "total", parts: ["basic", "project"] }];

/** The row arithmetic of each table kind: a total column and the columns it sums. */
export const ROW_RELATIONS: Partial<Record<TableKind, Relation[]>> = {
  expenditure_summary: BASIC_PROJECT,
  general_budget_function: BASIC_PROJECT,
  gov_fund: BASIC_PROJECT,
  state_capital: BASIC_PROJECT,
  basic_economic: [{ total: "total", parts: ["personnel", "publicUse"] }],
  three_public: [
    { total: "total", parts: ["outbound", "vehicleSubtotal", "reception"] },
    { total: "vehicleSubtotal", parts: ["vehiclePurchase", "vehicleOperation"] },
  ],
  procurement: [{ total: "total", parts: ["goods", "works", "services"] }],
  income_summary: [{ total: "total", parts: TABLE_COLUMNS.income_summary.filter((c) => c !== "total") }],
  fiscal_summary: [{ total: "total", parts: ["generalBudget", "govFund", "stateCapital"] }],
};

/** T2: within each row, a total column equals the sum of its component columns. */
export function checkRowArithmetic(doc: DisclosureDocument): Finding[] {
  return standardTables(doc).flatMap((table) =>
    (ROW_RELATIONS[table.kind] ?? [])
      .filter((rel) => printsParts(table, rel))
      .flatMap((rel) => table.rows.flatMap((row) => checkRow(doc, table, row, rel))),
  );
}

/**
 * A table that prints none of a relation's parts in any row does not have those columns (a 基本支出表
 * printed as 人员经费 | 公用经费 panels carries one 决算数 per code): nothing to add up.
 */
function printsParts(table: DisclosureTable, rel: Relation): boolean {
  return table.rows.some((row) => rel.parts.some((p) => cell(row, p) !== null));
}

function checkRow(doc: DisclosureDocument, table: DisclosureTable, row: TableRow, rel: Relation): Finding[] {
  const gap = sumGap(cell(row, rel.total), rel.parts.map((p) => partValue(row, p)), doc.sourceUnit);
  if (gap === null) return [];
  const subject = `${tableLabel(table.kind)}${rowLabel(row)}“${columnName(doc, table.kind, rel.total)}”`;
  const parts = rel.parts.map((p) => columnName(doc, table.kind, p)).join("、");
  return [finding("T2", gap.severity, { table: table.kind, row: rowKey(row), column: rel.total }, gapMessage(subject, gap, `${parts}之和`, doc.sourceUnit))];
}

/** A blank 公务用车 subtotal stands for its two parts, so one slip is reported once, on the subtotal. */
function partValue(row: TableRow, column: string): Dec | null {
  const value = cell(row, column);
  if (value !== null || column !== "vehicleSubtotal") return value;
  const purchase = cell(row, "vehiclePurchase");
  const operation = cell(row, "vehicleOperation");
  if (purchase === null) return operation;
  return operation === null ? purchase : purchase.plus(operation);
}
