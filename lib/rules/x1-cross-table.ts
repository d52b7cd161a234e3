import type { DisclosureDocument, DisclosureTable, Finding, Project, TableKind, TableRow } from "@/lib/disclosure/schema";
import { finding } from "./finding";
import { Dec, ZERO, formatAmount, toDec } from "./money";
import { columnLabel, columnName, tableLabel } from "./labels";
import { cell, classCode, classRows, findTable, plainName, rowKey, rowLabel, sideTotal, totalRow, type Side } from "./tables";
import { sameFigure, sumGap } from "./tolerance";

/** X1: the same figure printed in two tables agrees. */
export function checkCrossTable(doc: DisclosureDocument): Finding[] {
  return [
    ...balancedSides(doc, "income_expenditure_summary", "amount"),
    ...balancedSides(doc, "fiscal_summary", "total"),
    ...summariesByClass(doc),
    ...economicTotals(doc),
    ...projectList(doc),
    ...threePublicByEconomicCode(doc),
  ];
}

function fmt(doc: DisclosureDocument, v: Dec | null): string {
  return formatAmount(v, doc.sourceUnit);
}

/** Income total = expenditure total of a two-sided summary table. */
function balancedSides(doc: DisclosureDocument, kind: TableKind, expenditureColumn: string): Finding[] {
  const table = findTable(doc, kind);
  const income = sideTotal(table, "income");
  const expenditure = sideTotal(table, "expenditure");
  if (!table || !income || !expenditure) return [];
  const a = cell(income, "amount");
  const b = cell(expenditure, expenditureColumn);
  if (sameFigure(a, b)) return [];
  return [
    finding("X1", "error", { table: kind, row: rowKey(expenditure), column: expenditureColumn },
      `${tableLabel(kind)}收入方${rowLabel(income)}为 ${fmt(doc, a)}，支出方${rowLabel(expenditure)}为 ${fmt(doc, b)}，收支不平衡`),
  ];
}

interface ClassFigure {
  code: string;
  name: string;
  values: Record<string, Dec | null>;
}

/** The 类 rows of the general-budget table, keyed by code, with their names for uncoded tables. */
function generalBudgetClasses(doc: DisclosureDocument): Map<string, ClassFigure> {
  const out = new Map<string, ClassFigure>();
  for (const [code, row] of classRows(findTable(doc, "general_budget_function"))) {
    out.set(code, { code, name: plainName(row.name), values: { total: cell(row, "total"), basic: cell(row, "basic"), project: cell(row, "project") } });
  }
  return out;
}

/** Matches a summary row to a 类 by its code, else by its name. */
function classOf(row: TableRow, classes: Map<string, ClassFigure>): ClassFigure | undefined {
  const code = classCode(row);
  if (code !== undefined) return code.length === 3 ? classes.get(code) : undefined;
  const name = plainName(row.name);
  return name === "" ? undefined : [...classes.values()].find((c) => c.name === name);
}

interface SummaryView {
  kind: TableKind;
  side?: Side;
  /** summary column → general-budget column it must match */
  columns: Record<string, string>;
}

/**
 * A summary may hold more than this year's general-budget appropriation (other funds; 上年结转, which
 * the fiscal summary's 一般公共预算 column includes), so by 类 it holds at least the general budget;
 * it must equal it when the totals agree.
 */
const SUMMARY_VIEWS: SummaryView[] = [
  { kind: "expenditure_summary", columns: { total: "total", basic: "basic", project: "project" } },
  { kind: "income_expenditure_summary", side: "expenditure", columns: { amount: "total" } },
  { kind: "fiscal_summary", side: "expenditure", columns: { generalBudget: "total" } },
];

function summariesByClass(doc: DisclosureDocument): Finding[] {
  const classes = generalBudgetClasses(doc);
  const gbfTotal = cell(totalRow(findTable(doc, "general_budget_function")), "total");
  if (classes.size === 0) return [];
  return SUMMARY_VIEWS.flatMap((view) => {
    const table = findTable(doc, view.kind);
    if (!table) return [];
    const rows = table.rows.filter((r) => r.side === view.side);
    const summaryTotal = view.side ? sideTotal(table, view.side) : totalRow(table);
    const firstColumn = Object.keys(view.columns)[0] ?? "total";
    const mustEqual = sameFigure(cell(summaryTotal, firstColumn), gbfTotal);
    const matched = new Set<string>();
    const out: Finding[] = [];
    for (const row of rows) {
      const cls = classOf(row, classes);
      if (!cls) continue;
      matched.add(cls.code);
      for (const [column, gbfColumn] of Object.entries(view.columns)) {
        const mine = cell(row, column);
        const theirs = cls.values[gbfColumn] ?? null;
        if (sameFigure(mine, theirs)) continue;
        if (!mustEqual && (mine ?? ZERO).gte(theirs ?? ZERO)) continue;
        const reference = `${tableLabel("general_budget_function")}“${cls.code} ${cls.name}”的“${columnName(doc, "general_budget_function", gbfColumn)}” ${fmt(doc, theirs)}`;
        out.push(finding("X1", "error", { table: view.kind, row: rowKey(row), column },
          `${tableLabel(view.kind)}${rowLabel(row)}“${columnName(doc, view.kind, column)}”为 ${fmt(doc, mine)}，${mustEqual ? "与" : "小于"}${reference}${mustEqual ? "不一致" : ""}`));
      }
    }
    if (matched.size === 0) return out;
    for (const cls of classes.values()) {
      const value = cls.values.total ?? null;
      if (matched.has(cls.code) || value === null || value.isZero()) continue;
      out.push(finding("X1", "error", { table: view.kind, row: cls.code },
        `${tableLabel(view.kind)}没有“${cls.code} ${cls.name}”一类，而${tableLabel("general_budget_function")}列有 ${fmt(doc, value)}`));
    }
    return out;
  });
}

const ECONOMIC_TOTALS: { kind: TableKind; gbfColumn: string }[] = [
  { kind: "basic_economic", gbfColumn: "basic" },
  { kind: "basic_gov_economic", gbfColumn: "basic" },
  { kind: "project_economic", gbfColumn: "project" },
  { kind: "project_gov_economic", gbfColumn: "project" },
];

/** The economic-classification tables add up to the basic / project total of the general budget. */
function economicTotals(doc: DisclosureDocument): Finding[] {
  const gbf = totalRow(findTable(doc, "general_budget_function"));
  if (!gbf) return [];
  return ECONOMIC_TOTALS.flatMap(({ kind, gbfColumn }) => {
    const row = totalRow(findTable(doc, kind));
    if (!row) return [];
    const mine = cell(row, "total");
    const theirs = cell(gbf, gbfColumn);
    if (sameFigure(mine, theirs)) return [];
    return [finding("X1", "error", { table: kind, row: rowKey(row), column: "total" },
      `${tableLabel(kind)}合计为 ${fmt(doc, mine)}，${tableLabel("general_budget_function")}的${columnLabel(gbfColumn)}合计为 ${fmt(doc, theirs)}，两者应一致`)];
  });
}

/**
 * Σ of the listed projects against the project-expenditure total. The list may be gathered from
 * the performance targets only; it is known complete when it comes from a 项目支出明细表 (its
 * projects carry their function code), and only then may it fall short.
 */
function projectList(doc: DisclosureDocument): Finding[] {
  const projects = distinctProjects(doc.projects);
  const amounts = projects.map((p) => toDec(p.amount));
  if (amounts.every((a) => a === null)) return [];
  const source = totalRow(findTable(doc, "expenditure_summary")) ? "expenditure_summary" : "general_budget_function";
  const total = cell(totalRow(findTable(doc, source)), "project");
  const gap = sumGap(total, amounts, doc.sourceUnit);
  if (gap === null) return [];
  const over = gap.diff.isNegative();
  const complete = projects.some((p) => p.functionCode);
  if (gap.severity === "error" && !over && !complete) return [];
  const tail = gap.severity === "rounding" ? "，属各项目金额四舍五入的尾差" : over ? "，项目金额超出了项目支出合计" : "，项目支出明细表不完整或金额有误";
  return [finding("X1", gap.severity, { table: source, row: "total", column: "project" },
    `${projects.length} 个项目金额之和为 ${fmt(doc, gap.sum)}，${tableLabel(source)}项目支出合计为 ${fmt(doc, total)}${tail}`)];
}

/** A project printed in the list and again (with another code) in the targets counts once. */
function distinctProjects(projects: Project[]): Project[] {
  const names = new Set<string>();
  return projects.filter((p) => {
    const name = plainName(p.name);
    if (names.has(name)) return false;
    names.add(name);
    return true;
  });
}

/** Economic codes that are the 三公 items: the basic and project economic tables must not exceed the 三公 table. */
const THREE_PUBLIC_CODES: Record<string, string> = {
  "30212": "outbound",
  "30217": "reception",
  "30231": "vehicleOperation",
  "31013": "vehiclePurchase",
};

function threePublicByEconomicCode(doc: DisclosureDocument): Finding[] {
  const current = findTable(doc, "three_public")?.rows.find((r) => r.name === "current");
  const basic = findTable(doc, "basic_economic");
  if (!current || !basic) return [];
  const project = findTable(doc, "project_economic");
  const complete = project !== undefined;
  const out: Finding[] = [];
  for (const [code, column] of Object.entries(THREE_PUBLIC_CODES)) {
    const rows = [basic, project].flatMap((t: DisclosureTable | undefined) => t?.rows.filter((r) => r.code === code) ?? []);
    if (rows.length === 0) continue;
    const economic = rows.reduce((acc, r) => acc.plus(cell(r, "total") ?? ZERO), ZERO);
    const stated = cell(current, column) ?? ZERO;
    if (complete ? economic.eq(stated) : economic.lte(stated)) continue;
    const where = complete ? "基本支出表与项目支出表" : tableLabel("basic_economic");
    out.push(finding("X1", "error", { table: "three_public", row: "current", column },
      `${where}中“${code} ${rows[0]?.name ?? columnLabel(column)}”为 ${fmt(doc, economic)}，${complete ? "应等于" : "不应超过"}${tableLabel("three_public")}本年“${columnName(doc, "three_public", column)}” ${fmt(doc, stated)}`));
  }
  return out;
}
