import type { DisclosureTable, OtherTable } from "@/lib/disclosure/schema";
import type { Issues } from "./issues";
import { compact } from "./lines";
import type { Segment } from "./segment";

const LUMPED = /^财政拨款(收入)?$/;

/**
 * A 收入表 may print one 财政拨款收入 column for all three appropriations; it is read as the
 * 一般公共预算 column, which is right only while the department has no 政府性基金 or 国有资本经营
 * money. Otherwise the reading is flagged (I1): the column cannot be split.
 */
export function checkLumpedAppropriation(segments: Segment[], tables: (DisclosureTable | OtherTable)[], issues: Issues): void {
  const income = segments.find((s) => s.kind === "income_summary");
  const printed = income?.rows.slice(0, 3).flatMap((r) => r.cells!.map((c) => c.trim())).find((c) => LUMPED.test(compact(c)));
  if (!income || printed === undefined) return;
  const other = tables.find(
    (t): t is DisclosureTable =>
      (t.kind === "gov_fund" || t.kind === "state_capital") && t.rows.some((r) => Object.values(r.values).some((v) => v !== null && v !== "0.00")),
  );
  if (!other) return;
  issues.add(
    { table: "income_summary", column: printed, page: income.page },
    `“${income.title}”的“${printed}”列合并了一般公共预算、政府性基金和国有资本经营预算拨款，而本部门有${other.kind === "gov_fund" ? "政府性基金" : "国有资本经营"}预算支出：` +
      "该列已按“一般公共预算”读取，其中含有其他拨款，请在编辑中拆分",
  );
}
