import "server-only";
import { and, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../client";
import { disclosureTables, tableRows } from "../schema";
import type { listDepartmentYears } from "./public-disclosures";
import { departmentExecution, type ExecutionSource, THREE_PUBLIC_ITEMS, type YearExecution } from "@/lib/disclosure/execution";

const threePublicColumns = Object.fromEntries(THREE_PUBLIC_ITEMS.map(([c]) => [c, tableRows[c]])) as { [K in (typeof THREE_PUBLIC_ITEMS)[number][0]]: (typeof tableRows)[K] };

/**
 * A department's published 部门预算 and 部门决算 (its years as listDepartmentYears reads them) by year, newest first: 预算数 beside 决算数 for
 * 支出合计, 基本支出, 项目支出 and each “三公” item (the budget's 本年 row, the 决算's 决算数 row).
 */
export async function listDepartmentExecution({ db, years }: { db: Db; years: Awaited<ReturnType<typeof listDepartmentYears>> }): Promise<YearExecution[]> {
  if (years.length === 0) return [];
  const rows = await db
    .select({ disclosureId: disclosureTables.disclosureId, ...threePublicColumns })
    .from(disclosureTables)
    .innerJoin(tableRows, eq(tableRows.tableId, disclosureTables.id))
    .where(
      and(
        inArray(disclosureTables.disclosureId, years.map((y) => y.id)),
        or(and(eq(disclosureTables.kind, "three_public"), eq(tableRows.name, "current")), and(eq(disclosureTables.kind, "final_three_public"), eq(tableRows.name, "final"))),
      ),
    );
  const threePublic = new Map(rows.map(({ disclosureId, ...values }) => [disclosureId, values]));
  const byYear = new Map<number, { year: number; budget?: ExecutionSource; final?: ExecutionSource }>();
  for (const y of years) {
    const entry = byYear.get(y.year) ?? { year: y.year };
    entry[y.kind] = { id: y.id, totalExpenditure: y.totalExpenditure, basicTotal: y.basicTotal, projectTotal: y.projectTotal, threePublic: threePublic.get(y.id) ?? null };
    byYear.set(y.year, entry);
  }
  return departmentExecution([...byYear.values()]);
}
