import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import * as nextAuthRoute from "@/app/api/auth/[...nextauth]/route";
import type { DbHandle } from "@/db/client";
import { auditLog, departments, users } from "@/db/schema";
import { recentLoginAttacks } from "@/db/queries/login-attack-alerts";
import { revokeUserSessions } from "@/db/queries/users";
import { authenticate } from "@/lib/auth/authenticate";
import * as password from "@/lib/auth/password";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { resolveActor, type SessionClaims } from "@/lib/auth/session";
import { createUser, InvalidInput } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { setUpTestDatabase } from "./test-db";

vi.mock("@/lib/auth/password", async (original) => {
  const actual = await original<typeof import("@/lib/auth/password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const verifyPassword = vi.mocked(password.verifyPassword);
// as under `npm start`, which passes the socket's address in this header
(globalThis as Record<symbol, unknown>)[Symbol.for("cq-budget-disclosure.client-address-header")] = CLIENT_ADDRESS_HEADER;

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

let addresses = 0;
/** A client address of its own for each test, so that one test's failures do not count in another's. */
const newAddress = () => `198.51.100.${++addresses}`;
const ownAddress = newAddress();

async function signIn(email: string, password: string, now: Date, ip: string | null = ownAddress) {
  return authenticate({ db: handle.db, email, password, ip, now });
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
  const REFUSED = { ok: false, reason: "refused" };

  it("accepts the right password and audits it", async () => {
    const { email, id } = await newEditor();
    const result = await signIn(email.toUpperCase(), PASSWORD, new Date());
    expect(result.ok).toBe(true);
    const entries = await handle.db.select().from(auditLog).where(and(eq(auditLog.actorId, id), eq(auditLog.action, "auth.login")));
    expect(entries.map((e) => e.success)).toEqual([true]);
  });

  it("pauses an account for one address after 5 failures within 15 minutes, while its owner signs in from another", async () => {
    const { email } = await newEditor();
    const [attacker, owner] = [newAddress(), newAddress()];
    const t0 = new Date("2026-03-01T09:00:00Z");
    for (let i = 0; i < 5; i++) {
      expect(await signIn(email, "Wrong#2026", new Date(t0.getTime() + minutes(i)), attacker)).toEqual(REFUSED);
    }
    // the right password from the attacker's address is refused, with the same answer
    expect(await signIn(email, PASSWORD, new Date(t0.getTime() + minutes(5)), attacker)).toEqual(REFUSED);
    expect((await signIn(email, PASSWORD, new Date(t0.getTime() + minutes(5)), owner)).ok).toBe(true);
    // 16 minutes on, the first failures have left the window
    expect((await signIn(email, PASSWORD, new Date(t0.getTime() + minutes(16)), attacker)).ok).toBe(true);
  });

  it("does not pause for failures spread over more than 15 minutes", async () => {
    const { email } = await newEditor();
    const t0 = new Date("2026-03-02T09:00:00Z");
    for (const m of [0, 5, 10, 16, 20, 25]) {
      expect(await signIn(email, "Wrong#2026", new Date(t0.getTime() + minutes(m)))).toEqual(REFUSED);
    }
    expect((await signIn(email, PASSWORD, new Date(t0.getTime() + minutes(26)))).ok).toBe(true);
  });

  it("counts attempts in the database as they begin, so that neither a burst nor several app instances get more than 5 guesses", async () => {
    const { email, id } = await newEditor();
    const [account] = await handle.db.select().from(users).where(eq(users.id, id));
    const address = newAddress();
    const t0 = new Date("2026-03-03T09:00:00Z");
    verifyPassword.mockClear();
    // twelve guesses arriving at once, as from several instances
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(email, `Wrong#${i}guess`, new Date(t0.getTime() + i * 1000), address)));
    expect(burst).toEqual(Array(12).fill(REFUSED));
    expect(verifyPassword.mock.calls.filter(([hash]) => hash === account!.passwordHash).length).toBeLessThanOrEqual(5);
    expect(await signIn(email, PASSWORD, new Date(t0.getTime() + minutes(1)), address)).toEqual(REFUSED);
  });

  it("answers an unknown email exactly as a known one, pause included, and checks a password hash every time", async () => {
    const { email } = await newEditor();
    const unknown = "nobody@test.invalid";
    const now = new Date();
    const answers = async (who: string) => {
      const address = newAddress();
      const results = [];
      for (let i = 0; i < 7; i++) results.push(await signIn(who, i === 6 ? PASSWORD : "Wrong#2026", now, address));
      return results;
    };
    verifyPassword.mockClear();
    const known = await answers(email);
    expect(verifyPassword).toHaveBeenCalledTimes(7);
    verifyPassword.mockClear();
    expect(await answers(unknown)).toEqual(known);
    expect(verifyPassword).toHaveBeenCalledTimes(7);
    expect(known).toEqual(Array(7).fill(REFUSED));
    const entries = await handle.db.select().from(auditLog).where(eq(auditLog.actorEmail, unknown));
    expect(entries).toHaveLength(7);
    expect(entries.every((e) => e.action === "auth.login" && !e.success)).toBe(true);
  });

  it("refuses every sign-in from an address with 20 failures on any accounts, and the route answers it 429 with Retry-After", async () => {
    const sprayer = newAddress();
    const { email } = await newEditor();
    const now = new Date();
    for (let i = 0; i < 20; i++) expect(await signIn(`guess${i}@test.invalid`, "Wrong#2026", now, sprayer)).toEqual(REFUSED);
    expect(await signIn(email, PASSWORD, now, sprayer)).toEqual(REFUSED);
    expect((await signIn(email, PASSWORD, now, newAddress())).ok).toBe(true);

    const post = (address: string) =>
      nextAuthRoute.POST(
        new NextRequest("http://localhost/api/auth/callback/credentials", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", [CLIENT_ADDRESS_HEADER]: address },
          body: new URLSearchParams({ email, password: PASSWORD, csrfToken: "x", json: "true" }),
        }),
        { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) },
      );
    const refused = await post(sprayer);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    const body = await refused.json();
    expect(body.message).toBe("账号或密码错误，或登录尝试过多，请稍后再试。");
    // what next-auth's signIn() reads its error from
    expect(new URL(body.url).searchParams.get("error")).toBe("refused");
  });

  it("slows an account failing from many addresses and alerts the admins once, without locking its owner out", async () => {
    const { email, id } = await newEditor();
    const guessers = [newAddress(), newAddress(), newAddress(), newAddress()];
    const now = new Date();
    for (let i = 0; i < 12; i++) expect(await signIn(email, "Wrong#2026", now, guessers[i % 4])).toEqual(REFUSED);
    const alerts = await handle.db.select().from(auditLog).where(and(eq(auditLog.action, "auth.attack"), eq(auditLog.actorEmail, email)));
    expect(alerts).toMatchObject([{ actorId: id, success: false, detail: "10 failures from 4 addresses in 15 minutes" }]);
    expect((await recentLoginAttacks({ db: handle.db })).map((a) => a.email)).toContain(email);

    const started = performance.now();
    const owner = await signIn(email, PASSWORD, now, newAddress());
    expect(owner.ok).toBe(true);
    // slowed down: 250 ms per failure beyond the 10th (a lower bound only)
    expect(performance.now() - started).toBeGreaterThanOrEqual(500);
  });

  it("tells a disabled account so only to whoever gives its right password", async () => {
    const { email, id } = await newEditor();
    await handle.db.update(users).set({ disabled: true }).where(eq(users.id, id));
    expect(await signIn(email, "Wrong#2026", new Date())).toEqual(REFUSED);
    expect(await signIn(email, PASSWORD, new Date())).toEqual({ ok: false, reason: "disabled" });
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

  it("lifts the pauses of an account on request", async () => {
    const { email } = await newEditor();
    const address = newAddress();
    const now = new Date();
    for (let i = 0; i < 5; i++) await signIn(email, "Wrong#2026", now, address);
    expect(await signIn(email, PASSWORD, now, address)).toEqual({ ok: false, reason: "refused" });
    await updateUser({ db: handle.db, email, changes: { unlock: true }, actor: null });
    expect((await signIn(email, PASSWORD, now, address)).ok).toBe(true);
  });
});
