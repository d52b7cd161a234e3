import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { auditLog, departments, users } from "@/db/schema";
import { revokeUserSessions } from "@/db/queries/users";
import { authenticate } from "@/lib/auth/authenticate";
import { resolveActor, type SessionClaims } from "@/lib/auth/session";
import { createUser, InvalidInput } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
beforeAll(async () => ({ handle, tearDown } = await setUpTestDatabase()));
afterAll(() => tearDown());

const PASSWORD = "Budget#2026";
const minutes = (n: number) => n * 60_000;
let seq = 0;

async function newEditor(departments = ["500109-134"]) {
  const email = `editor${++seq}@test.invalid`;
  const user = await createUser({ db: handle.db, actor: null, input: { email, name: `编辑${seq}`, role: "editor", departments, password: PASSWORD } });
  return { email, id: user.id };
}

async function signIn(email: string, password: string, now: Date) {
  return authenticate({ db: handle.db, email, password, ip: null, now });
}

async function claimsFor(email: string, now: Date): Promise<SessionClaims> {
  const result = await signIn(email, PASSWORD, now);
  if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
  return { uid: result.user.id, sid: result.sessionId, tv: result.user.tokenVersion, authTime: result.authTime };
}

describe("creating accounts", () => {
  it("refuses a weak password, an unknown department and a reviewer without district, changing nothing", async () => {
    const before = await handle.db.select().from(users);
    const attempt = (input: Parameters<typeof createUser>[0]["input"]) => createUser({ db: handle.db, actor: null, input }).catch((e: unknown) => e);
    const weak = await attempt({ email: "w@test.invalid", name: "W", role: "admin", password: "password" });
    const unknown = await attempt({ email: "u@test.invalid", name: "U", role: "editor", departments: ["500109-999"], password: PASSWORD });
    const reviewer = await attempt({ email: "r@test.invalid", name: "R", role: "reviewer", password: PASSWORD });
    expect(weak).toBeInstanceOf(InvalidInput);
    expect((weak as InvalidInput).problems).toEqual([{ field: "password", message: expect.stringMatching(/至少包含/) }]);
    expect((unknown as InvalidInput).message).toContain("没有编号为 500109-999 的部门");
    expect((reviewer as InvalidInput).message).toContain("审核人至少要指定一个区县");
    expect(await handle.db.select().from(users)).toHaveLength(before.length);
  });

  it("gives an editor exactly the departments named", async () => {
    const { email } = await newEditor(["500109-134", "500108-236"]);
    const check = await resolveActor({ db: handle.db, claims: await claimsFor(email, new Date()) });
    expect(check.ok).toBe(true);
    if (check.ok) {
      expect(check.actor.role).toBe("editor");
      expect(check.actor.departmentIds).toHaveLength(2);
      expect(check.actor.districtCodes).toEqual([]);
    }
  });
});

describe("signing in", () => {
  it("accepts the right password and audits it", async () => {
    const { email, id } = await newEditor();
    const result = await signIn(email.toUpperCase(), PASSWORD, new Date());
    expect(result.ok).toBe(true);
    const entries = await handle.db.select().from(auditLog).where(and(eq(auditLog.actorId, id), eq(auditLog.action, "auth.login")));
    expect(entries.map((e) => e.success)).toEqual([true]);
  });

  it("locks the account after 5 failures within 15 minutes, even for the right password, for 15 minutes", async () => {
    const { email, id } = await newEditor();
    const t0 = new Date("2026-03-01T09:00:00Z");
    for (let i = 0; i < 4; i++) {
      expect(await signIn(email, "Wrong#2026", new Date(t0.getTime() + minutes(i)))).toEqual({ ok: false, reason: "invalid" });
    }
    const fifth = await signIn(email, "Wrong#2026", new Date(t0.getTime() + minutes(4)));
    expect(fifth).toMatchObject({ ok: false, reason: "locked" });
    expect(await signIn(email, PASSWORD, new Date(t0.getTime() + minutes(5)))).toMatchObject({ ok: false, reason: "locked" });
    expect(await signIn(email, PASSWORD, new Date(t0.getTime() + minutes(18)))).toMatchObject({ ok: false, reason: "locked" });
    expect((await signIn(email, PASSWORD, new Date(t0.getTime() + minutes(20)))).ok).toBe(true);
    const lockouts = await handle.db.select().from(auditLog).where(and(eq(auditLog.actorId, id), eq(auditLog.action, "auth.lockout")));
    expect(lockouts).toHaveLength(1);
  });

  it("does not lock for failures spread over more than 15 minutes", async () => {
    const { email } = await newEditor();
    const t0 = new Date("2026-03-02T09:00:00Z");
    for (const m of [0, 5, 10, 16, 20, 25]) {
      expect(await signIn(email, "Wrong#2026", new Date(t0.getTime() + minutes(m)))).toEqual({ ok: false, reason: "invalid" });
    }
    expect((await signIn(email, PASSWORD, new Date(t0.getTime() + minutes(26)))).ok).toBe(true);
  });

  it("counts failures in the database, so that two app instances agree", async () => {
    const { email } = await newEditor();
    const t0 = new Date("2026-03-03T09:00:00Z");
    // five failures arriving at once, as from several instances
    const results = await Promise.all([0, 1, 2, 3, 4].map((i) => signIn(email, "Wrong#2026", new Date(t0.getTime() + i * 1000))));
    expect(results.filter((r) => !r.ok && r.reason === "locked").length).toBeGreaterThanOrEqual(1);
    expect(await signIn(email, PASSWORD, new Date(t0.getTime() + minutes(1)))).toMatchObject({ ok: false, reason: "locked" });
  });

  it("refuses an unknown email the same way as a wrong password, and audits the attempt", async () => {
    expect(await signIn("nobody@test.invalid", PASSWORD, new Date())).toEqual({ ok: false, reason: "invalid" });
    const entries = await handle.db.select().from(auditLog).where(eq(auditLog.actorEmail, "nobody@test.invalid"));
    expect(entries).toMatchObject([{ action: "auth.login", success: false }]);
  });
});

describe("sessions", () => {
  it("end after 30 minutes without activity", async () => {
    const { email } = await newEditor();
    const t0 = new Date("2026-03-04T09:00:00Z");
    const claims = await claimsFor(email, t0);
    expect((await resolveActor({ db: handle.db, claims, now: new Date(t0.getTime() + minutes(20)) })).ok).toBe(true);
    // activity at minute 20 moves the idle clock: minute 45 is 25 minutes later
    expect((await resolveActor({ db: handle.db, claims, now: new Date(t0.getTime() + minutes(45)) })).ok).toBe(true);
    expect(await resolveActor({ db: handle.db, claims, now: new Date(t0.getTime() + minutes(76)) })).toEqual({ ok: false, reason: "idle" });
    // and an ended session stays ended
    expect(await resolveActor({ db: handle.db, claims, now: new Date(t0.getTime() + minutes(77)) })).toEqual({ ok: false, reason: "ended" });
  });

  it("end 8 hours after sign-in, however active", async () => {
    const { email } = await newEditor();
    const t0 = new Date("2026-03-05T09:00:00Z");
    const claims = await claimsFor(email, t0);
    for (let m = 20; m < 8 * 60; m += 20) {
      expect((await resolveActor({ db: handle.db, claims, now: new Date(t0.getTime() + minutes(m)) })).ok).toBe(true);
    }
    expect(await resolveActor({ db: handle.db, claims, now: new Date(t0.getTime() + minutes(8 * 60 + 1)) })).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("are revoked when the user's role, password or status changes", async () => {
    const { email, id } = await newEditor();
    const claims = await claimsFor(email, new Date());
    expect((await resolveActor({ db: handle.db, claims })).ok).toBe(true);
    await handle.db.transaction((tx) => revokeUserSessions({ tx, userId: id, reason: "role" }));
    expect(await resolveActor({ db: handle.db, claims })).toEqual({ ok: false, reason: "ended" });
    // a cookie minted before the change, naming a fresh session row, is refused by its version
    const fresh = await claimsFor(email, new Date());
    expect((await resolveActor({ db: handle.db, claims: { ...fresh, tv: claims.tv } })).ok).toBe(false);
  });

  it("end when the account is disabled", async () => {
    const { email, id } = await newEditor();
    const claims = await claimsFor(email, new Date());
    await handle.db.update(users).set({ disabled: true }).where(eq(users.id, id));
    expect(await resolveActor({ db: handle.db, claims })).toEqual({ ok: false, reason: "disabled" });
    expect(await signIn(email, PASSWORD, new Date())).toEqual({ ok: false, reason: "disabled" });
  });
});

describe("changing an account", () => {
  it("ends the user's sessions when the role, the password or the status changes, and audits it", async () => {
    for (const changes of [{ role: "reviewer" as const, districts: ["北碚区"] }, { password: "Changed#2026" }, { disabled: true }]) {
      const { email, id } = await newEditor();
      const claims = await claimsFor(email, new Date());
      const { revokedSessions } = await updateUser({ db: handle.db, email, changes, actor: null });
      expect(revokedSessions).toBe(true);
      expect((await resolveActor({ db: handle.db, claims })).ok).toBe(false);
      const [entry] = await handle.db.select().from(auditLog).where(and(eq(auditLog.targetId, String(id)), eq(auditLog.action, "user.update")));
      expect(entry?.after).toMatchObject({ sessionsRevoked: true });
      expect(JSON.stringify(entry)).not.toContain("Changed#2026");
    }
  });

  it("keeps the sessions when only the scope changes, and the new scope applies at once", async () => {
    const { email } = await newEditor(["500109-134"]);
    const claims = await claimsFor(email, new Date());
    await updateUser({ db: handle.db, email, changes: { departments: ["500108-236"] }, actor: null });
    const check = await resolveActor({ db: handle.db, claims });
    expect(check.ok).toBe(true);
    const [nanan] = await handle.db.select().from(departments).where(eq(departments.code, "236"));
    if (check.ok) expect(check.actor.departmentIds).toEqual([nanan!.id]);
  });

  it("refuses a role without the scope it needs, and changes nothing", async () => {
    const { email, id } = await newEditor();
    const claims = await claimsFor(email, new Date());
    const refused = await updateUser({ db: handle.db, email, changes: { role: "reviewer" }, actor: null }).catch((e: unknown) => e);
    expect((refused as InvalidInput).problems).toEqual([{ field: "districts", message: "审核人至少要指定一个区县" }]);
    const [row] = await handle.db.select().from(users).where(eq(users.id, id));
    expect(row?.role).toBe("editor");
    expect((await resolveActor({ db: handle.db, claims })).ok).toBe(true);
  });

  it("lifts a lockout on request", async () => {
    const { email } = await newEditor();
    const now = new Date();
    for (let i = 0; i < 5; i++) await signIn(email, "Wrong#2026", now);
    expect(await signIn(email, PASSWORD, now)).toMatchObject({ ok: false, reason: "locked" });
    await updateUser({ db: handle.db, email, changes: { unlock: true }, actor: null });
    expect((await signIn(email, PASSWORD, now)).ok).toBe(true);
  });
});
