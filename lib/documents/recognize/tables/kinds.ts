import type { TableKind } from "@/lib/disclosure/schema";
import { compact } from "../lines";

/** What a titled block of the document holds: a table of the format, or one the importer reads differently. */
export type SegmentKind = TableKind | "overall_performance" | "project_performance" | "self_evaluation" | "project_list" | "unknown";

const PREFIX = /^(?:附件|附表|表)[一二三四五六七八九十\d]*[：:、.．]?/;
const SUFFIX = /(?:[（(][^（）()]*[)）]|[-－—]\d+)$/;

/** The title without 表一：/附件 1 prefixes, (续)/（一级项目）/-1 suffixes and spaces. */
export function canonicalTitle(title: string): string {
  let text = compact(title).replace(PREFIX, "");
  while (SUFFIX.test(text)) text = text.replace(SUFFIX, "");
  return text;
}

/** The kind a table title names, recognised by keywords; null when the text is not a table title. */
export function classifyTitle(title: string): SegmentKind | null {
  const t = canonicalTitle(title);
  const gov = govEconomic(compact(title));
  if (!t.endsWith("表") || t.length < 4 || t.length > 80 || /[。；;，,]/.test(t)) return null;
  // a 决算's 绩效自评表 (项目支出绩效自评表, 部门整体支出绩效自评表, 绩效自评结果汇总表)
  if (/绩效(自评|自我评价)/.test(t)) return "self_evaluation";
  if (t.includes("绩效")) return t.includes("项目") && !t.includes("整体") ? "project_performance" : "overall_performance";
  if (t.includes("三公")) return "three_public";
  if (t.includes("采购")) return "procurement";
  if (t.includes("基本支出")) return gov ? "basic_gov_economic" : "basic_economic";
  if (/项目(支出)?(预算)?(明细|清单)/.test(t)) return "project_list";
  if (t.includes("项目支出")) return gov ? "project_gov_economic" : "project_economic";
  if (t.includes("政府性基金")) return "gov_fund";
  if (t.includes("国有资本经营")) return "state_capital";
  if (/(收支|收入支出)(预算|决算)?总表/.test(t)) return t.includes("财政拨款") ? "fiscal_summary" : "income_expenditure_summary";
  if (t.includes("一般公共预算") && t.includes("支出")) return "general_budget_function";
  // 决算 titles: 收入决算表, 支出决算表
  if (/收入(预算|决算)?总表$|收入决算表$/.test(t)) return "income_summary";
  if (/支出(预算|决算)?总表$|支出决算表$/.test(t)) return "expenditure_summary";
  return /预算|决算|收入|支出|经费|资产|明细|情况/.test(t) ? "unknown" : null;
}

function govEconomic(title: string): boolean {
  return /政府(预算)?(支出)?经济分类/.test(title);
}
