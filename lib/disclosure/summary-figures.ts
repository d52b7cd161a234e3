import Decimal from "decimal.js";
import { formatAmount } from "@/lib/money";
import { headlineFigures } from "./headline";
import { type DisclosureDocument, findTable, type SourceUnit } from "./schema";

export interface SummaryFigure {
  label: string;
  /** 元, as stored */
  amount: string;
  /** last year's figure in 元 where the document's own tables print it for the same scope */
  prior: string | null;
}

const cell = (row: { values: unknown } | undefined, column: string) =>
  ((row?.values ?? {}) as Record<string, string | null | undefined>)[column] ?? null;

const same = (a: string | null, b: string | null) => a !== null && b !== null && new Decimal(a).eq(b);

/**
 * The figures a reader looks for first — 收入、支出、基本支出、项目支出、“三公”经费 — with last year's
 * where the document prints it: the general-budget table's 上年 column stands for 支出 only when
 * this year's 支出 is that table's total (the same scope), the “三公” table prints both years.
 */
export function summaryFigures(doc: DisclosureDocument): SummaryFigure[] {
  const headline = headlineFigures(doc);
  const general = findTable(doc, "general_budget_function")?.rows.find((r) => r.code === "total");
  const threePublic = findTable(doc, "three_public")?.rows.find((r) => r.name === "prior");
  const expenditurePrior = same(headline.totalExpenditure, cell(general, "total")) ? cell(general, "prior") : null;
  const items: [string, string | null, string | null][] = [
    ["收入", headline.totalIncome, null],
    ["支出", headline.totalExpenditure, expenditurePrior],
    ["基本支出", headline.basicTotal, null],
    ["项目支出", headline.projectTotal, null],
    ["“三公”经费", headline.threePublicTotal, doc.kind === "budget" ? cell(threePublic, "total") : null],
  ];
  return items.flatMap(([label, amount, prior]) => (amount === null ? [] : [{ label, amount, prior }]));
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
