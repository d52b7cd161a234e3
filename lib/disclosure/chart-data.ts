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
  const threePublic = findTable(doc, "three_public");
  const prior = values(threePublic?.rows.find((r) => r.name === "prior"));
  const current = values(threePublic?.rows.find((r) => r.name === "current"));
  const parts = [
    ["outbound", "因公出国（境）费"],
    ["vehiclePurchase", "公务用车购置费"],
    ["vehicleOperation", "公务用车运行维护费"],
    ["reception", "公务接待费"],
  ] as const;
  const threePublicItems: ChartItem[] = threePublic ? parts.map(([k, label]) => ({ label, values: [inUnit(prior[k], unit), inUnit(current[k], unit)] })) : [];
  return { byClass, basicProject, threePublic: threePublicItems, hasPrior: threePublic?.rows.some((r) => r.name === "prior") ?? false };
}
