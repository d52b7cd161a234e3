import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { departments, disclosures } from "@/db/schema";
import { currentBudgetYear, listDistrictProgress, listLatestPublications } from "@/db/queries/home";
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
