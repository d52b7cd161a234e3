import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { departments, districts } from "@/db/schema";
import { insertDisclosure, replaceDisclosureContent } from "@/db/queries/disclosure-write";
import { findDisclosureRecord, readDisclosureDocument } from "@/db/queries/disclosure-read";
import { listPublishedDisclosures } from "@/db/queries/public-disclosures";
import { canonicalDocument } from "@/lib/disclosure/canonical";
import { disclosureListQuerySchema } from "@/lib/disclosure/list-query";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { createUser } from "@/lib/users/create-user";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
beforeAll(async () => ({ handle, tearDown } = await setUpTestDatabase()));
afterAll(() => tearDown());

/** A 决算 of a sample department with a 决算 table of every new value column and two tables kept as printed. */
async function finalAccount(): Promise<{ departmentId: number; doc: DisclosureDocument }> {
  const [row] = await handle.db
    .select({ id: departments.id, code: departments.code, name: departments.name, district: districts.name })
    .from(departments)
    .innerJoin(districts, eq(districts.code, departments.districtCode))
    .limit(1);
  const doc: DisclosureDocument = {
    format: "budget-disclosure/v1",
    district: row!.district,
    department: { code: row!.code, name: row!.name },
    year: 2024,
    kind: "final",
    sourceUnit: "元",
    sections: { overview: "2024年度收入总计860.04万元。" },
    tables: [
      {
        kind: "final_income_expenditure_summary",
        title: "收入支出决算总表",
        rows: [
          { name: "一般公共预算财政拨款收入", side: "income", values: { amount: "8365432.10", budgetInitial: "8000000.00", budgetAdjusted: "8400000.00" } },
          { code: "total", name: "总计", side: "expenditure", values: { amount: "8600419.60" } },
        ],
      },
      { kind: "other", title: "部门整体支出绩效自评表", unit: "万元", columns: ["指标", "年度指标值", "实际完成值"], rows: [{ cells: ["双拥共建满意度", "≥90%", null] }, { cells: ["", "100%"] }] },
      {
        kind: "final_gov_fund",
        title: "政府性基金预算财政拨款收入支出决算表",
        rows: [{ code: "2296002", name: "用于社会福利的彩票公益金支出", values: { carryoverStart: "1.00", income: "2.00", total: "3.00", basic: null, project: "3.00", carryoverEnd: "0.00" } }],
      },
      {
        kind: "final_income",
        title: "收入决算表",
        rows: [{ code: "total", name: "合计", values: { total: "8365419.60", fiscal: "8365432.10", superiorSubsidy: null, other: "-12.50" } }],
      },
      {
        kind: "final_expenditure",
        title: "支出决算表",
        rows: [{ code: "total", name: "合计", values: { total: "8450432.10", basic: "5150432.10", project: "3300000.00", superiorPayment: null, affiliatedSubsidy: "0.00" } }],
      },
      { kind: "other", title: "", unit: null, note: "续表", columns: [], rows: [] },
    ],
    projects: [],
    performance: { overall: null, projects: [] },
  };
  return { departmentId: row!.id, doc };
}

const store = (departmentId: number, doc: DisclosureDocument) =>
  handle.db.transaction((tx) => insertDisclosure({ tx, doc, departmentId, status: "published", findings: [], actorId: null }));

const readBack = async (id: string) => readDisclosureDocument({ db: handle.db, record: (await findDisclosureRecord({ db: handle.db, id }))! });

describe("a stored disclosure with 决算 tables and tables kept as printed", () => {
  it("reads back equal to its canonical form: the new value columns, and the printed tables' columns, unit, note and cells", async () => {
    const { departmentId, doc } = await finalAccount();
    const id = await store(departmentId, doc);
    expect(await readBack(id)).toEqual(canonicalDocument(doc));
  });

  it("keeps them through a save that replaces the content", async () => {
    const { departmentId, doc } = await finalAccount();
    const id = await store(departmentId, { ...doc, year: 2023 });
    const changed = { ...doc, year: 2023, tables: [...doc.tables].reverse() };
    const admin = await createUser({ db: handle.db, actor: null, input: { email: "s@storage.invalid", name: "S", role: "admin", password: "Storage#2026x" } });
    const version = await handle.db.transaction((tx) => replaceDisclosureContent({ tx, id, expectedVersion: 1, doc: changed, findings: [], actorId: admin.id }));
    expect(version).toBe(2);
    expect(await readBack(id)).toEqual(canonicalDocument(changed));
  });

  it("is found by the words of a table kept as printed", async () => {
    const found = await listPublishedDisclosures({ db: handle.db, query: disclosureListQuerySchema.parse({ q: "双拥共建" }) });
    expect(found.total).toBeGreaterThan(0);
    expect(found.items.every((i) => i.kind === "final")).toBe(true);
  });
});
