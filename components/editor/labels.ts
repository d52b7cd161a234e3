import type { SectionKey, TableKind, TableRow } from "@/lib/disclosure/schema";
import { INDICATOR_LABELS, tableColumnLabel } from "@/lib/disclosure/labels";

export { tableLabel } from "@/lib/rules/labels";

/** Column headers as the published budget tables print them (the 决算 tables': tableColumnLabel). */
const HEADERS: Partial<Record<TableKind, Record<string, string>>> = {
  general_budget_function: { prior: "上年预算数", total: "总计" },
  income_expenditure_summary: { amount: "预算数" },
  fiscal_summary: { amount: "预算数（收入）", total: "合计（支出）" },
  three_public: { total: "合计", vehicleSubtotal: "公务用车购置及运行费小计" },
  procurement: { total: "合计" },
  basic_economic: { total: "合计" },
};

export function columnHeader(kind: TableKind, column: string): string {
  return HEADERS[kind]?.[column] ?? tableColumnLabel(kind, column);
}

export const SECTION_LABELS: Record<SectionKey, string> = {
  functions: "职能职责",
  structure: "单位构成",
  overview: "部门收支总体情况",
  budgetNotes: "部门预算情况说明",
  threePublicNotes: "“三公”经费情况说明",
  otherNotes: "其他重要事项的情况说明",
  glossary: "专业性名词解释",
  fiscalNotes: "财政拨款支出决算情况说明",
  operatingNotes: "机关运行经费支出情况说明",
  procurementNotes: "政府采购支出情况说明",
  assetsNotes: "国有资产占用情况说明",
  performanceNotes: "预算绩效情况说明",
};

export const SIDE_LABELS = { income: "收入", expenditure: "支出" } as const;

const ROW_NAMES: Partial<Record<TableKind, Record<string, string>>> = {
  three_public: { prior: "上年预算", current: "本年预算" },
  final_three_public: { budget: "预算数", final: "决算数" },
};

/** How a row is named on screen: 合计 for the total row, the 三公 rows by their meaning. */
export function rowDisplayName(kind: TableKind, row: TableRow): string {
  const names = ROW_NAMES[kind];
  if (names && row.name && Object.hasOwn(names, row.name)) return names[row.name]!;
  return row.name ?? "";
}

export function rowDisplayCode(row: TableRow): string {
  return row.code === "total" ? "合计" : (row.code ?? "");
}

/** A row as a person names it: “2010301 行政运行”, “合计”. */
export function rowTitle(kind: TableKind, row: TableRow): string {
  if (row.code === "total") return "合计";
  return [row.code, rowDisplayName(kind, row)].filter(Boolean).join(" ");
}

export const SEVERITY_LABELS = { error: "错误", warning: "警告", rounding: "尾差", info: "提示" } as const;

export const INDICATOR_HEADERS = Object.values(INDICATOR_LABELS);
