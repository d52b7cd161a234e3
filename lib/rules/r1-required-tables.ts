import { type DisclosureDocument, type DisclosureKind, type Finding, standardTables, type TableKind } from "@/lib/disclosure/schema";
import { finding, type Severity } from "./finding";
import { tableLabel } from "./labels";
import { findTable } from "./tables";

/**
 * 财预〔2016〕143号 (地方预决算公开操作规程) fixes the tables a department publishes: for a budget
 * the eight below; for final accounts the same eight as 决算表 (`final_*`) plus the 国有资本经营预算
 * table added to the 决算 set since 2017. A missing one makes the disclosure non-compliant: `error`.
 * Chongqing's district template also carries the 政府采购预算明细表 with the budget; it is not in
 * the national list, so its absence is a `warning`. Tables kept as printed (`other`) count for none.
 */
const NATIONAL: TableKind[] = [
  "income_expenditure_summary",
  "income_summary",
  "expenditure_summary",
  "fiscal_summary",
  "general_budget_function",
  "basic_economic",
  "three_public",
  "gov_fund",
];

const NATIONAL_FINAL: TableKind[] = [
  "final_income_expenditure_summary",
  "final_income",
  "final_expenditure",
  "final_fiscal_summary",
  "final_general_budget_function",
  "final_basic_economic",
  "final_three_public",
  "final_gov_fund",
  "final_state_capital",
];

const REQUIRED: Record<DisclosureKind, { kind: TableKind; severity: Severity }[]> = {
  budget: [...NATIONAL.map((kind) => ({ kind, severity: "error" as const })), { kind: "procurement", severity: "warning" }],
  final: NATIONAL_FINAL.map((kind) => ({ kind, severity: "error" as const })),
};

const NO_DATA_NOTE = /无数据|无(?:此|该)?[^，。]{0,8}(?:收支|支出|收入|预算|经费|采购)|没有|不涉及|未安排|为空/;

/** R1: the required tables are there, and one published empty says why (“此表无数据”). */
export function checkRequiredTables(doc: DisclosureDocument): Finding[] {
  const out: Finding[] = [];
  for (const { kind, severity } of REQUIRED[doc.kind]) {
    if (!findTable(doc, kind)) {
      out.push(finding("R1", severity, { table: kind }, `缺少${tableLabel(kind)}${severity === "error" ? "（财预〔2016〕143号规定须公开）" : "（重庆市区县部门预算公开模板包含此表，没有数据时应公开空表并注明）"}`));
    }
  }
  for (const table of standardTables(doc)) {
    const empty = table.rows.every((r) => Object.values(r.values).every((v) => v === null || v === undefined));
    if (empty && !NO_DATA_NOTE.test(`${table.note ?? ""}`)) {
      out.push(finding("R1", "warning", { table: table.kind }, `${tableLabel(table.kind)}没有数据，但未注明“本表无数据”及原因`));
    }
  }
  return out;
}
