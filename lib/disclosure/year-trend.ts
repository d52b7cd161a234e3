import Decimal from "decimal.js";
import { type ChartItem, inUnit } from "./chart-data";
import { formatAmount } from "@/lib/money";

/** The headline figures of a published year, in 元 (strings), as the department and disclosure pages list them. */
export interface YearFigures {
  id: string;
  year: number;
  totalExpenditure: string | null;
  basicTotal: string | null;
  projectTotal: string | null;
  threePublicTotal: string | null;
}

export const YEAR_FIGURES = [
  ["totalExpenditure", "支出总额"],
  ["basicTotal", "基本支出"],
  ["projectTotal", "项目支出"],
  ["threePublicTotal", "“三公”经费"],
] as const;

/** Change against the year before, in 万元 and per cent; blank where either year has no figure. */
export function yearChange(current: string | null, prior: string | null | undefined): string {
  if (current === null || prior === null || prior === undefined) return "";
  const diff = new Decimal(current).minus(prior);
  const pct = new Decimal(prior).isZero() ? "" : `（${diff.dividedBy(prior).times(100).toFixed(1)}%）`;
  return `${diff.isNegative() ? "" : "+"}${formatAmount(diff.toFixed(2), { unit: "万元" })}${pct}`;
}

const wan = (yuan: string | null) => inUnit(yuan, "万元");

/** The trend charts of a department (万元, oldest year first): basic + project stacked, and 三公. Pure. */
export function yearTrend(years: YearFigures[]): { basicProject: ChartItem[]; threePublic: ChartItem[] } {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  return {
    basicProject: sorted.filter((y) => y.basicTotal !== null || y.projectTotal !== null).map((y) => ({ label: `${y.year} 年`, values: [wan(y.basicTotal), wan(y.projectTotal)] })),
    threePublic: sorted.filter((y) => y.threePublicTotal !== null).map((y) => ({ label: `${y.year} 年`, values: [wan(y.threePublicTotal)] })),
  };
}
