import Decimal from "decimal.js";
import { formatAmount } from "@/lib/money";
import { executionRate } from "./execution";
import { type Headline, headlineFigures } from "./headline";
import { type DisclosureDocument, findTable, type SourceUnit, type TableKind, type TableRow } from "./schema";

/** A 决算's own budget for a figure, under the term its table prints (年初预算数, or 预算数 in the “三公” table). */
export interface SummaryBudget {
  label: string;
  /** 元, as stored */
  amount: string;
  /** 执行率 决算数 ÷ 预算数 in %, 2 decimals; null against a 预算数 of 0 */
  rate: string | null;
}

export interface SummaryFigure {
  label: string;
  /** 元, as stored */
  amount: string;
  /** last year's figure in 元 where the document's own tables print it for the same scope */
  prior: string | null;
  /** a 决算's 预算数 for the same scope where its tables print one */
  budget: SummaryBudget | null;
}

const cell = (row: { values: unknown } | undefined, column: string) =>
  ((row?.values ?? {}) as Record<string, string | null | undefined>)[column] ?? null;

const same = (a: string | null, b: string | null) => a !== null && b !== null && new Decimal(a).eq(b);

/** 合计 and 总计 rows, of one half of a 收支总表 where `side` is given. */
const totalRows = (doc: DisclosureDocument, kind: TableKind, side?: TableRow["side"]) =>
  (findTable(doc, kind)?.rows ?? []).filter((r) => (r.code === "total" || /^(?:本年)?(?:收入|支出)?[合总]计$/.test(r.name ?? "")) && r.side === side);

/**
 * The 年初预算数 a 决算 prints on a 合计 row whose 决算数 (`column`) is `amount`: that row has the
 * figure's scope (a 收支决算总表's 本年支出合计, not its 总计 with the 结转).
 */
function initialBudget(rows: readonly TableRow[], column: string, amount: string | null): string | null {
  return rows.map((r) => (same(cell(r, column), amount) ? cell(r, "budgetInitial") : null)).find((b) => b !== null) ?? null;
}

const withRate = (label: string, budget: string | null, amount: string | null): SummaryBudget | null =>
  budget === null ? null : { label, amount: budget, rate: executionRate(budget, amount) };

/** A 决算's 预算数 of its 收入, 支出 and “三公”经费, read off its own tables: null where it prints none. */
function finalBudgets(doc: DisclosureDocument, headline: Headline) {
  const { totalIncome, totalExpenditure, threePublicTotal } = headline;
  const summary = (side: TableRow["side"], amount: string | null) => initialBudget(totalRows(doc, "final_income_expenditure_summary", side), "amount", amount);
  const expenditure = summary("expenditure", totalExpenditure) ?? initialBudget(totalRows(doc, "final_general_budget_function"), "total", totalExpenditure);
  const threePublic = cell(findTable(doc, "final_three_public")?.rows.find((r) => r.name === "budget"), "total");
  return {
    income: withRate("年初预算数", summary("income", totalIncome), totalIncome),
    expenditure: withRate("年初预算数", expenditure, totalExpenditure),
    threePublic: withRate("预算数", threePublic, threePublicTotal),
  };
}

/**
 * The figures a reader looks for first — 收入、支出、基本支出、项目支出、“三公”经费 — with last year's
 * where the document prints it: the general-budget table's 上年 column stands for 支出 only when
 * this year's 支出 is that table's total (the same scope), the “三公” table prints both years. A
 * 决算 gives instead its 预算数 and 执行率 where its tables print the 预算数 for the same scope
 * (a 年初预算数 column, the “三公” table's 预算数 row); 基本支出 and 项目支出 have none printed.
 */
export function summaryFigures(doc: DisclosureDocument): SummaryFigure[] {
  const headline = headlineFigures(doc);
  const general = findTable(doc, "general_budget_function")?.rows.find((r) => r.code === "total");
  const threePublic = findTable(doc, "three_public")?.rows.find((r) => r.name === "prior");
  const expenditurePrior = same(headline.totalExpenditure, cell(general, "total")) ? cell(general, "prior") : null;
  const budgets = doc.kind === "final" ? finalBudgets(doc, headline) : null;
  const items: [string, string | null, string | null, SummaryBudget | null | undefined][] = [
    ["收入", headline.totalIncome, null, budgets?.income],
    ["支出", headline.totalExpenditure, expenditurePrior, budgets?.expenditure],
    ["基本支出", headline.basicTotal, null, null],
    ["项目支出", headline.projectTotal, null, null],
    ["“三公”经费", headline.threePublicTotal, doc.kind === "budget" ? cell(threePublic, "total") : null, budgets?.threePublic],
  ];
  return items.flatMap(([label, amount, prior, budget]) => (amount === null ? [] : [{ label, amount, prior, budget: budget ?? null }]));
}

/** A 决算's budget and 执行率 in words: 年初预算数 10,210.34 万元，执行率 95.45%. */
export function budgetText({ budget }: Pick<SummaryFigure, "budget">, unit: SourceUnit): string | null {
  if (budget === null) return null;
  const figure = `${budget.label} ${formatAmount(budget.amount, { unit })} ${unit}`;
  return budget.rate === null ? figure : `${figure}，执行率 ${budget.rate}%`;
}

/** The change on last year in words: 比上年减少 173.17 万元（下降 17.47%）, 与上年持平. */
export function changeText({ amount, prior }: Pick<SummaryFigure, "amount" | "prior">, unit: SourceUnit): string | null {
  if (prior === null) return null;
  const change = new Decimal(amount).minus(prior);
  if (change.isZero()) return "与上年持平";
  const by = `${formatAmount(change.abs(), { unit })} ${unit}`;
  const verb = change.isNegative() ? "减少" : "增加";
  if (new Decimal(prior).isZero()) return `比上年${verb} ${by}`;
  const percent = change.abs().div(prior).mul(100).toFixed(2, Decimal.ROUND_HALF_UP);
  return `比上年${verb} ${by}（${change.isNegative() ? "下降" : "增长"} ${percent}%）`;
}
