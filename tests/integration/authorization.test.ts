import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { insertToken, revokeToken } from "@/db/queries/api-tokens";
import { departments, disclosures, feedback } from "@/db/schema";
import { actorOfToken, generateToken } from "@/lib/auth/api-tokens";
import { createUser } from "@/lib/users/create-user";
import { importTextDocument } from "@/lib/documents";
import { createImportJob } from "@/lib/imports/create-job";
import * as list from "@/app/api/v1/admin/disclosures/route";
import * as one from "@/app/api/v1/admin/disclosures/[id]/route";
import * as step from "@/app/api/v1/admin/disclosures/[id]/[action]/route";
import * as nextYear from "@/app/api/v1/admin/disclosures/[id]/next-year/route";
import * as upload from "@/app/api/v1/admin/import/route";
import * as draftUpload from "@/app/api/v1/admin/import/draft/route";
import * as jobs from "@/app/api/v1/admin/import/jobs/route";
import * as job from "@/app/api/v1/admin/import/jobs/[id]/route";
import * as inboxExport from "@/app/admin/inbox/export/route";
import * as publicOne from "@/app/api/v1/disclosures/[id]/route";
import { createAccounts } from "./accounts";
import { apiCaller } from "./api-call";
import { databaseDigest } from "./db-digest";
import { sessionCookie } from "./session-cookie";
import { setUpTestDatabase } from "./test-db";

vi.hoisted(() => {
  process.env.PUBLIC_URL = "http://portal.test";
});

let handle: DbHandle;
let tearDown: () => Promise<void>;
const tokens: Record<string, string> = {};
let draftId = "";
let publishedId = "";
let jobId = "";
const FEEDBACK_CODE = "AUTHZ001";
const doc = importTextDocument(new Uint8Array(fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt")), "s.txt");
const draftDoc = { ...doc, year: 2031, findings: undefined };


beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
  Object.assign(tokens, (await createAccounts({ db: handle.db, domain: "authz.invalid" })).tokens);
  const created = await call(list.POST, { as: "editorA", method: "POST", body: draftDoc });
  draftId = ((await created.json()) as { id: string }).id;
  const [own] = await handle.db
    .select({ id: disclosures.id, departmentId: disclosures.departmentId })
    .from(disclosures)
    .innerJoin(departments, eq(departments.id, disclosures.departmentId))
    .where(and(eq(departments.code, "134"), eq(disclosures.status, "published")));
  publishedId = own!.id;
  const editorA = (await actorOfToken({ db: handle.db, token: tokens.editorA! }))!;
  jobId = (await createImportJob({ db: handle.db, actor: editorA, uploads: [{ path: "s.txt", fileName: "s.txt", bytes: fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt") }] })).id;
  await handle.db.insert(feedback).values({ trackingCode: FEEDBACK_CODE, departmentId: own!.departmentId, disclosureId: publishedId, category: "data_error", message: "合计不对", clientKey: "test" });
});
afterAll(() => tearDown());

const call = apiCaller(tokens);

const snapshot = () => databaseDigest(handle.db);

const ACTIONS = ["submit", "return", "approve", "publish", "retract"] as const;

/** Every route handler of the app, by file, and who may call it. */
const ROUTES: Record<string, "admin" | "public" | "sign-in" | "this instance"> = {
  "app/admin/inbox/export/route.ts": "admin",
  "app/api/v1/admin/disclosures/route.ts": "admin",
  "app/api/v1/admin/disclosures/[id]/route.ts": "admin",
  "app/api/v1/admin/disclosures/[id]/[action]/route.ts": "admin",
  "app/api/v1/admin/disclosures/[id]/next-year/route.ts": "admin",
  "app/api/v1/admin/import/route.ts": "admin",
  "app/api/v1/admin/import/draft/route.ts": "admin",
  "app/api/v1/admin/import/jobs/route.ts": "admin",
  "app/api/v1/admin/import/jobs/[id]/route.ts": "admin",
  // next-auth's own: signing in and out (tests/integration/auth.test.ts)
  "app/api/auth/[...nextauth]/route.ts": "sign-in",
  // answers 404 but to this instance's own listener with its secret (tests/integration/page-cache.test.ts)
  "app/api/internal/revalidate/route.ts": "this instance",
  "app/(public)/search/results.csv/route.ts": "public",
  "app/api/v1/disclosures/route.ts": "public",
  "app/api/v1/disclosures/[id]/route.ts": "public",
  "app/api/v1/disclosures/[id]/[file]/route.ts": "public",
  "app/api/v1/disclosures/[id]/source/route.ts": "public",
  "app/api/v1/disclosures/[id]/feedback-options/route.ts": "public",
  "app/api/v1/feedback/route.ts": "public",
  "app/api/v1/rows/route.ts": "public",
  "app/api/v1/rows.csv/route.ts": "public",
};

type Call = (as?: string, headers?: Record<string, string>) => Promise<Response>;
/** Every method of every admin route, with an input it would act on if it were allowed. */
const ADMIN_CALLS: [file: string, name: string, call: Call][] = [
  ["app/api/v1/admin/disclosures/route.ts", "GET disclosures", (as, headers) => call(list.GET, { as, headers })],
  ["app/api/v1/admin/disclosures/route.ts", "POST disclosures", (as, headers) => call(list.POST, { as, headers, method: "POST", body: { ...draftDoc, year: 2034 } })],
  ["app/api/v1/admin/disclosures/[id]/route.ts", "GET disclosure", (as, headers) => call(one.GET, { as, headers, params: { id: draftId } })],
  ["app/api/v1/admin/disclosures/[id]/route.ts", "PUT disclosure", (as, headers) => call(one.PUT, { as, method: "PUT", body: draftDoc, params: { id: draftId }, headers: { "if-match": "1", ...headers } })],
  ["app/api/v1/admin/disclosures/[id]/[action]/route.ts", "POST submit", (as, headers) => call(step.POST, { as, headers, method: "POST", params: { id: draftId, action: "submit" } })],
  ["app/api/v1/admin/disclosures/[id]/next-year/route.ts", "POST next-year", (as, headers) => call(nextYear.POST, { as, headers, method: "POST", params: { id: publishedId } })],
  ["app/api/v1/admin/import/route.ts", "POST import", (as, headers) => call(upload.POST, { as, headers, method: "POST" })],
  ["app/api/v1/admin/import/draft/route.ts", "POST import draft", (as, headers) => call(draftUpload.POST, { as, headers, method: "POST" })],
  ["app/api/v1/admin/import/jobs/route.ts", "POST import job", (as, headers) => call(jobs.POST, { as, headers, method: "POST" })],
  ["app/api/v1/admin/import/jobs/[id]/route.ts", "GET import job", (as, headers) => call(job.GET, { as, headers, params: { id: jobId } })],
  ["app/admin/inbox/export/route.ts", "GET inbox export", (as, headers) => call(inboxExport.GET, { as, headers })],
];

describe("the matrix", () => {
  it("lists every route handler of the app, and every admin route is tried below", () => {
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/^route\.tsx?$/.test(entry.name)) found.push(file.split(path.sep).join("/"));
      }
    };
    walk("app");
    expect(found.sort()).toEqual(Object.keys(ROUTES).sort());
    const tried = new Set(ADMIN_CALLS.map(([file]) => file));
    expect(Object.keys(ROUTES).filter((f) => ROUTES[f] === "admin" && !tried.has(f))).toEqual([]);
  });
});

describe("the admin API refuses, and changes nothing", () => {
  it("the anonymous: 401 on every method of every admin route", async () => {
    const before = await snapshot();
    for (const [, name, run] of ADMIN_CALLS) expect((await run()).status, name).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it("an editor of another department: the other department's import job, next year's draft and feedback are not its to see", async () => {
    const before = await snapshot();
    expect([403, 404]).toContain((await call(job.GET, { as: "editorB", params: { id: jobId } })).status);
    expect([403, 404]).toContain((await call(nextYear.POST, { as: "editorB", method: "POST", params: { id: publishedId } })).status);
    expect((await call(job.GET, { as: "editorA", params: { id: jobId } })).status).toBe(200);
    for (const who of ["editorB", "reviewerNanan"]) {
      const csv = await call(inboxExport.GET, { as: who });
      expect(csv.status).toBe(200);
      expect(await csv.text(), who).not.toContain(FEEDBACK_CODE);
    }
    expect(await (await call(inboxExport.GET, { as: "editorA" })).text()).toContain(FEEDBACK_CODE);
    expect(await snapshot()).toEqual(before);
  });

  it("a reviewer cannot import, start next year's draft or see an import job", async () => {
    const before = await snapshot();
    for (const who of ["reviewerNanan", "reviewerBeibei"]) {
      for (const [, name, run] of ADMIN_CALLS.filter(([, n]) => /import|next-year/.test(n))) expect((await run(who)).status, `${name} as ${who}`).toBe(403);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("the anonymous: 401 on every workflow step", async () => {
    const before = await snapshot();
    const statuses = await Promise.all(ACTIONS.map(async (action) => (await call(step.POST, { method: "POST", params: { id: draftId, action } })).status));
    expect(statuses).toEqual(Array(ACTIONS.length).fill(401));
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
  const cookieOf = async (who: string) => {
    const { name, value } = await sessionCookie({ db: handle.db, email: `${who}@authz.invalid` });
    return `${name}=${value}`;
  };

  it("acts with its session cookie on a page of this site, and is refused from another site's page", async () => {
    const cookie = await cookieOf("editorA");
    const read = await call(one.GET, { params: { id: draftId }, headers: { cookie } });
    expect(read.status).toBe(200);
    const { version } = (await read.json()) as { version: number };
    const before = await snapshot();
    const put = (headers: Record<string, string>) =>
      call(one.PUT, { method: "PUT", body: draftDoc, params: { id: draftId }, headers: { cookie, host: "portal.test", "if-match": String(version), ...headers } });
    const forged = await put({ origin: "https://evil.example" });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { error: string }).error).toContain("来源");
    expect(await snapshot()).toEqual(before);
    expect((await put({ origin: "http://portal.test" })).status).toBe(200);
  });

  it("from another site, X-Forwarded-Host and Host naming that site change nothing: 403 on every write of every admin route", async () => {
    // the department's own editor, whom every one of these writes is open to from a page of this site
    const cookie = await cookieOf("editorA");
    const before = await snapshot();
    const attacks: Record<string, string>[] = [
      { cookie, origin: "http://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http", host: "evil.example" },
      { cookie, referer: "http://evil.example/" },
      { cookie },
    ];
    for (const [, name, run] of ADMIN_CALLS.filter(([, n]) => !n.startsWith("GET"))) {
      for (const headers of attacks) {
        const answer = await run(undefined, headers);
        expect(answer.status, `${name} ${JSON.stringify(Object.keys(headers))}`).toBe(403);
        expect(((await answer.json()) as { error: string }).error).toBe("请求来源不是本站页面，已拒绝。");
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});
