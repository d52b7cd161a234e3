import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq, sql } from "drizzle-orm";
import { auditLog, departments, disclosures, districts } from "@/db/schema";
import { recordAudit } from "@/db/queries/audit";
import { prepareDatabase } from "@/db/prepare";
import type { DbHandle, DbTarget } from "@/db/client";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let target: DbTarget;
let tearDown: () => Promise<void>;
beforeAll(async () => ({ handle, target, tearDown } = await setUpTestDatabase()));
afterAll(() => tearDown());

const causeOf = (e: unknown): string => {
  const err = e as { message?: string; cause?: { message?: string } };
  return `${err.message ?? ""} ${err.cause?.message ?? ""}`;
};

describe("a new database", () => {
  it("holds the 38 districts and counties of Chongqing", async () => {
    const rows = await handle.db.select().from(districts);
    expect(rows).toHaveLength(38);
    expect(rows.find((d) => d.code === "500109")?.name).toBe("北碚区");
    expect(rows.filter((d) => d.type === "county")).toHaveLength(12);
  });

  it("holds the departments of the sample disclosures, keyed within their district", async () => {
    const [row] = await handle.db.select().from(departments).where(eq(departments.code, "134"));
    expect(row).toMatchObject({ districtCode: "500109", name: "重庆市北碚区政务服务中心", contactName: "李青" });
  });

  it("can be prepared again without duplicating anything", async () => {
    const counts = async () => ({
      departments: (await handle.db.select({ n: count() }).from(departments))[0]?.n,
      districts: (await handle.db.select({ n: count() }).from(districts))[0]?.n,
    });
    const before = await counts();
    await prepareDatabase(handle, target);
    expect(await counts()).toEqual(before);
  });

  it("refuses to change or delete an audit entry", async () => {
    await recordAudit({ db: handle.db, entry: { action: "test.entry", success: true } });
    const update = await handle.db.execute(sql`update audit_log set action = 'forged'`).catch(causeOf);
    const remove = await handle.db.execute(sql`delete from audit_log`).catch(causeOf);
    expect(update).toMatch(/append-only/);
    expect(remove).toMatch(/append-only/);
    const rows = await handle.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "test.entry"));
    expect(rows[0]?.n).toBe(1);
  });

  it("keeps amounts exact, beyond what a JavaScript number can hold", async () => {
    const [dept] = await handle.db.select().from(departments).limit(1);
    const [row] = await handle.db
      .insert(disclosures)
      .values({ departmentId: dept!.id, year: 2025, kind: "budget", title: "t", sourceUnit: "元", totalIncome: "12345678901234567.89" })
      .returning({ totalIncome: disclosures.totalIncome });
    expect(row?.totalIncome).toBe("12345678901234567.89");
    await handle.db.delete(disclosures).where(eq(disclosures.title, "t"));
  });
});
