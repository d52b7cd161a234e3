import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { findDisclosureRecord, readDisclosureDocument } from "@/db/queries/disclosure-read";
import { disclosures } from "@/db/schema";
import type { Actor } from "@/lib/auth/scope";
import { startCorrection } from "@/lib/disclosure/correction";
import { createDisclosure } from "@/lib/disclosure/create";
import { saveDisclosure } from "@/lib/disclosure/save";
import type { DisclosureDocument, SelfEvaluation } from "@/lib/disclosure/schema";
import { transitionDisclosure } from "@/lib/disclosure/transition";
import { disclosureEtag } from "@/lib/http/etag";
import { finalDoc } from "@/lib/rules/final-fixtures";
import { consistentDoc, setCell } from "@/lib/rules/test-fixtures";
import { type AccountName, createAccounts } from "./accounts";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
let actors: Record<AccountName, Actor>;

beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
  ({ actors } = await createAccounts({ db: handle.db, domain: "final-refresh.invalid" }));
});
afterAll(() => tearDown());

// editorA's department, 500109-134
const ofDepartment = (doc: DisclosureDocument, year: number): DisclosureDocument => ({ ...doc, year, department: { code: "134", name: "重庆市北碚区政务服务中心" } });
/** A 决算 whose 行政运行 年初预算数 is 320.00 万元 where the budget of that year says 300.00 万元. */
const finalOf = (year: number) => {
  const doc = ofDepartment(finalDoc(), year);
  setCell(doc, "final_general_budget_function", "2010301", "budgetInitial", "320.00");
  return doc;
};
const stored = async (id: string) => (await handle.db.select({ findings: disclosures.findings, version: disclosures.version }).from(disclosures).where(eq(disclosures.id, id)))[0]!;
const budgetDifferences = async (id: string) => (await stored(id)).findings.filter((f) => f.rule === "X1" && f.column === "budgetInitial");
const step = (as: AccountName, id: string, action: "submit" | "approve" | "publish" | "retract", input = {}) =>
  transitionDisclosure({ db: handle.db, actor: actors[as], id, action, input: { override: "测试用的说明文字", ...input } });

describe("a 决算 saved before its budget is published", () => {
  it("gets the X1 finding naming both documents once the budget is published, and loses it when the budget is retracted", async () => {
    const final = await createDisclosure({ db: handle.db, doc: finalOf(2041), actor: actors.editorA, source: "测试" });
    expect(await budgetDifferences(final.id)).toEqual([]);
    const before = await stored(final.id);
    const etagBefore = disclosureEtag((await findDisclosureRecord({ db: handle.db, id: final.id }))!, "document");

    const budget = await createDisclosure({ db: handle.db, doc: ofDepartment(consistentDoc(), 2041), actor: actors.editorA, source: "测试" });
    await step("editorA", budget.id, "submit");
    await step("reviewerBeibei", budget.id, "approve");
    // still no budget the public sees
    expect(await budgetDifferences(final.id)).toEqual([]);
    await step("admin", budget.id, "publish");

    const found = await budgetDifferences(final.id);
    expect(found.map((f) => [f.severity, f.table, f.row])).toEqual([["error", "final_general_budget_function", "2010301"]]);
    expect(found[0]!.message).toContain("2041年部门决算");
    expect(found[0]!.message).toContain("已公开的2041年部门预算");
    expect(found[0]!.message).toContain("相差 20.00 万元");
    // nobody edited the 决算: a contact working on it is not told that someone saved first
    expect((await stored(final.id)).version).toBe(before.version);
    // but its public answers, which carry the findings, are no longer those a cache may hold
    expect(disclosureEtag((await findDisclosureRecord({ db: handle.db, id: final.id }))!, "document")).not.toBe(etagBefore);

    await step("admin", budget.id, "retract", { reason: "测试撤回" });
    expect(await budgetDifferences(final.id)).toEqual([]);
  });

  it("is checked again when the budget is corrected: a correction that agrees with it clears the finding", async () => {
    const final = await createDisclosure({ db: handle.db, doc: finalOf(2046), actor: actors.editorA, source: "测试" });
    const budget = await createDisclosure({ db: handle.db, doc: ofDepartment(consistentDoc(), 2046), actor: actors.editorA, source: "测试" });
    for (const [as, action] of [["editorA", "submit"], ["reviewerBeibei", "approve"], ["admin", "publish"]] as const) await step(as, budget.id, action);
    expect(await budgetDifferences(final.id)).toHaveLength(1);

    // the budget's 行政运行 corrected to the 320.00 万元 the 决算 states as its 年初预算数
    const correction = await startCorrection({ db: handle.db, actor: actors.editorA, id: budget.id, reason: "行政运行预算数更正" });
    const corrected = ofDepartment(consistentDoc(), 2046);
    setCell(corrected, "general_budget_function", "2010301", "total", "320.00");
    await saveDisclosure({ db: handle.db, actor: actors.editorA, id: correction.id, baseVersion: correction.version, doc: corrected });
    // a draft correction is not what the public sees
    expect(await budgetDifferences(final.id)).toHaveLength(1);
    for (const [as, action] of [["editorA", "submit"], ["reviewerBeibei", "approve"], ["admin", "publish"]] as const) await step(as, correction.id, action);
    expect(await budgetDifferences(final.id)).toEqual([]);
  });

  it("leaves the 决算 of another year alone", async () => {
    const other = await createDisclosure({ db: handle.db, doc: finalOf(2043), actor: actors.editorA, source: "测试" });
    const budget = await createDisclosure({ db: handle.db, doc: ofDepartment(consistentDoc(), 2042), actor: actors.editorA, source: "测试" });
    await step("editorA", budget.id, "submit");
    await step("reviewerBeibei", budget.id, "approve");
    await step("admin", budget.id, "publish");
    expect(await budgetDifferences(other.id)).toEqual([]);
  });
});

describe("the 绩效自评 of a 决算", () => {
  const evaluation: SelfEvaluation = {
    projectCode: "50010922T000000086182",
    projectName: "大厅运行经费",
    budget: "1970000.00",
    actual: "1832100.00",
    score: "92.5",
    grade: "优",
    gaps: "部分设备采购延至次年，已调整采购计划。",
  };
  const withEvaluations = (doc: DisclosureDocument, selfEvaluations: SelfEvaluation[]) => ({ ...doc, performance: { ...doc.performance, selfEvaluations } });

  it("is saved and read back as entered", async () => {
    const { id, version } = await createDisclosure({ db: handle.db, doc: finalOf(2044), actor: actors.editorA, source: "测试" });
    const doc = withEvaluations(finalOf(2044), [evaluation, { ...evaluation, projectCode: null, projectName: "政务大厅改造", budget: null, actual: "50000.00", score: null, grade: "良", gaps: null }]);
    await saveDisclosure({ db: handle.db, actor: actors.editorA, id, baseVersion: version, doc });
    const back = await readDisclosureDocument({ db: handle.db, record: (await findDisclosureRecord({ db: handle.db, id }))! });
    expect(back.performance.selfEvaluations).toEqual(doc.performance.selfEvaluations);
  });

  it("is refused at save when a grade does not fit its score, naming the row, project and field, and nothing is written", async () => {
    const { id, version } = await createDisclosure({ db: handle.db, doc: finalOf(2045), actor: actors.editorA, source: "测试" });
    const doc = withEvaluations(finalOf(2045), [{ ...evaluation, score: "75", grade: "优" }]);
    await expect(saveDisclosure({ db: handle.db, actor: actors.editorA, id, baseVersion: version, doc })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("绩效自评第 1 行（大厅运行经费）“自评等级”为“优”，但 75 分应评为“中”"),
    });
    expect((await stored(id)).version).toBe(version);
  });
});
