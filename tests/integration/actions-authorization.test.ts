import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import * as schema from "@/db/schema";
import { createDisclosure } from "@/lib/disclosure/create";
import { importTextDocument } from "@/lib/documents";
import { transitionDisclosure } from "@/lib/disclosure/transition";
import type { Actor } from "@/lib/auth/scope";
import { type AccountName, createAccounts, publishedOf } from "./accounts";
import { databaseDigest } from "./db-digest";
import { sessionCookie } from "./session-cookie";
import { setUpTestDatabase } from "./test-db";

// Server actions read the request through next/headers; here each call carries a Bearer token
// (or nothing), exactly as an integration or a forged request would, or a browser's session
// cookie with the headers its page sent.
const request = vi.hoisted(() => {
  process.env.PUBLIC_URL = "https://yusuan.example.gov.cn";
  return { authorization: null as string | null, cookie: null as { name: string; value: string } | null, headers: {} as Record<string, string> };
});
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ ...request.headers, ...(request.authorization ? { authorization: request.authorization } : {}) }),
  cookies: async () => ({ get: (name: string) => (request.cookie?.name === name ? request.cookie : undefined) }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const disclosureActions = await import("@/app/admin/disclosures/actions");
const userActions = await import("@/app/admin/users/actions");
const departmentActions = await import("@/app/admin/departments/actions");
const tokenActions = await import("@/app/admin/tokens/actions");
const inboxActions = await import("@/app/admin/inbox/actions");
const importActions = await import("@/app/admin/import/actions");

let handle: DbHandle;
let tearDown: () => Promise<void>;
let tokens = {} as Record<AccountName, string>;
let actors = {} as Record<AccountName, Actor>;
let draftId = "";
let submittedId = "";
let publishedId = "";
let commentId = 0;
let tokenId = 0;
let departmentId = 0;
let feedbackId = "";

type Who = AccountName | "anonymous";

const sample = importTextDocument(new Uint8Array(fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt")), "s.txt");

beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
  const accounts = await createAccounts({ db: handle.db, domain: "actions.invalid" });
  ({ tokens, actors } = accounts);
  tokenId = (await handle.db.select({ id: schema.apiTokens.id }).from(schema.apiTokens).where(eq(schema.apiTokens.userId, accounts.userIds.admin)))[0]!.id;

  const db = handle.db;
  draftId = (await createDisclosure({ db, doc: { ...sample, year: 2041 }, actor: actors.editorA!, source: "test" })).id;
  submittedId = (await createDisclosure({ db, doc: { ...sample, year: 2042 }, actor: actors.editorA!, source: "test" })).id;
  await transitionDisclosure({ db, actor: actors.editorA!, id: submittedId, action: "submit", input: { override: "样例文件缺部门收入总表，测试中照常流转" } });
  await transitionDisclosure({
    db,
    actor: actors.reviewerBeibei!,
    id: submittedId,
    action: "return",
    input: { comments: [{ anchor: { section: "overview" }, body: "请补充" }] },
  });
  await transitionDisclosure({ db, actor: actors.editorA!, id: submittedId, action: "submit", input: { override: "样例文件缺部门收入总表，测试中照常流转" } });
  commentId = (await db.select({ id: schema.reviewComments.id }).from(schema.reviewComments).where(eq(schema.reviewComments.disclosureId, submittedId)))[0]!.id;
  ({ id: publishedId, departmentId } = await publishedOf({ db, districtCode: "500109", code: "134" }));
  const [fb] = await db
    .insert(schema.feedback)
    .values({ trackingCode: "ACTIONS1", departmentId, disclosureId: publishedId, category: "data_error", message: "合计不对", clientKey: "test" })
    .returning({ id: schema.feedback.id });
  feedbackId = fb!.id;
});
afterAll(() => tearDown());

const snapshot = () => databaseDigest(handle.db);

type Result = { ok: boolean; status?: number };
const called = new Set<string>();

/** A browser signed in as `who`, on a page that sent `headers` (Origin, X-Forwarded-Host…). */
type Browser = { who: AccountName; headers: Record<string, string> };
const cookies = new Map<AccountName, Promise<{ name: string; value: string }>>();
const signedIn = (who: AccountName) => cookies.get(who) ?? cookies.set(who, sessionCookie({ db: handle.db, email: `${who}@actions.invalid` })).get(who)!;

/** Runs an action as someone and expects a refusal with one of the statuses, the database unchanged. */
async function refused(who: Who | Browser, name: string, run: () => Promise<Result>, statuses: number[]) {
  called.add(name);
  const label = typeof who === "string" ? who : `${who.who} (browser, ${JSON.stringify(who.headers)})`;
  if (typeof who === "string") request.authorization = who === "anonymous" ? null : `Bearer ${tokens[who]}`;
  else [request.cookie, request.headers] = [await signedIn(who.who), who.headers];
  const before = await snapshot();
  const result = await run().finally(() => Object.assign(request, { authorization: null, cookie: null, headers: {} }));
  expect(result.ok, `${name} as ${label} should be refused`).toBe(false);
  expect(statuses, `${name} as ${label} answered ${result.status}`).toContain(result.status);
  expect(await snapshot(), `${name} as ${label} changed the database`).toEqual(before);
}

const docOf = (year: number) => ({ ...sample, year });
const D = disclosureActions;
const U = userActions;
const P = departmentActions;
const T = tokenActions;
const I = inboxActions;
const department = { districtCode: "500109", code: "9900", name: "重庆市北碚区测试局", parentCode: "", contactName: "", contactPhone: "" };

/** Every server action with an input that would change something if it were allowed. */
const EVERY_ACTION: [string, () => Promise<Result>][] = [
  ["saveDisclosureAction", () => D.saveDisclosureAction({ id: draftId, baseVersion: 1, doc: docOf(2041) })],
  ["transitionAction", () => D.transitionAction({ id: draftId, action: "submit", input: {} })],
  ["answerCommentAction", () => D.answerCommentAction({ id: submittedId, commentId, answer: "已补充" })],
  ["newDisclosureAction", () => D.newDisclosureAction({ department: "500109-134", year: 2050, kind: "budget", from: "empty", sourceUnit: "万元" })],
  ["startCorrectionAction", () => D.startCorrectionAction({ id: publishedId, reason: "更正" })],
  ["createUserAction", () => U.createUserAction({ email: "new@actions.invalid", name: "新", role: "admin", departments: [], districts: [], password: "Actions#2026" })],
  ["updateUserAction", () => U.updateUserAction({ email: "editorB@actions.invalid", changes: { disabled: true } })],
  ["createDepartmentAction", () => P.createDepartmentAction(department)],
  ["updateDepartmentAction", () => P.updateDepartmentAction({ id: departmentId, department: { ...department, code: "134" } })],
  ["departmentOptionsAction", () => P.departmentOptionsAction({ districtCode: "500109" })],
  ["createTokenAction", () => T.createTokenAction({ userEmail: "admin@actions.invalid", name: "x" })],
  ["revokeTokenAction", () => T.revokeTokenAction({ id: tokenId })],
  ["updateFeedbackAction", () => I.updateFeedbackAction({ id: feedbackId, change: { kind: "answer", answer: "已更正", public: true } })],
  ["publishedRevisionAction", () => importActions.publishedRevisionAction({ department: "500108-236", year: 2024, kind: "budget" })],
];

describe("every server action refuses, and changes nothing", () => {
  it("the anonymous: 401 everywhere", async () => {
    for (const [name, run] of EVERY_ACTION) await refused("anonymous", name, run, [401]);
  });

  it("an editor of another department cannot touch the department's drafts, comments or published disclosure", async () => {
    const editorial = EVERY_ACTION.filter(([n]) => ["saveDisclosureAction", "transitionAction", "answerCommentAction", "newDisclosureAction", "startCorrectionAction", "updateFeedbackAction"].includes(n));
    for (const [name, run] of editorial) await refused("editorB", name, run, [403, 404]);
  });

  it("a reviewer of another district can neither see nor review the submitted disclosure", async () => {
    for (const action of ["return", "approve"] as const) {
      await refused("reviewerNanan", `transitionAction`, () => D.transitionAction({ id: submittedId, action, input: { comment: "不同意" } }), [404]);
    }
  });

  it("an editor cannot approve, return, publish or retract, even its own disclosure", async () => {
    for (const [action, id] of [["approve", submittedId], ["return", submittedId], ["publish", submittedId], ["retract", publishedId]] as const) {
      await refused("editorA", "transitionAction", () => D.transitionAction({ id, action, input: { reason: "x", comment: "x" } }), [403, 409]);
    }
  });

  it("a reviewer cannot write a draft, publish or answer feedback; editors and reviewers cannot manage users, departments or tokens", async () => {
    await refused("reviewerBeibei", "saveDisclosureAction", () => D.saveDisclosureAction({ id: draftId, baseVersion: 1, doc: docOf(2041) }), [403]);
    await refused("reviewerBeibei", "transitionAction", () => D.transitionAction({ id: submittedId, action: "publish", input: {} }), [403, 409]);
    await refused("reviewerBeibei", "updateFeedbackAction", () => I.updateFeedbackAction({ id: feedbackId, change: { kind: "close" } }), [403]);
    // what another department has published is looked up for an admin filing an import, no one else
    const management = EVERY_ACTION.filter(([n]) => /User|Department|Token|publishedRevision/.test(n) && n !== "newDisclosureAction");
    for (const who of ["editorA", "reviewerBeibei"] as const) {
      for (const [name, run] of management) await refused(who, name, run, [403]);
    }
  });

  it("a signed-in browser on another site's page, whatever X-Forwarded-Host or Host it claims: 403 everywhere", async () => {
    const attacks: Record<string, string>[] = [
      { origin: "http://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http", host: "evil.example" },
      { origin: "https://evil.example", host: "yusuan.example.gov.cn" },
      { referer: "https://evil.example/page" },
      {},
    ];
    for (const headers of attacks) {
      for (const [name, run] of EVERY_ACTION) await refused({ who: "admin", headers }, name, run, [403]);
      await refused({ who: "editorA", headers }, "newDisclosureAction", EVERY_ACTION.find(([n]) => n === "newDisclosureAction")![1], [403]);
    }
  });

  it("covers every exported server action of the app; the public ones are named as such", () => {
    const exported = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name) && /^["']use server["']/m.test(fs.readFileSync(file, "utf8"))) {
          for (const m of fs.readFileSync(file, "utf8").matchAll(/^export (?:const|async function) (\w+)/gm)) exported.add(m[1]!);
        }
      }
    };
    walk("app");
    // anyone may leave feedback (tests/integration/feedback.test.ts)
    const PUBLIC_ACTIONS = ["submitFeedbackAction"];
    expect([...exported].filter((n) => !called.has(n) && !PUBLIC_ACTIONS.includes(n))).toEqual([]);
    expect(PUBLIC_ACTIONS.filter((n) => !exported.has(n))).toEqual([]);
  });
});

describe("the same actions, allowed", () => {
  it("from a browser signed in on a page of this site (Origin or Referer the public address)", async () => {
    for (const headers of <Record<string, string>[]>[{ origin: "https://yusuan.example.gov.cn" }, { referer: "https://yusuan.example.gov.cn/admin/disclosures/new" }]) {
      [request.cookie, request.headers] = [await signedIn("admin"), headers];
      const listed = await P.departmentOptionsAction({ districtCode: "500109" });
      Object.assign(request, { cookie: null, headers: {} });
      expect(listed.ok, JSON.stringify(headers)).toBe(true);
    }
    [request.cookie, request.headers] = [await signedIn("editorA"), { origin: "https://yusuan.example.gov.cn" }];
    const created = await D.newDisclosureAction({ department: "500109-134", year: 2050, kind: "budget", from: "empty", sourceUnit: "万元" });
    Object.assign(request, { cookie: null, headers: {} });
    expect(created.ok).toBe(true);
  });

  it("the department's editor saves its draft through the action; the reviewer of its district approves", async () => {
    request.authorization = `Bearer ${tokens.editorA}`;
    const [{ version } = { version: 0 }] = await handle.db.select({ version: schema.disclosures.version }).from(schema.disclosures).where(eq(schema.disclosures.id, draftId));
    const saved = await D.saveDisclosureAction({ id: draftId, baseVersion: version, doc: { ...docOf(2041), sections: { ...sample.sections, overview: "修改后的概况" } } });
    expect(saved.ok).toBe(true);
    request.authorization = `Bearer ${tokens.reviewerBeibei}`;
    const approved = await D.transitionAction({ id: submittedId, action: "approve", input: { override: "样例文件缺部门收入总表，测试中照常流转" } });
    expect(approved.ok).toBe(true);
    const [row] = await handle.db.select({ status: schema.disclosures.status }).from(schema.disclosures).where(eq(schema.disclosures.id, submittedId));
    expect(row?.status).toBe("approved");
    request.authorization = null;
  });
});
