import type { DisclosureDocument, TableKind, TableRow } from "@/lib/disclosure/schema";
import type { Severity } from "./finding";
import type { Dec } from "./money";
import { cell, classRows, findTable, plainName, sideTotal, totalRow } from "./tables";
import { TABLE_LABELS } from "./labels";
import { sameFigure } from "./tolerance";

/** A table figure a narrative statement can be checked against. */
export interface Figure {
  value: Dec | null;
  table: TableKind;
  row: string;
  column: string;
  /** where it is, for messages: “部门收支总表收入总计” */
  label: string;
}

export interface Subject {
  id: string;
  /** how a reviewer calls it */
  label: string;
  pattern: RegExp;
  current: (doc: DisclosureDocument) => Figure | undefined;
  prior?: (doc: DisclosureDocument) => Figure | undefined;
  /** Severity when the narrative and the table differ; some subjects legitimately may. */
  mismatch?: Severity;
  /** A subject that only opens a scope in which the statements that follow are not checked. */
  silences?: RegExp;
}

function figure(doc: DisclosureDocument, kind: TableKind, row: TableRow | undefined, column: string, label: string): Figure | undefined {
  if (!row || !findTable(doc, kind)) return undefined;
  return { value: cell(row, column), table: kind, row: row.code ?? row.name ?? "", column, label };
}

/** A prior-year figure is known only where the prior row or column is filled in at all. */
function priorFigure(doc: DisclosureDocument, kind: TableKind, row: TableRow | undefined, column: string, label: string): Figure | undefined {
  const f = figure(doc, kind, row, column, label);
  if (!f || f.value !== null) return f;
  const table = findTable(doc, kind);
  const filled = kind === "three_public" ? Object.values(row?.values ?? {}).some((v) => v !== null && v !== undefined) : table?.rows.some((r) => cell(r, column) !== null);
  return filled ? f : undefined;
}

const gbfTotal = (column: string, label: string) => (doc: DisclosureDocument) =>
  (column === "prior" ? priorFigure : figure)(doc, "general_budget_function", totalRow(findTable(doc, "general_budget_function")), column, label);

/** The department total of one side: the two-sided summary, else the income / expenditure table. */
const departmentTotal = (side: "income" | "expenditure") => (doc: DisclosureDocument) => {
  const word = side === "income" ? "收入" : "支出";
  return (
    figure(doc, "income_expenditure_summary", sideTotal(findTable(doc, "income_expenditure_summary"), side), "amount", `部门收支总表${word}总计`) ??
    (side === "income"
      ? figure(doc, "income_summary", totalRow(findTable(doc, "income_summary")), "total", "部门收入总表合计")
      : figure(doc, "expenditure_summary", totalRow(findTable(doc, "expenditure_summary")), "total", "部门支出总表合计"))
  );
};

/**
 * The prior year of a department total is printed nowhere; it is the general budget's prior
 * total when this year the department spends general-budget money only.
 */
const departmentPrior = (side: "income" | "expenditure") => (doc: DisclosureDocument) => {
  const current = departmentTotal(side)(doc);
  const gbf = gbfTotal("total", "")(doc);
  if (!current || !gbf || !sameFigure(current.value, gbf.value)) return undefined;
  return gbfTotal("prior", "一般公共预算财政拨款支出表上年合计")(doc);
};

/** This year's general-budget appropriation: its income row in the fiscal summary (without 上年结转). */
const THIS_YEAR_GENERAL_BUDGET = /^一般公共预算(?:财政)?(?:拨款)?(?:收入|资金)?$/;

/**
 * The general-budget appropriation received: the fiscal summary's income row, else (a budget
 * spends what it receives) the general-budget table's total. A 决算 or a budget with 上年结转
 * receives and spends different amounts.
 */
function fiscalIncome(doc: DisclosureDocument): Figure | undefined {
  const row = findTable(doc, "fiscal_summary")?.rows.find((r) => r.side === "income" && THIS_YEAR_GENERAL_BUDGET.test(plainName(r.name)));
  return figure(doc, "fiscal_summary", row, "amount", "财政拨款收支总表一般公共预算拨款收入") ?? gbfTotal("total", "一般公共预算财政拨款支出表合计")(doc);
}

/** Last year's is printed only as the general-budget table's prior total: usable when this year's income equals its spending. */
function fiscalIncomePrior(doc: DisclosureDocument): Figure | undefined {
  const current = fiscalIncome(doc);
  const spent = gbfTotal("total", "")(doc);
  if (!current || !spent || !sameFigure(current.value, spent.value)) return undefined;
  return gbfTotal("prior", "一般公共预算财政拨款支出表上年合计")(doc);
}

const basicEconomicTotal = (column: string, label: string) => (doc: DisclosureDocument) =>
  figure(doc, "basic_economic", totalRow(findTable(doc, "basic_economic")), column, label);

const threePublic = (column: string) => ({
  current: (doc: DisclosureDocument) => threePublicFigure(doc, "current", column),
  prior: (doc: DisclosureDocument) => threePublicFigure(doc, "prior", column),
});

function threePublicFigure(doc: DisclosureDocument, year: "prior" | "current", column: string): Figure | undefined {
  const row = findTable(doc, "three_public")?.rows.find((r) => r.name === year);
  return (year === "prior" ? priorFigure : figure)(doc, "three_public", row, column, `“三公”经费支出表${year === "prior" ? "上年" : "本年"}`);
}

const procurement = (column: string) => (doc: DisclosureDocument) => {
  const table = findTable(doc, "procurement");
  const row = totalRow(table) ?? (table?.rows.length === 1 ? table.rows[0] : undefined);
  return figure(doc, "procurement", row, column, "政府采购预算明细表合计");
};

/** Fixed subjects; the 类 names of the function classification are added per document. */
const SUBJECTS: Subject[] = [
  { id: "income", label: "收入预算", pattern: /收入预算|(?<=^|[，；：。])收入(?=比|较|同比|与)/g, current: departmentTotal("income"), prior: departmentPrior("income") },
  { id: "expenditure", label: "支出预算", pattern: /支出预算|(?<=^|[，；：。])支出(?=比|较|同比|与)/g, current: departmentTotal("expenditure"), prior: departmentPrior("expenditure") },
  { id: "fiscalIncome", label: "一般公共预算财政拨款收入", pattern: /一般公共预算(?:财政)?拨款收入/g, current: fiscalIncome, prior: fiscalIncomePrior },
  { id: "fiscalExpenditure", label: "一般公共预算财政拨款支出", pattern: /一般公共预算(?:财政)?拨款支出/g, current: gbfTotal("total", "一般公共预算财政拨款支出表合计"), prior: gbfTotal("prior", "一般公共预算财政拨款支出表上年合计") },
  { id: "basic", label: "基本支出", pattern: /基本支出/g, current: gbfTotal("basic", "一般公共预算财政拨款支出表基本支出合计") },
  { id: "personnel", label: "人员经费", pattern: /人员经费/g, current: basicEconomicTotal("personnel", "基本支出表人员经费合计") },
  { id: "publicUse", label: "公用经费", pattern: /(?<!机关运行)公用经费/g, current: basicEconomicTotal("publicUse", "基本支出表公用经费合计") },
  { id: "project", label: "项目支出", pattern: /项目支出|项目经费/g, current: gbfTotal("project", "一般公共预算财政拨款支出表项目支出合计") },
  {
    id: "performanceCovered",
    label: "实行绩效目标管理的项目支出",
    pattern: /绩效目标管理[，,]?涉及一般公共预算(?:当年)?(?:财政)?拨款/g,
    current: gbfTotal("project", "一般公共预算财政拨款支出表项目支出合计"),
    mismatch: "warning",
  },
  { id: "threePublic", label: "“三公”经费", pattern: /“?三公”?经费/g, ...threePublic("total") },
  { id: "outbound", label: "因公出国（境）费", pattern: /因公出国（境）费用?/g, ...threePublic("outbound") },
  { id: "vehicleSubtotal", label: "公务用车购置及运行费", pattern: /公务用车购置及运行(?:维护)?费/g, ...threePublic("vehicleSubtotal") },
  { id: "vehiclePurchase", label: "公务用车购置费", pattern: /公务用车购置(?!及)费?/g, ...threePublic("vehiclePurchase") },
  { id: "vehicleOperation", label: "公务用车运行维护费", pattern: /公务用车运行(?:维护)?费/g, ...threePublic("vehicleOperation") },
  { id: "reception", label: "公务接待费", pattern: /公务接待费/g, ...threePublic("reception") },
  {
    id: "operatingFunds",
    label: "机关运行经费",
    pattern: /机关运行经费|(?:拨款|预算)运行经费/g,
    current: (doc) => figure(doc, "basic_economic", totalRow(findTable(doc, "basic_economic")), "publicUse", "基本支出表公用经费合计"),
    // 机关运行经费 covers administrative units only: a department with 事业单位 may state less than its 公用经费.
    mismatch: "warning",
  },
  { id: "procurement", label: "政府采购预算总额", pattern: /政府采购(?:预算)?总额|政府采购预算/g, current: procurement("total") },
  { id: "procurementGoods", label: "政府采购货物预算", pattern: /采购货物类?(?:预算)?/g, current: procurement("goods") },
  { id: "procurementWorks", label: "政府采购工程预算", pattern: /采购工程类?(?:预算)?/g, current: procurement("works") },
  { id: "procurementServices", label: "政府采购服务预算", pattern: /采购服务类?(?:预算)?/g, current: procurement("services") },
  {
    id: "procurementFunded",
    label: "其中财政拨款安排的政府采购",
    pattern: /其中[^，。；：]{0,16}?政府采购/g,
    current: () => undefined,
    silences: /^procurement/,
  },
];

/** A row of a two-sided summary by its printed name (“本年支出合计”). */
const namedSideRow = (kind: TableKind, side: "income" | "expenditure", name: string, column: string) => (doc: DisclosureDocument) =>
  figure(doc, kind, findTable(doc, kind)?.rows.find((r) => r.side === side && plainName(r.name) === name), column, `${TABLE_LABELS[kind]}${name}`);

const grandTotal = (kind: TableKind) => (doc: DisclosureDocument) =>
  figure(doc, kind, sideTotal(findTable(doc, kind), "income"), "amount", `${TABLE_LABELS[kind]}总计`);

/** A 决算 narrative names the rows of its summary tables (read through final-view.ts as their budget kinds). */
const FINAL_SUBJECTS: Subject[] = [
  { id: "fiscalGrandTotal", label: "财政拨款收入支出总计", pattern: /财政拨款收入支出(?:决算)?总计/g, current: grandTotal("fiscal_summary") },
  { id: "grandTotal", label: "收入支出总计", pattern: /(?<!拨款)收入支出(?:决算)?总计/g, current: grandTotal("income_expenditure_summary") },
  { id: "yearIncome", label: "本年收入合计", pattern: /本年收入合计/g, current: namedSideRow("income_expenditure_summary", "income", "本年收入合计", "amount") },
  { id: "yearExpenditure", label: "本年支出合计", pattern: /本年支出合计/g, current: namedSideRow("income_expenditure_summary", "expenditure", "本年支出合计", "amount") },
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The subjects of one document: the fixed ones and its 类 by name (“一般公共服务支出”). */
export function subjectsOf(doc: DisclosureDocument): Subject[] {
  const summary = findTable(doc, "expenditure_summary");
  const gbf = findTable(doc, "general_budget_function");
  const kind: TableKind = classRows(summary).size > 0 ? "expenditure_summary" : "general_budget_function";
  const classes = classRows(kind === "expenditure_summary" ? summary : gbf);
  const byClass: Subject[] = [...classes].flatMap(([code, row]) => {
    const name = plainName(row.name);
    if (name.length < 3) return [];
    return [{
      id: `class:${code}`,
      label: name,
      pattern: new RegExp(escapeRegExp(name), "g"),
      current: (d: DisclosureDocument) => figure(d, kind, row, "total", `${kind === "expenditure_summary" ? "部门支出总表" : "一般公共预算财政拨款支出表"}“${code} ${name}”`),
    }];
  });
  return [...SUBJECTS, ...(doc.kind === "final" ? FINAL_SUBJECTS : []), ...byClass];
}
