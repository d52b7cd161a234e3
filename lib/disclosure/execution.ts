import Decimal from "decimal.js";
import type { ValueColumn } from "./schema";

/** A 预算数 beside its 决算数, in 元, with what the 决算 did of it; null where it cannot be said. */
export interface Execution {
  budget: string | null;
  final: string | null;
  /** 决算数 − 预算数, in 元 */
  difference: string | null;
  /** 执行率 决算数 ÷ 预算数 in %, 2 decimals; null against a 预算数 of 0 or blank */
  rate: string | null;
}

/** 执行率 = 决算数 ÷ 预算数, in % to 2 decimals, exact; null where either is blank or the 预算数 is 0. */
export function executionRate(budget: string | null, final: string | null): string | null {
  if (budget === null || final === null) return null;
  const base = new Decimal(budget);
  return base.isZero() ? null : new Decimal(final).dividedBy(base).times(100).toFixed(2, Decimal.ROUND_HALF_UP);
}

/** A 预算数 and its 决算数 with their difference and 执行率. */
export function execution(budget: string | null | undefined, final: string | null | undefined): Execution {
  const b = budget ?? null;
  const f = final ?? null;
  return { budget: b, final: f, difference: b === null || f === null ? null : new Decimal(f).minus(b).toFixed(2), rate: executionRate(b, f) };
}

/** The “三公” items as the 决算 prints them, in its order. */
export const THREE_PUBLIC_ITEMS = [
  ["total", "“三公”经费合计"],
  ["outbound", "因公出国（境）费"],
  ["vehicleSubtotal", "公务用车购置及运行费"],
  ["vehiclePurchase", "公务用车购置费"],
  ["vehicleOperation", "公务用车运行维护费"],
  ["reception", "公务接待费"],
] as const satisfies readonly (readonly [ValueColumn, string])[];

type ThreePublicColumn = (typeof THREE_PUBLIC_ITEMS)[number][0];

/** What one published disclosure of a year gives the department page: its headline figures and “三公” row, in 元. */
export interface ExecutionSource {
  id: string;
  totalExpenditure: string | null;
  basicTotal: string | null;
  projectTotal: string | null;
  /** the budget's 本年 row, the 决算's 决算数 row */
  threePublic: Partial<Record<ThreePublicColumn, string | null>> | null;
}

export interface ExecutionLine extends Execution {
  label: string;
  /** a “三公” item below the 合计 */
  part: boolean;
}

export interface YearExecution {
  year: number;
  budgetId: string | null;
  finalId: string | null;
  lines: ExecutionLine[];
}

/**
 * A department's years with a published 部门预算 or 部门决算, newest first: per year 支出合计,
 * 基本支出, 项目支出 and each “三公” item, 预算数 from the budget beside 决算数 from the final, with the
 * difference and 执行率. A year with only one of them shows the other blank. Pure.
 */
export function departmentExecution(years: readonly { year: number; budget?: ExecutionSource; final?: ExecutionSource }[]): YearExecution[] {
  return [...years]
    .sort((a, b) => b.year - a.year)
    .map(({ year, budget, final }) => {
      const head = (label: string, key: "totalExpenditure" | "basicTotal" | "projectTotal"): ExecutionLine => ({ label, part: false, ...execution(budget?.[key], final?.[key]) });
      const threePublic = THREE_PUBLIC_ITEMS.map(([column, label]): ExecutionLine => ({ label, part: column !== "total", ...execution(budget?.threePublic?.[column], final?.threePublic?.[column]) }));
      return {
        year,
        budgetId: budget?.id ?? null,
        finalId: final?.id ?? null,
        lines: [head("支出合计", "totalExpenditure"), head("基本支出", "basicTotal"), head("项目支出", "projectTotal"), ...threePublic],
      };
    });
}
