import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { auditLog, departments } from "@/db/schema";
import { listAuditEntries } from "@/db/queries/audit-log";
import { findDepartmentByKey } from "@/db/queries/departments";
import { countDisclosuresByDistrictAndStatus, listDepartmentsPage } from "@/db/queries/departments-admin";
import { listUsersWithScope } from "@/db/queries/users-admin";
import { actorOfToken } from "@/lib/auth/api-tokens";
import { createDepartment, updateDepartment } from "@/lib/departments/save-department";
import type { DepartmentInput } from "@/lib/departments/schema";
import { InvalidInput } from "@/lib/invalid-input";
import { createApiToken, revokeApiToken } from "@/lib/tokens/manage-tokens";
import { createUser } from "@/lib/users/create-user";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
let admin: { id: number; email: string };
let otherAdmin: { id: number; email: string };

beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
  const make = async (email: string) => {
    const row = await createUser({ db: handle.db, actor: null, input: { email, name: "管理员", role: "admin", password: "Budget#2026" } });
    return { id: row.id, email: row.email };
  };
  admin = await make("admin@manage.invalid");
  otherAdmin = await make("admin2@manage.invalid");
});
afterAll(() => tearDown());

const BEIBEI = "500109";
const NANAN = "500108";
const dept = (over: Partial<DepartmentInput> = {}): DepartmentInput => ({
  districtCode: BEIBEI,
  code: "9001",
  name: "重庆市北碚区测试局",
  parentCode: "",
  contactName: "张三",
  contactPhone: "023-68000000",
  ...over,
});
const rejection = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);
const tableSizes = async () => {
  const [[d], [a]] = await Promise.all([handle.db.select({ n: count() }).from(departments), handle.db.select({ n: count() }).from(auditLog)]);
  return { departments: d!.n, audit: a!.n };
};

describe("departments", () => {
  it("creates a department, audited, and refuses the same code in its district with nothing written", async () => {
    const created = await createDepartment({ db: handle.db, actor: admin, input: dept() });
    expect(created.key).toBe("500109-9001");
    const [entry] = await handle.db.select().from(auditLog).where(eq(auditLog.action, "department.create"));
    expect(entry).toMatchObject({ actorId: admin.id, targetType: "department", targetId: String(created.id), success: true });
    expect(entry?.after).toMatchObject({ key: "500109-9001", name: "重庆市北碚区测试局", contactPhone: "023-68000000" });

    const before = await tableSizes();
    const duplicate = await rejection(createDepartment({ db: handle.db, actor: admin, input: dept({ name: "另一个局" }) }));
    expect(duplicate).toBeInstanceOf(InvalidInput);
    expect((duplicate as InvalidInput).problems).toEqual([
      { field: "code", message: "北碚区已有编码为 9001 的部门（重庆市北碚区测试局），同一区县内部门编码不能重复" },
    ]);
    expect(await tableSizes()).toEqual(before);

    // the same code in another district is another department
    expect((await createDepartment({ db: handle.db, actor: admin, input: dept({ districtCode: NANAN, name: "重庆市南岸区测试局" }) })).key).toBe("500108-9001");
  });

  it("of two creations of one code at once, one is refused", async () => {
    const results = await Promise.allSettled([0, 1].map((n) => createDepartment({ db: handle.db, actor: admin, input: dept({ code: "9100", name: `并发${n}` }) })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as InvalidInput).problems[0]).toMatchObject({ field: "code", message: expect.stringContaining("北碚区已有编码为 9100 的部门") });
    expect(await handle.db.select().from(departments).where(eq(departments.code, "9100"))).toHaveLength(1);
  });

  it("refuses a parent from another district and a bad phone, writing nothing", async () => {
    const before = await tableSizes();
    const e = await rejection(createDepartment({ db: handle.db, actor: admin, input: dept({ code: "9002", parentCode: "236", contactPhone: "abc" }) }));
    expect((e as InvalidInput).problems.map((p) => p.field).sort()).toEqual(["contactPhone"]);
    const parentElsewhere = await rejection(createDepartment({ db: handle.db, actor: admin, input: dept({ code: "9002", parentCode: "236" }) }));
    expect((parentElsewhere as InvalidInput).problems).toEqual([{ field: "parentCode", message: "本区县没有编码为 236 的部门" }]);
    expect(await tableSizes()).toEqual(before);
  });

  it("edits code, name, parent and contact with before and after in the audit log", async () => {
    const parent = await findDepartmentByKey({ db: handle.db, key: "500109-134" });
    const child = await createDepartment({ db: handle.db, actor: admin, input: dept({ code: "9003", name: "下属单位" }) });
    await updateDepartment({ db: handle.db, actor: otherAdmin, id: child.id, input: dept({ code: "9004", name: "下属中心", parentCode: "134", contactName: "", contactPhone: "" }) });
    const [row] = await handle.db.select().from(departments).where(eq(departments.id, child.id));
    expect(row).toMatchObject({ code: "9004", name: "下属中心", parentId: parent!.department.id, contactName: null, contactPhone: null });
    const { entries } = await listAuditEntries({ db: handle.db, filter: { action: "department.update", departmentId: child.id }, limit: 10 });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorEmail: otherAdmin.email,
      before: { key: "500109-9003", name: "下属单位", parent: null, contactName: "张三" },
      after: { key: "500109-9004", name: "下属中心", parent: "134", contactName: null },
    });
  });

  it("refuses an edit to a code in use, to itself as parent or to another district, changing nothing", async () => {
    const d = await createDepartment({ db: handle.db, actor: admin, input: dept({ code: "9005", name: "待改部门" }) });
    const before = await tableSizes();
    const taken = await rejection(updateDepartment({ db: handle.db, actor: admin, id: d.id, input: dept({ code: "9001", name: "待改部门" }) }));
    expect((taken as InvalidInput).problems[0]?.message).toContain("北碚区已有编码为 9001 的部门");
    const self = await rejection(updateDepartment({ db: handle.db, actor: admin, id: d.id, input: dept({ code: "9005", parentCode: "9005" }) }));
    expect((self as InvalidInput).problems).toEqual([{ field: "parentCode", message: "上级部门不能是本部门或其下级部门" }]);
    const moved = await rejection(updateDepartment({ db: handle.db, actor: admin, id: d.id, input: dept({ code: "9005", districtCode: NANAN }) }));
    expect((moved as InvalidInput).problems).toEqual([{ field: "districtCode", message: "部门所属区县不能更改" }]);
    expect(await tableSizes()).toEqual(before);
    const [row] = await handle.db.select().from(departments).where(eq(departments.id, d.id));
    expect(row).toMatchObject({ code: "9005", name: "待改部门" });
  });

  it("lists by district with search and paging", async () => {
    const all = await listDepartmentsPage({ db: handle.db, districtCode: BEIBEI, page: 1, pageSize: 100 });
    expect(all.items.every((d) => d.districtName === "北碚区")).toBe(true);
    const found = await listDepartmentsPage({ db: handle.db, q: "测试局", page: 1, pageSize: 1 });
    expect(found.total).toBe(2);
    expect(found.items.map((d) => d.key)).toEqual(["500108-9001"]);
    expect((await listDepartmentsPage({ db: handle.db, q: "测试局", page: 2, pageSize: 1 })).items.map((d) => d.key)).toEqual(["500109-9001"]);
    expect((await listDepartmentsPage({ db: handle.db, q: "100%_", page: 1, pageSize: 10 })).total).toBe(0);
  });
});

describe("the admin's lists", () => {
  it("lists accounts with their scope, and disclosures by district and status", async () => {
    await createUser({
      db: handle.db,
      actor: admin,
      input: { email: "reviewer@manage.invalid", name: "审核人", role: "reviewer", districts: ["北碚区", "500108"], password: "Budget#2026" },
    });
    const users = await listUsersWithScope({ db: handle.db });
    expect(users.find((u) => u.email === "reviewer@manage.invalid")).toMatchObject({ role: "reviewer", departments: [], districts: ["南岸区", "北碚区"] });
    expect(users.find((u) => u.email === admin.email)).toMatchObject({ role: "admin", departments: [], districts: [], disabled: false });

    const counts = await countDisclosuresByDistrictAndStatus({ db: handle.db });
    expect(counts.find((c) => c.districtCode === BEIBEI && c.status === "published")?.n).toBeGreaterThan(0);
  });
});

describe("API tokens", () => {
  it("a new token acts as its user until it is revoked; the audit log never holds it", async () => {
    const editor = await createUser({
      db: handle.db,
      actor: admin,
      input: { email: "token.editor@manage.invalid", name: "令牌用户", role: "editor", departments: ["500109-134"], password: "Budget#2026" },
    });
    const created = await createApiToken({ db: handle.db, actor: admin, input: { userEmail: "Token.Editor@manage.invalid", name: "一体化系统同步" } });
    expect(created.token.startsWith(created.prefix)).toBe(true);

    const actor = await actorOfToken({ db: handle.db, token: created.token });
    expect(actor).toMatchObject({ id: editor.id, role: "editor", email: "token.editor@manage.invalid" });
    expect(actor?.departmentIds).toHaveLength(1);

    const entries = await handle.db.select().from(auditLog).where(eq(auditLog.targetType, "api_token"));
    expect(entries.map((e) => e.action)).toEqual(["token.create"]);
    expect(JSON.stringify(entries)).not.toContain(created.token.slice(created.prefix.length));

    await revokeApiToken({ db: handle.db, actor: admin, id: created.id });
    expect(await actorOfToken({ db: handle.db, token: created.token })).toBeNull();
    const again = await rejection(revokeApiToken({ db: handle.db, actor: admin, id: created.id }));
    expect(again).toMatchObject({ status: 404 });
    const revokes = await listAuditEntries({ db: handle.db, filter: { action: "token.revoke" }, limit: 10 });
    expect(revokes.entries.map((e) => e.after)).toEqual([{ name: "一体化系统同步", revoked: true }]);
  });

  it("refuses a token for an unknown account", async () => {
    const e = await rejection(createApiToken({ db: handle.db, actor: admin, input: { userEmail: "nobody@manage.invalid", name: "x" } }));
    expect((e as InvalidInput).problems).toEqual([{ field: "userEmail", message: "没有邮箱为 nobody@manage.invalid 的账号" }]);
  });
});

describe("the audit log", () => {
  it("filters by actor, action, department, success and time, newest first", async () => {
    const byOther = await listAuditEntries({ db: handle.db, filter: { actor: { id: otherAdmin.id } }, limit: 50 });
    expect(byOther.entries.map((e) => e.action)).toEqual(["department.update"]);

    const creates = await listAuditEntries({ db: handle.db, filter: { action: "department.create", success: true }, limit: 50 });
    expect(creates.entries.length).toBeGreaterThanOrEqual(4);
    expect(creates.entries.every((e) => e.action === "department.create")).toBe(true);
    const times = creates.entries.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    expect((await listAuditEntries({ db: handle.db, filter: { action: "department.create", success: false }, limit: 50 })).entries).toEqual([]);

    const nanan = await findDepartmentByKey({ db: handle.db, key: "500108-9001" });
    const ofNanan = await listAuditEntries({ db: handle.db, filter: { departmentId: nanan!.department.id }, limit: 50 });
    expect(ofNanan.entries.map((e) => e.after)).toEqual([expect.objectContaining({ key: "500108-9001" })]);

    const future = new Date(Date.now() + 3_600_000);
    expect((await listAuditEntries({ db: handle.db, filter: { from: future }, limit: 50 })).entries).toEqual([]);
    expect((await listAuditEntries({ db: handle.db, filter: { until: future, actor: { email: "nobody@manage.invalid" } }, limit: 50 })).entries).toEqual([]);
  });

  it("pages by keyset both ways without losing or repeating an entry", async () => {
    const all = (await listAuditEntries({ db: handle.db, filter: {}, limit: 1000 })).entries.map((e) => e.id);
    const seen: number[] = [];
    let page = await listAuditEntries({ db: handle.db, filter: {}, limit: 3 });
    seen.push(...page.entries.map((e) => e.id));
    while (page.hasMore) {
      const last = page.entries.at(-1)!;
      page = await listAuditEntries({ db: handle.db, filter: {}, cursor: { direction: "before", at: last.atText, id: last.id }, limit: 3 });
      seen.push(...page.entries.map((e) => e.id));
    }
    expect(seen).toEqual(all);
    const oldest = (await listAuditEntries({ db: handle.db, filter: {}, limit: 1000 })).entries.at(-1)!;
    const newer = await listAuditEntries({ db: handle.db, filter: {}, cursor: { direction: "after", at: oldest.atText, id: oldest.id }, limit: 2 });
    expect(newer.entries.map((e) => e.id)).toEqual(all.slice(-3, -1));
    expect(newer.hasMore).toBe(true);
  });
});
