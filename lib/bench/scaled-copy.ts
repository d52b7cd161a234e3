import Decimal from "decimal.js";
import { fillComputed } from "@/lib/disclosure/table-sums";
import { type DisclosureDocument, type DisclosureTable, isOtherTable } from "@/lib/disclosure/schema";
import { ROW_RELATIONS } from "@/lib/rules/t2-row-arithmetic";

/** Within each row, every total column set to the sum of its parts (the 公务用车 subtotal before the 三公 total). */
function withRowTotals(table: DisclosureTable): DisclosureTable {
  const relations = [...(ROW_RELATIONS[table.kind] ?? [])].reverse();
  const rows = table.rows.map((row) => {
    const values = { ...(row.values as Record<string, string | null>) };
    for (const { total, parts } of relations) {
      if (!(total in values)) continue;
      const given = parts.map((p) => values[p]).filter((v): v is string => v !== null && v !== undefined);
      if (given.length) values[total] = given.reduce((sum, v) => sum.plus(v), new Decimal(0)).toFixed(2);
    }
    return { ...row, values };
  });
  return { ...table, rows } as DisclosureTable;
}

/** Every “N 万元” of a text multiplied by `factor`, at the precision it was written with. */
function scaledText(text: string, factor: number): string {
  return text.replace(/(\d+(?:\.(\d+))?)(\s*万元)/g, (_, n: string, decimals: string | undefined, unit: string) => new Decimal(n).times(factor).toFixed(decimals?.length ?? 0) + unit);
}

/**
 * A sample disclosure made into another department's: every amount multiplied by `factor`, then
 * each table's row totals, parents (类 = Σ 款 = Σ 项) and 合计 recomputed from the rows below
 * them, so that every sum within a table holds exactly; the narrative's 万元 amounts scaled
 * alike; tables kept as printed are copied unchanged. What the sample gets wrong between tables
 * or in its narrative stays wrong. Pure.
 */
export function scaledCopy(doc: DisclosureDocument, factor: number, who: { district: string; code: string; name: string; year: number }): DisclosureDocument {
  const times = (v: string | null | undefined) => (v === null || v === undefined ? null : new Decimal(v).times(factor).toFixed(2));
  const tables = doc.tables.map((t) =>
    isOtherTable(t) ? t : fillComputed(withRowTotals({ ...t, rows: t.rows.map((r) => ({ ...r, values: Object.fromEntries(Object.entries(r.values).map(([c, v]) => [c, times(v)])) })) })),
  );
  const sections = Object.fromEntries(Object.entries(doc.sections).map(([key, text]) => [key, typeof text === "string" ? scaledText(text, factor) : text]));
  return {
    ...doc,
    district: who.district,
    department: { code: who.code, name: who.name },
    year: who.year,
    sections: sections as DisclosureDocument["sections"],
    tables,
    projects: doc.projects.map((p) => ({ ...p, amount: times(p.amount) })),
    performance: { ...doc.performance, projects: doc.performance.projects.map((p) => ({ ...p, amount: times(p.amount) })) },
  };
}
