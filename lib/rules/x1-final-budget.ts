import type { DisclosureDocument, Finding, TableRow } from "@/lib/disclosure/schema";
import { finding } from "./finding";
import { budgetTitle, type RelatedDocuments } from "./final-budget-figures";
import { formatAmount, ZERO, type Dec } from "./money";
import { columnName, tableLabel } from "./labels";
import { cell, findTable, rowKey, rowLabel } from "./tables";
import { sameFigure } from "./tolerance";

/**
 * X1 across documents: the 年初预算数 a 部门决算 prints equals the published 部门预算 of its department
 * and year — the general-budget table by function code, the 三公 表's 预算数 row.
 */
export function checkAgainstBudget(doc: DisclosureDocument, related: RelatedDocuments): Finding[] {
  const budget = related.budget;
  if (doc.kind !== "final" || !budget) return [];
  return [...generalBudgetByCode(doc, budget), ...threePublicBudget(doc, budget)];
}

function differs(doc: DisclosureDocument, budget: DisclosureDocument, mine: Dec | null, theirs: Dec | null, where: string, reference: string): string {
  const fmt = (v: Dec | null) => formatAmount(v, doc.sourceUnit);
  const diff = (mine ?? ZERO).minus(theirs ?? ZERO).abs();
  return `${budgetTitle(doc)}${where}为 ${fmt(mine)}，与已公开的${budgetTitle(budget)}${reference} ${fmt(theirs)} 不符，相差 ${fmt(diff)}`;
}

function generalBudgetByCode(doc: DisclosureDocument, budget: DisclosureDocument): Finding[] {
  const final = findTable(doc, "final_general_budget_function");
  const rows = final?.rows ?? [];
  if (!rows.some((r) => cell(r, "budgetInitial") !== null)) return [];
  const theirs = new Map<string, TableRow>();
  for (const r of findTable(budget, "general_budget_function")?.rows ?? []) if (r.code && !theirs.has(r.code)) theirs.set(r.code, r);
  const column = columnName(doc, "final_general_budget_function", "budgetInitial");
  return rows.flatMap((row) => {
    if (!row.code) return [];
    const mine = cell(row, "budgetInitial");
    const other = theirs.get(row.code);
    const value = cell(other, "total");
    if (sameFigure(mine, value)) return [];
    const where = `${tableLabel("final_general_budget_function")}${rowLabel(row)}“${column}”`;
    const message = other
      ? differs(doc, budget, mine, value, where, `${tableLabel("general_budget_function")}同一科目`)
      : `${budgetTitle(doc)}${where}为 ${formatAmount(mine, doc.sourceUnit)}，而已公开的${budgetTitle(budget)}${tableLabel("general_budget_function")}没有该科目`;
    return [finding("X1", "error", { table: "final_general_budget_function", row: rowKey(row), column: "budgetInitial" }, message)];
  });
}

const THREE_PUBLIC_COLUMNS = ["total", "outbound", "vehicleSubtotal", "vehiclePurchase", "vehicleOperation", "reception"];

function threePublicBudget(doc: DisclosureDocument, budget: DisclosureDocument): Finding[] {
  const mine = findTable(doc, "final_three_public")?.rows.find((r) => r.name === "budget");
  const theirs = findTable(budget, "three_public")?.rows.find((r) => r.name === "current");
  if (!mine || !theirs) return [];
  return THREE_PUBLIC_COLUMNS.flatMap((column) => {
    const a = cell(mine, column);
    const b = cell(theirs, column);
    if (sameFigure(a, b)) return [];
    const name = columnName(doc, "final_three_public", column);
    return [finding("X1", "error", { table: "final_three_public", row: "budget", column },
      differs(doc, budget, a, b, `${tableLabel("final_three_public")}“${name}”预算数`, `${tableLabel("three_public")}本年“${columnName(budget, "three_public", column)}”`))];
  });
}
