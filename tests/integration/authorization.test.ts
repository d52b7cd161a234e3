import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { insertToken, revokeToken } from "@/db/queries/api-tokens";
import { departments, disclosures, reviewComments, tableRows } from "@/db/schema";
import { generateToken } from "@/lib/auth/api-tokens";
import { createUser } from "@/lib/users/create-user";
import { importTextDocument } from "@/lib/documents";
import * as list from "@/app/api/v1/admin/disclosures/route";
import * as one from "@/app/api/v1/admin/disclosures/[id]/route";
import * as step from "@/app/api/v1/admin/disclosures/[id]/[action]/route";
import * as upload from "@/app/api/v1/admin/import/route";
import * as publicOne from "@/app/api/v1/disclosures/[id]/route";
import { createAccounts, PASSWORD } from "./accounts";
import { apiCaller } from "./api-call";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
const tokens: Record<string, string> = {};
let draftId = "";
let publishedId = "";
const doc = importTextDocument(new Uint8Array(fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt")), "s.txt");
const draftDoc = { ...doc, year: 2031, findings: undefined };


beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
  Object.assign(tokens, (await createAccounts({ db: handle.db, domain: "authz.invalid" })).tokens);
  const created = await call(list.POST, { as: "editorA", method: "POST", body: draftDoc });
  draftId = ((await created.json()) as { id: string }).id;
  const [own] = await handle.db
    .select({ id: disclosures.id })
    .from(disclosures)
    .innerJoin(departments, eq(departments.id, disclosures.departmentId))
    .where(and(eq(departments.code, "134"), eq(disclosures.status, "published")));
  publishedId = own!.id;
});
afterAll(() => tearDown());

const call = apiCaller(tokens);

/** Everything a refused request could have changed, except the audit log that records it. */
async function snapshot() {
  const [d, rows, comments] = await Promise.all([
    handle.db.select({ id: disclosures.id, status: disclosures.status, version: disclosures.version, updatedAt: disclosures.updatedAt }).from(disclosures).orderBy(asc(disclosures.id)),
    handle.db.select({ n: sql<number>`count(*)::int`, sum: sql<string>`coalesce(sum(${tableRows.total}), 0)::text` }).from(tableRows),
    handle.db.select({ n: sql<number>`count(*)::int` }).from(reviewComments),
  ]);
  return { d, rows, comments };
}

const ACTIONS = ["submit", "return", "approve", "publish", "retract"] as const;

describe("the admin API refuses, and changes nothing", () => {
  it("the anonymous: 401 on every route and action", async () => {
    const before = await snapshot();
    const statuses = [
      (await call(list.GET, {})).status,
      (await call(list.POST, { method: "POST", body: draftDoc })).status,
      (await call(one.GET, { params: { id: draftId } })).status,
      (await call(one.PUT, { method: "PUT", body: draftDoc, params: { id: draftId }, headers: { "if-match": "1" } })).status,
      (await call(upload.POST, { method: "POST" })).status,
      ...(await Promise.all(ACTIONS.map(async (action) => (await call(step.POST, { method: "POST", params: { id: draftId, action } })).status))),
    ];
    expect(statuses).toEqual(Array(10).fill(401));
    expect(await snapshot()).toEqual(before);
  });

  it("an invalid or revoked token: 401", async () => {
    expect((await call(list.GET, { as: "cqbd_forged" })).status).toBe(401);
    const t = generateToken();
    const user = await createUser({ db: handle.db, actor: null, input: { email: "revoked@authz.invalid", name: "R", role: "editor", departments: ["500109-134"], password: "Authz#Test2026" } });
    const id = await handle.db.transaction((tx) => insertToken({ tx, userId: user.id, name: "x", ...t }));
    expect((await call(list.GET, { as: t.token })).status).toBe(200);
    await handle.db.transaction((tx) => revokeToken({ tx, id }));
    expect((await call(list.GET, { as: t.token })).status).toBe(401);
  });

  it("an editor of another department: cannot see, write or move the draft, whatever id it sends", async () => {
    const before = await snapshot();
    const listed = (await (await call(list.GET, { as: "editorB" })).json()) as { items: { id: string }[] };
    expect(listed.items.map((i) => i.id)).not.toContain(draftId);
    expect((await call(one.GET, { as: "editorB", params: { id: draftId } })).status).toBe(404);
    expect((await call(one.PUT, { as: "editorB", method: "PUT", body: draftDoc, params: { id: draftId }, headers: { "if-match": "1" } })).status).toBe(404);
    for (const action of ACTIONS) expect((await call(step.POST, { as: "editorB", method: "POST", params: { id: draftId, action } })).status).toBe(404);
    // creating a draft for a department that is not its own
    expect((await call(list.POST, { as: "editorB", method: "POST", body: { ...draftDoc, year: 2032 } })).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it("a reviewer of another district: cannot see or review the draft", async () => {
    const before = await snapshot();
    expect((await call(one.GET, { as: "reviewerNanan", params: { id: draftId } })).status).toBe(404);
    for (const action of ["return", "approve"] as const) {
      expect((await call(step.POST, { as: "reviewerNanan", method: "POST", params: { id: draftId, action }, body: { comment: "x" } })).status).toBe(404);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("the editor itself cannot approve, return, publish or retract; reviewers and admins cannot write drafts", async () => {
    const before = await snapshot();
    for (const action of ["return", "approve", "publish", "retract"] as const) {
      expect((await call(step.POST, { as: "editorA", method: "POST", params: { id: draftId, action }, body: { comment: "x", reason: "x" } })).status).toBe(403);
    }
    expect((await call(step.POST, { as: "editorA", method: "POST", params: { id: publishedId, action: "retract" }, body: { reason: "x" } })).status).toBe(403);
    for (const who of ["reviewerBeibei", "admin"]) {
      expect((await call(one.PUT, { as: who, method: "PUT", body: draftDoc, params: { id: draftId }, headers: { "if-match": "1" } })).status).toBe(403);
      expect((await call(step.POST, { as: who, method: "POST", params: { id: draftId, action: "submit" } })).status).toBe(403);
    }
    expect((await call(step.POST, { as: "reviewerBeibei", method: "POST", params: { id: draftId, action: "publish" } })).status).toBe(403);
    expect((await call(list.POST, { as: "admin", method: "POST", body: { ...draftDoc, year: 2033 } })).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it("a draft is not public, by id or in any list", async () => {
    expect((await call(publicOne.GET, { params: { id: draftId } })).status).toBe(404);
    expect((await call(publicOne.GET, { params: { id: publishedId } })).status).toBe(200);
  });
});

describe("saving", () => {
  it("two concurrent saves of one draft on the same version: exactly one wins, the other gets 409 with the differences", async () => {
    const current = (await (await call(one.GET, { as: "editorA", params: { id: draftId } })).json()) as { version: number };
    const edited = structuredClone(draftDoc);
    edited.sections.overview = "第二位编辑的说明";
    const [a, b] = await Promise.all([
      call(one.PUT, { as: "editorA", method: "PUT", body: draftDoc, params: { id: draftId }, headers: { "if-match": String(current.version) } }),
      call(one.PUT, { as: "editorA", method: "PUT", body: edited, params: { id: draftId }, headers: { "if-match": String(current.version) } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = (a.status === 409 ? await a.json() : await b.json()) as { error: string; version: number; changes: unknown[] };
    expect(loser.error).toContain("已被他人修改");
    expect(loser.version).toBe(current.version + 1);
    const after = (await (await call(one.GET, { as: "editorA", params: { id: draftId } })).json()) as { version: number };
    expect(after.version).toBe(current.version + 1);
  });

  it("a save without If-Match is refused with 428; a stale one with 409", async () => {
    expect((await call(one.PUT, { as: "editorA", method: "PUT", body: draftDoc, params: { id: draftId } })).status).toBe(428);
    expect((await call(one.PUT, { as: "editorA", method: "PUT", body: draftDoc, params: { id: draftId }, headers: { "if-match": "1" } })).status).toBe(409);
  });
});

describe("a signed-in browser", () => {
  async function sessionCookie(email: string) {
    const { authenticate } = await import("@/lib/auth/authenticate");
    const { getAuthOptions } = await import("@/lib/auth/options");
    const { encode } = await import("next-auth/jwt");
    const signedIn = await authenticate({ db: handle.db, email, password: PASSWORD, ip: null });
    if (!signedIn.ok) throw new Error(signedIn.reason);
    const token = await encode({
      token: { uid: signedIn.user.id, sid: signedIn.sessionId, tv: signedIn.user.tokenVersion, authTime: signedIn.authTime, email },
      secret: (await getAuthOptions()).secret!,
    });
    return `next-auth.session-token=${token}`;
  }

  it("acts with its session cookie on a page of this site, and is refused from another site's page", async () => {
    const cookie = await sessionCookie("editorA@authz.invalid");
    const read = await call(one.GET, { params: { id: draftId }, headers: { cookie } });
    expect(read.status).toBe(200);
    const { version } = (await read.json()) as { version: number };
    const before = await snapshot();
    const put = (origin: string) =>
      call(one.PUT, { method: "PUT", body: draftDoc, params: { id: draftId }, headers: { cookie, origin, host: "portal.test", "if-match": String(version) } });
    const forged = await put("https://evil.example");
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { error: string }).error).toContain("来源");
    expect(await snapshot()).toEqual(before);
    expect((await put("http://portal.test")).status).toBe(200);
  });
});
