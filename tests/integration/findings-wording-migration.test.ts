import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inArray, sql } from "drizzle-orm";
import { type DbHandle, type DbTarget, migrationsFolder } from "@/db/client";
import { prepareDatabase } from "@/db/prepare";
import { departments, disclosures } from "@/db/schema";
import type { Finding } from "@/lib/disclosure/schema";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let target: DbTarget;
let tearDown: () => Promise<void>;
beforeAll(async () => ({ handle, target, tearDown } = await setUpTestDatabase()));
afterAll(() => tearDown());

/** As the rules worded them before the 三公 rows were named as printed and a stated change was quoted. */
const OLD_BUDGET_FINDINGS: Finding[] = [
  {
    rule: "N2",
    severity: "error",
    table: "three_public",
    row: "current",
    column: "reception",
    message: "说明称公务接待费比上年与上年持平，而“三公”经费支出表“current”行“公务接待费”为 2.00 万元、“三公”经费支出表“prior”行“公务接待费”为 1.50 万元，实际增加 0.50 万元。原文：“公务接待费与上年持平”",
  },
  {
    rule: "N2",
    severity: "error",
    table: "basic_expenditure",
    row: "total",
    column: "total",
    message: "说明中基本支出的变动前后不一致：“基本支出191.23万元，比2024年减少25.92元”称减少25.92 元，而“主要是基本支出减少25.92万元”称减少25.92 万元；数字相同而单位不同，疑似单位误写为“元”",
  },
  {
    rule: "N2",
    severity: "error",
    table: "three_public",
    row: "current",
    column: "total",
    message: "说明中“三公”经费的变动前后不一致：““三公”经费与上年持平”称与上年持平，而““三公”经费增加3万元”称增加3 万元",
  },
  {
    rule: "T3",
    severity: "warning",
    table: "expenditure_summary",
    row: "total",
    column: "basic",
    message: "部门支出总表合计行“基本支出”列为 1,438.25 万元，各行之和为 1,438.24 万元，相差 0.01 万元",
  },
];

const NEW_BUDGET_MESSAGES = [
  "说明称公务接待费与上年持平，而“三公”经费支出表“本年”行“公务接待费”为 2.00 万元、“三公”经费支出表“上年”行“公务接待费”为 1.50 万元，实际增加 0.50 万元。原文：“公务接待费与上年持平”",
  "说明中基本支出的变动前后不一致：“基本支出191.23万元，比2024年减少25.92元”称“比上年减少25.92 元”，而“主要是基本支出减少25.92万元”称“比上年减少25.92 万元”；数字相同而单位不同，疑似单位误写为“元”",
  "说明中“三公”经费的变动前后不一致：““三公”经费与上年持平”称“与上年持平”，而““三公”经费增加3万元”称“比上年增加3 万元”",
  "部门支出总表合计行“基本支出”列为 1,438.25 万元，各行之和为 1,438.24 万元，相差 0.01 万元",
];

const OLD_FINAL_FINDING: Finding = {
  rule: "T2",
  severity: "error",
  table: "three_public",
  row: "final",
  column: "vehicleSubtotal",
  message: "“三公”经费支出表“final”行“公务用车购置及运行费”为 12.00 万元，各项之和为 11.00 万元；“budget”行相符",
};

/** Written as the rules word them now: nothing to change. */
const CURRENT_FINDING: Finding = {
  rule: "N2",
  severity: "error",
  table: "three_public",
  row: "prior",
  column: "reception",
  message: "说明称公务接待费比上年减少3 万元，而“三公”经费支出表“本年”行“公务接待费”为 2.00 万元、“上年”行为 1.50 万元，实际增加 0.50 万元。原文：“公务接待费比上年减少3万元”",
};

/** The database as it was before migration 0015: its record of having run it taken away, so that preparing runs it. */
async function forgetTheMigration(): Promise<void> {
  const journal = JSON.parse(await readFile(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: { tag: string; when: number }[] };
  const entry = journal.entries.find((e) => e.tag === "0015_findings_wording")!;
  await handle.db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = ${entry.when}`);
}

describe("a database whose findings were stored before the wording change", () => {
  it("reads them with the wording the rules write now, changing nothing else", async () => {
    const [dept] = await handle.db.select({ id: departments.id }).from(departments).limit(1);
    const row = { departmentId: dept!.id, year: 2031, sourceUnit: "万元", sections: { overview: "概况" }, version: 7, totalExpenditure: "1438.25" } as const;
    const publishedAt = new Date("2025-03-01T02:00:00Z");
    const updatedAt = new Date("2025-03-01T02:00:00Z");
    const inserted = await handle.db
      .insert(disclosures)
      .values([
        { ...row, kind: "budget", title: "2031年部门预算", status: "published", revision: 1, publishedAt, updatedAt, findings: OLD_BUDGET_FINDINGS },
        { ...row, kind: "final", title: "2031年部门决算", status: "draft", revision: 1, updatedAt, findings: [OLD_FINAL_FINDING, CURRENT_FINDING] },
        { ...row, kind: "budget", title: "2031年部门预算（第2版）", status: "published", revision: 2, publishedAt, updatedAt, findings: [CURRENT_FINDING] },
      ])
      .returning();
    const [budget, final, current] = inserted;
    const read = async () => handle.db.select().from(disclosures).where(inArray(disclosures.id, inserted.map((d) => d.id)));
    const byId = async (id: string) => (await read()).find((d) => d.id === id)!;

    await forgetTheMigration();
    await prepareDatabase(handle, target);

    const migratedBudget = await byId(budget!.id);
    expect(migratedBudget.findings.map((f) => f.message)).toEqual(NEW_BUDGET_MESSAGES);
    // the same findings in the same order and places: only the message is worded anew
    expect(migratedBudget.findings.map(({ message: _m, ...place }) => place)).toEqual(OLD_BUDGET_FINDINGS.map(({ message: _m, ...place }) => place));
    expect({ ...migratedBudget, findings: undefined }).toEqual({ ...budget, findings: undefined });

    const migratedFinal = await byId(final!.id);
    expect(migratedFinal.findings).toEqual([
      { ...OLD_FINAL_FINDING, message: "“三公”经费支出表“决算数”行“公务用车购置及运行费”为 12.00 万元，各项之和为 11.00 万元；“预算数”行相符" },
      CURRENT_FINDING,
    ]);
    expect({ ...migratedFinal, findings: undefined }).toEqual({ ...final, findings: undefined });

    expect(await byId(current!.id)).toEqual(current);
  });

  it("leaves findings already worded as now as they are, the sample disclosures' among them", async () => {
    const all = () => handle.db.select().from(disclosures).orderBy(disclosures.id);
    const before = await all();
    expect(before.filter((d) => d.findings.length > 0).length).toBeGreaterThan(1);
    await forgetTheMigration();
    await prepareDatabase(handle, target);
    expect(await all()).toEqual(before);
  });
});
