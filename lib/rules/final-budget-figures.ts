import type { DisclosureDocument, TableKind, TableRow } from "@/lib/disclosure/schema";
import type { Dec } from "./money";
import { columnLabel, tableLabel } from "./labels";
import { cell, findTable, totalRow } from "./tables";

/** What a rule of a 部门决算 may compare it with: the published 部门预算 of its department and year. */
export interface RelatedDocuments {
  budget?: DisclosureDocument;
}

/** One figure of an item whose 决算数 is set against its 年初预算数. */
export interface ItemFigure {
  value: Dec | null;
  table: TableKind;
  row: string;
  column: string;
  /** where it is, for messages: “一般公共预算财政拨款支出决算表合计行年初预算数” */
  label: string;
}

/** An item with a budget and a 决算数: the totals, basic, project and each 三公 item. */
export interface BudgetedItem {
  /** the narrative subject it is (narrative-subjects.ts) */
  subject: string;
  label: string;
  actual?: ItemFigure;
  budget?: ItemFigure;
}

const THREE_PUBLIC: [string, string][] = [
  ["threePublic", "total"],
  ["outbound", "outbound"],
  ["vehicleSubtotal", "vehicleSubtotal"],
  ["vehiclePurchase", "vehiclePurchase"],
  ["vehicleOperation", "vehicleOperation"],
  ["reception", "reception"],
];

const THREE_PUBLIC_LABELS: Record<string, string> = {
  total: "“三公”经费",
  outbound: "因公出国（境）费",
  vehicleSubtotal: "公务用车购置及运行维护费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  reception: "公务接待费",
};

const inBudget = (related: RelatedDocuments, kind: TableKind) => (related.budget ? findTable(related.budget, kind) : undefined);

const heading = (column: string) => (column === "total" ? "合计" : (THREE_PUBLIC_LABELS[column] ?? column));

const printedColumn = (rows: TableRow[] | undefined, column: string) => rows?.some((r) => cell(r, column) !== null) ?? false;

function at(kind: TableKind, row: TableRow | undefined, column: string, label: string): ItemFigure | undefined {
  return row ? { value: cell(row, column), table: kind, row: row.code ?? row.name ?? "", column, label } : undefined;
}

/**
 * The budget of each item: the 决算's own 年初预算数 where it prints one (the 三公 表's 预算数 row, a
 * 年初预算数 column), else the related budget's figure.
 */
export function budgetedItems(doc: DisclosureDocument, related: RelatedDocuments = {}): BudgetedItem[] {
  const gbf = findTable(doc, "final_general_budget_function");
  const gbfTotal = totalRow(gbf);
  const budgetGbfTotal = totalRow(inBudget(related, "general_budget_function"));
  const budgetGbfLabel = (column: string) => `已公开的${budgetTitle(related.budget)}${tableLabel("general_budget_function")}合计行${columnLabel(column)}`;
  const gbfLabel = tableLabel("final_general_budget_function");
  const ownInitial = printedColumn(gbf?.rows, "budgetInitial") ? at("final_general_budget_function", gbfTotal, "budgetInitial", `${gbfLabel}合计行年初预算数`) : undefined;
  const fromBudget = (column: string) => at("general_budget_function", budgetGbfTotal, column, budgetGbfLabel(column));
  const items: BudgetedItem[] = [
    { subject: "fiscalExpenditure", label: "一般公共预算财政拨款支出", actual: at("final_general_budget_function", gbfTotal, "total", `${gbfLabel}合计`), budget: ownInitial ?? fromBudget("total") },
    { subject: "basic", label: "一般公共预算财政拨款基本支出", actual: at("final_general_budget_function", gbfTotal, "basic", `${gbfLabel}基本支出合计`), budget: fromBudget("basic") },
    { subject: "project", label: "一般公共预算财政拨款项目支出", actual: at("final_general_budget_function", gbfTotal, "project", `${gbfLabel}项目支出合计`), budget: fromBudget("project") },
  ];
  const three = findTable(doc, "final_three_public");
  const own = three?.rows.find((r) => r.name === "budget");
  const ownPrinted = own !== undefined && Object.values(own.values).some((v) => v !== null && v !== undefined);
  const budgetCurrent = inBudget(related, "three_public")?.rows.find((r) => r.name === "current");
  const threeLabel = tableLabel("final_three_public");
  for (const [subject, column] of THREE_PUBLIC) {
    const name = THREE_PUBLIC_LABELS[column] ?? column;
    const budget =
      ownPrinted || !budgetCurrent
        ? at("final_three_public", own, column, `${threeLabel}“${heading(column)}”预算数`)
        : at("three_public", budgetCurrent, column, `已公开的${budgetTitle(related.budget)}${tableLabel("three_public")}本年“${heading(column)}”`);
    items.push({ subject, label: name, actual: at("final_three_public", three?.rows.find((r) => r.name === "final"), column, `${threeLabel}“${heading(column)}”决算数`), budget });
  }
  return items;
}

/** “2024年部门预算” */
export function budgetTitle(doc: Pick<DisclosureDocument, "year" | "kind"> | undefined): string {
  return doc ? `${doc.year}年部门${doc.kind === "final" ? "决算" : "预算"}` : "";
}
