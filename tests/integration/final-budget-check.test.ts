import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { readPublishedBudget } from "@/db/queries/published-budget";
import { disclosures } from "@/db/schema";
import { createDisclosure } from "@/lib/disclosure/create";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { finalDoc } from "@/lib/rules/final-fixtures";
import { consistentDoc, setCell } from "@/lib/rules/test-fixtures";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;

beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
});
afterAll(() => tearDown());

const inYear = (doc: DisclosureDocument, year: number) => ({ ...doc, year });
/** A 决算 of that year whose 行政运行 年初预算数 is 320.00 where the budget says 300.00. */
const finalOf = (year: number) => {
  const doc = inYear(finalDoc(), year);
  setCell(doc, "final_general_budget_function", "2010301", "budgetInitial", "320.00");
  return doc;
};
const storedFindings = async (id: string) => (await handle.db.select({ findings: disclosures.findings }).from(disclosures).where(eq(disclosures.id, id)))[0]!.findings;
const budgetDifferences = async (id: string) => (await storedFindings(id)).filter((f) => f.rule === "X1" && f.column === "budgetInitial");

describe("a 决算 is checked against the published budget of its department and year", () => {
  it("stores the X1 difference when that budget is published, naming both documents", async () => {
    await createDisclosure({ db: handle.db, doc: inYear(consistentDoc(), 2031), status: "published", actor: null, source: "测试" });
    const { id } = await createDisclosure({ db: handle.db, doc: finalOf(2031), actor: null, source: "测试" });
    const found = await budgetDifferences(id);
    expect(found.map((f) => [f.table, f.row])).toEqual([["final_general_budget_function", "2010301"]]);
    expect(found[0]!.message).toContain("已公开的2031年部门预算");
    expect(found[0]!.message).toContain("相差 20.00 万元");
  });

  it("compares nothing when the budget of that year is only a draft, or of another year", async () => {
    await createDisclosure({ db: handle.db, doc: inYear(consistentDoc(), 2032), actor: null, source: "测试" });
    const draftOnly = await createDisclosure({ db: handle.db, doc: finalOf(2032), actor: null, source: "测试" });
    expect(await budgetDifferences(draftOnly.id)).toEqual([]);
    const otherYear = await createDisclosure({ db: handle.db, doc: finalOf(2030), actor: null, source: "测试" });
    expect(await budgetDifferences(otherYear.id)).toEqual([]);
  });

  it("reads the published budget's current revision", async () => {
    const [row] = await handle.db.select({ departmentId: disclosures.departmentId }).from(disclosures).where(eq(disclosures.year, 2031)).limit(1);
    const budget = await readPublishedBudget({ db: handle.db, departmentId: row!.departmentId, year: 2031 });
    expect(budget).toMatchObject({ kind: "budget", year: 2031, department: { code: "999" } });
    expect(await readPublishedBudget({ db: handle.db, departmentId: row!.departmentId, year: 2032 })).toBeUndefined();
  });
});
