import type { DisclosureTable } from "@/lib/disclosure/schema";
import { ImportError } from "./errors";
import { compact } from "./lines";
import type { Segment } from "./segment";

const LUMPED = /^财政拨款(收入)?$/;

/**
 * A 决算's 收入决算表 prints one 财政拨款收入 column for all three appropriations; it is read as the
 * format's 一般公共预算 column, which is right only while the department has no 政府性基金 or
 * 国有资本经营 money. Otherwise the column cannot be split, and the document is refused.
 */
export function refuseLumpedAppropriation(segments: Segment[], tables: DisclosureTable[], fileName: string): void {
  const income = segments.find((s) => s.kind === "income_summary");
  const printed = income?.rows.slice(0, 3).flatMap((r) => r.cells!.map((c) => c.trim())).find((c) => LUMPED.test(compact(c)));
  if (!income || printed === undefined) return;
  const other = tables.find(
    (t) => (t.kind === "gov_fund" || t.kind === "state_capital") && t.rows.some((r) => Object.values(r.values).some((v) => v !== null && v !== "0.00")),
  );
  if (!other) return;
  throw new ImportError(
    { fileName, table: income.title, column: printed },
    `该列合并了一般公共预算、政府性基金和国有资本经营预算拨款，而本部门有${other.kind === "gov_fund" ? "政府性基金" : "国有资本经营"}预算支出，` +
      "无法拆分为“一般公共预算拨款收入”列；请提供按资金来源分列的收入表",
  );
}
