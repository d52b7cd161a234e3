import Decimal from "decimal.js";
import { type DisclosureDocument, findTable, type SourceUnit } from "./schema";

/** A chart's line: its label and its figures, exact decimal strings in the unit read. */
export interface ChartItem {
  label: string;
  values: string[];
}

/** An amount in 元 in the unit read, exact; a blank is 0. */
export const inUnit = (yuan: string | null | undefined, unit: SourceUnit) =>
  yuan === null || yuan === undefined ? "0" : new Decimal(yuan).dividedBy(unit === "万元" ? 10000 : 1).toString();

const values = (row: { values: unknown } | undefined) => (row?.values ?? {}) as Record<string, string | null | undefined>;

/**
 * What the charts of a disclosure show, from its own tables, in the unit it is read in (a 决算
 * from its 一般公共预算财政拨款支出决算表; its “三公” table compares 预算数 and 决算数, not years). Pure.
 */
export function chartData(doc: DisclosureDocument, unit: SourceUnit) {
  const general = findTable(doc, "general_budget_function") ?? findTable(doc, "final_general_budget_function");
  const byClass: ChartItem[] = (general?.rows ?? [])
    .filter((r) => r.code && /^\d{3}$/.test(r.code))
    .map((r) => ({ label: `${r.code} ${r.name ?? ""}`, values: [inUnit(values(r).total, unit)] }))
    .filter((i) => new Decimal(i.values[0]!).gt(0))
    .sort((a, b) => new Decimal(b.values[0]!).comparedTo(a.values[0]!));
  const total = values(general?.rows.find((r) => r.code === "total"));
  const basicProject: ChartItem[] = total.total ? [{ label: "一般公共预算财政拨款支出", values: [inUnit(total.basic, unit), inUnit(total.project, unit)] }] : [];
  const parts = [
    ["outbound", "因公出国（境）费"],
    ["vehiclePurchase", "公务用车购置费"],
    ["vehicleOperation", "公务用车运行维护费"],
    ["reception", "公务接待费"],
  ] as const;
  // a budget's “三公” table prints 上年 and 本年, a 决算's 预算数 and 决算数: the two bars of each item
  const threePublic = findTable(doc, "three_public") ?? findTable(doc, "final_three_public");
  const [first, second] = threePublic?.kind === "final_three_public" ? ["budget", "final"] : ["prior", "current"];
  const before = threePublic?.rows.find((r) => r.name === first);
  const after = values(threePublic?.rows.find((r) => r.name === second));
  const threePublicItems: ChartItem[] = threePublic
    ? parts.map(([k, label]) => ({ label, values: before ? [inUnit(values(before)[k], unit), inUnit(after[k], unit)] : [inUnit(after[k], unit)] }))
    : [];
  const threePublicSeries = threePublic?.kind === "final_three_public" ? (before ? ["预算数", "决算数"] : ["决算数"]) : before ? [`${doc.year - 1} 年`, `${doc.year} 年`] : [`${doc.year} 年`];
  return { byClass, basicProject, threePublic: threePublicItems, threePublicSeries };
}
