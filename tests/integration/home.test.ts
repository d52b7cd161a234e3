import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { departments, disclosures } from "@/db/schema";
import { findDisclosureRecord, readDisclosureDocument } from "@/db/queries/disclosure-read";
import { currentBudgetYear, listDistrictProgress, listLatestPublications } from "@/db/queries/home";
import { startCorrection } from "@/lib/disclosure/correction";
import { saveDisclosure } from "@/lib/disclosure/save";
import { createAccounts, publishedOf } from "./accounts";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
beforeAll(async () => ({ handle, tearDown } = await setUpTestDatabase()));
afterAll(() => tearDown());

const progressOf = async (code: string) => {
  const rows = await listDistrictProgress({ db: handle.db, year: await currentBudgetYear({ db: handle.db, now: new Date() }) });
  return rows.find((r) => r.code === code);
};

describe("the home page's district cards", () => {
  it("count this year's budgets as the latest year any seed publishes: 2025", async () => {
    expect(await currentBudgetYear({ db: handle.db, now: new Date("2026-12-01T04:00:00Z") })).toBe(2025);
  });

  it("say how many of each district's departments published this year's budget, of all its departments", async () => {
    const rows = await listDistrictProgress({ db: handle.db, year: 2025 });
    expect(rows).toHaveLength(38);
    // 北碚区: 政务服务中心 2025 and 人民政府办公室 2024 — one of two has this year's
    expect(rows.find((r) => r.name === "北碚区")).toMatchObject({ departments: 2, publishedThisYear: 1, published: 2 });
    // 南岸区: its one department published 2024 only
    expect(rows.find((r) => r.name === "南岸区")).toMatchObject({ departments: 1, publishedThisYear: 0, published: 1 });
    expect(rows.find((r) => r.name === "潼南区")).toMatchObject({ departments: 1, publishedThisYear: 1, published: 1 });
    // the other 35 have published nothing: the page mutes them
    expect(rows.filter((r) => r.published === 0)).toHaveLength(35);
    expect(rows.reduce((n, r) => n + r.published, 0)).toBe(4);
  });

  it("keep a district whose departments have published nothing at none published, and a draft does not count", async () => {
    await handle.db.insert(departments).values({ districtCode: "500229", code: "101", name: "城口县财政局" });
    expect(await progressOf("500229")).toMatchObject({ name: "城口县", departments: 1, publishedThisYear: 0, published: 0 });
    const [tongnan] = await handle.db.select({ id: disclosures.id }).from(disclosures).innerJoin(departments, eq(departments.id, disclosures.departmentId)).where(eq(departments.districtCode, "500152"));
    await handle.db.update(disclosures).set({ status: "draft" }).where(eq(disclosures.id, tongnan!.id));
    expect(await progressOf("500152")).toMatchObject({ departments: 1, publishedThisYear: 0, published: 0 });
    await handle.db.update(disclosures).set({ status: "published" }).where(eq(disclosures.id, tongnan!.id));
  });
});

describe("the latest publications", () => {
  it("list the four published seeds, each with its district and department", async () => {
    const items = await listLatestPublications({ db: handle.db, limit: 10 });
    expect(items.map((i) => `${i.district} ${i.department} ${i.year}`).sort()).toEqual([
      "北碚区 重庆市北碚区人民政府办公室 2024",
      "北碚区 重庆市北碚区政务服务中心 2025",
      "南岸区 重庆市南岸区政务服务管理办公室 2024",
      "潼南区 重庆市潼南区政务服务管理办公室 2025",
    ]);
    expect(items.every((i) => i.kind === "budget" && i.publishedAt !== null && i.disclosedOn === null)).toBe(true);
  });

  it("put a disclosure by the department's own date where it is known, newest first, and stop at the limit", async () => {
    const [nanan] = await handle.db.select({ id: disclosures.id }).from(disclosures).innerJoin(departments, eq(departments.id, disclosures.departmentId)).where(eq(departments.districtCode, "500108"));
    await handle.db.update(disclosures).set({ disclosedOn: "2024-02-10" }).where(eq(disclosures.id, nanan!.id));
    const items = await listLatestPublications({ db: handle.db, limit: 10 });
    // the department published in February 2024, long before the portal loaded the others
    expect(items.at(-1)).toMatchObject({ district: "南岸区", disclosedOn: "2024-02-10" });
    expect(await listLatestPublications({ db: handle.db, limit: 2 })).toHaveLength(2);
  });
});

describe("a 部门公开日期 entered by the department's contact", () => {
  it("is saved with the disclosure when it is a real day from the year before the document's year up to today, and kept by a save without it", async () => {
    const { actors } = await createAccounts({ db: handle.db, domain: "home.invalid" });
    // 北碚区政务服务中心's 2025 budget, corrected: the correction is a draft the contact saves
    const { id: published } = await publishedOf({ db: handle.db, districtCode: "500109", code: "134" });
    const { id } = await startCorrection({ db: handle.db, actor: actors.editorA, id: published, reason: "补录部门公开日期" });
    const record = async () => (await findDisclosureRecord({ db: handle.db, id }))!;
    const doc = await readDisclosureDocument({ db: handle.db, record: await record() });
    const save = async (disclosedOn?: string | null) =>
      saveDisclosure({ db: handle.db, actor: actors.editorA, id, baseVersion: (await record()).disclosure.version, doc, disclosedOn });

    await expect(save("2023-12-31")).rejects.toMatchObject({ status: 400, message: "未保存：部门公开日期不能早于 2024 年。" });
    await expect(save("2099-01-01")).rejects.toMatchObject({ status: 400, message: "未保存：部门公开日期不能晚于今天。" });
    expect((await record()).disclosure.disclosedOn).toBeNull();

    await save("2025-02-10");
    expect((await record()).disclosure.disclosedOn).toBe("2025-02-10");
    await save();
    expect((await record()).disclosure.disclosedOn).toBe("2025-02-10");
    await save(null);
    expect((await record()).disclosure.disclosedOn).toBeNull();
  });
});
