import type { AnyTable, Finding, Indicator, SelfEvaluation, TableKind } from "./schema";

/** The tables and their columns as the documents name them; `other` is a table kept as printed. */
export const TABLE_LABELS: Record<AnyTable["kind"], string> = {
  income_expenditure_summary: "部门收支总表",
  income_summary: "部门收入总表",
  expenditure_summary: "部门支出总表",
  fiscal_summary: "财政拨款收支总表",
  general_budget_function: "一般公共预算财政拨款支出表",
  basic_economic: "一般公共预算财政拨款基本支出表",
  basic_gov_economic: "基本支出表（政府预算经济分类）",
  project_economic: "项目支出表（部门预算经济分类）",
  project_gov_economic: "项目支出表（政府预算经济分类）",
  three_public: "“三公”经费支出表",
  gov_fund: "政府性基金预算支出表",
  state_capital: "国有资本经营预算支出表",
  procurement: "政府采购预算明细表",
  final_income_expenditure_summary: "收入支出决算总表",
  final_income: "收入决算表",
  final_expenditure: "支出决算表",
  final_fiscal_summary: "财政拨款收入支出决算总表",
  final_general_budget_function: "一般公共预算财政拨款支出决算表",
  final_basic_economic: "一般公共预算财政拨款基本支出决算表",
  final_three_public: "“三公”经费支出决算表",
  final_gov_fund: "政府性基金预算财政拨款支出决算表",
  final_state_capital: "国有资本经营预算财政拨款支出决算表",
  other: "其他表格",
};

/** What a table kept as printed says under its title. */
export const OTHER_TABLE_NOTICE = "（按原文保留，未纳入一致性检查）";

export const COLUMN_LABELS: Record<string, string> = {
  amount: "金额",
  prior: "上年数",
  total: "总计",
  basic: "基本支出",
  project: "项目支出",
  personnel: "人员经费",
  publicUse: "公用经费",
  generalBudget: "一般公共预算",
  govFund: "政府性基金预算",
  stateCapital: "国有资本经营预算",
  fiscalSpecial: "财政专户管理资金",
  business: "事业收入",
  superiorSubsidy: "上级补助收入",
  affiliated: "附属单位上缴收入",
  businessOperation: "事业单位经营收入",
  other: "其他收入",
  carryover: "上年结转",
  outbound: "因公出国（境）费",
  vehicleSubtotal: "公务用车购置及运行费小计",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  reception: "公务接待费",
  goods: "货物",
  works: "工程",
  services: "服务",
  budgetInitial: "年初预算数",
  budgetAdjusted: "调整预算数",
  fiscal: "财政拨款收入",
  superiorPayment: "上缴上级支出",
  affiliatedSubsidy: "对附属单位补助支出",
  carryoverStart: "年初结转和结余",
  income: "本年收入",
  carryoverEnd: "年末结转和结余",
};

/** Where a 决算 table heads a column otherwise than COLUMN_LABELS (docs/format.md). */
const FINAL_COLUMN_LABELS: Partial<Record<TableKind, Record<string, string>>> = {
  final_income_expenditure_summary: { amount: "决算数" },
  final_income: { total: "本年收入合计", businessOperation: "经营收入" },
  final_expenditure: { total: "本年支出合计", businessOperation: "经营支出" },
  final_fiscal_summary: {
    total: "决算数",
    generalBudget: "一般公共预算财政拨款",
    govFund: "政府性基金预算财政拨款",
    stateCapital: "国有资本经营预算财政拨款",
  },
  final_general_budget_function: { total: "决算数合计" },
  final_basic_economic: { amount: "决算数" },
  final_three_public: { total: "合计" },
  final_gov_fund: { total: "本年支出合计" },
  final_state_capital: { total: "本年支出合计" },
};

export function tableLabel(kind: string): string {
  return (TABLE_LABELS as Record<string, string>)[kind] ?? kind;
}

export function columnLabel(column: string): string {
  return COLUMN_LABELS[column] ?? column;
}

/** A column's header in a table of this kind: the 决算 tables' own terms, else the format's label. */
export function tableColumnLabel(kind: TableKind, column: string): string {
  return FINAL_COLUMN_LABELS[kind]?.[column] ?? columnLabel(column);
}

/** A performance indicator's fields under the headings of the 绩效目标表. */
export const INDICATOR_LABELS: Record<keyof Indicator, string> = {
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  unit: "计量单位",
  operator: "指标性质",
  value: "指标值",
  weight: "权重",
  core: "是否核心指标",
};

/** A 绩效自评 result's fields under the headings of the 项目支出绩效自评表. */
export const SELF_EVALUATION_LABELS: Record<keyof SelfEvaluation, string> = {
  projectCode: "项目编码",
  projectName: "项目名称",
  budget: "年初预算数",
  actual: "全年执行数",
  score: "自评得分",
  grade: "自评等级",
  gaps: "偏差原因及改进措施",
};

/** What each rule checks (DESIGN §5); I1 is the importer's: something seen but not read. */
export const RULE_LABELS: Record<Finding["rule"], string> = {
  T1: "科目层级",
  T2: "行内运算",
  T3: "合计行",
  X1: "表间",
  N1: "说明金额",
  N2: "增减变动",
  P1: "绩效目标",
  R1: "必备表格",
  I1: "导入时未能读取",
};

/** Where the importer saw what a finding is about: 第 N 页. */
export const findingPage = (f: Pick<Finding, "page">): string | undefined => (f.page === undefined ? undefined : `第 ${f.page} 页`);

export const SEVERITY_LABELS: Record<Finding["severity"], string> = { error: "错误", warning: "警告", rounding: "尾差", info: "提示" };

const THREE_PUBLIC_ROWS = new Map([["current", "本年"], ["prior", "上年"], ["budget", "预算数"], ["final", "决算数"]]);

/**
 * A row's name as the document prints it: the 三公 table's rows are 本年 and 上年 (决算: 预算数 and
 * 决算数), a total without a name is 合计.
 */
export function rowName(row: { code?: string | null; name?: string | null }): string {
  if (row.code === "total") return row.name ?? "合计";
  return THREE_PUBLIC_ROWS.get(row.name ?? "") ?? row.name ?? "";
}
