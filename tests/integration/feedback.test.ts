import fs from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { listInbox } from "@/db/queries/feedback-inbox";
import { findFeedbackForActor } from "@/db/queries/feedback-item";
import { newFormToken } from "@/db/queries/feedback-keys";
import { findFeedbackByCode, listPublicAnswers } from "@/db/queries/feedback-public";
import * as schema from "@/db/schema";
import type { Actor } from "@/lib/auth/scope";
import { createDisclosure } from "@/lib/disclosure/create";
import { importTextDocument } from "@/lib/documents";
import { transitionDisclosure } from "@/lib/disclosure/transition";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { type AccountName, createAccounts, publishedOf } from "./accounts";
import { setUpTestDatabase } from "./test-db";

// Server actions read the request through next/headers: each call carries a Bearer token (or
// nothing) and the client address that scripts/start.mjs would have put there.
const request = vi.hoisted(() => ({ authorization: null as string | null, address: "192.0.2.200" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ ...(request.authorization ? { authorization: request.authorization } : {}), "x-cq-client-address": request.address }),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const api = await import("@/app/api/v1/feedback/route");
const { submitFeedbackAction } = await import("@/app/(public)/feedback/actions");
const { updateFeedbackAction } = await import("@/app/admin/inbox/actions");

// as under `npm start`: the server writes the socket's address into the private header
(globalThis as Record<symbol, unknown>)[Symbol.for("cq-budget-disclosure.client-address-header")] = CLIENT_ADDRESS_HEADER;

let handle: DbHandle;
let tearDown: () => Promise<void>;
let tokens = {} as Record<AccountName, string>;
let actors = {} as Record<AccountName, Actor>;
/** the published sample disclosures of 北碚区 134 and 南岸区 236 */
let beibeiId = "";
let nananId = "";
let addressCounter = 0;
const freshAddress = () => `198.51.100.${++addressCounter}`;


beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
  ({ tokens, actors } = await createAccounts({ db: handle.db, domain: "feedback.invalid" }));
  beibeiId = (await publishedOf({ db: handle.db, districtCode: "500109", code: "134" })).id;
  nananId = (await publishedOf({ db: handle.db, districtCode: "500108", code: "236" })).id;
});
afterAll(() => tearDown());
beforeEach(() => {
  request.authorization = null;
  request.address = freshAddress();
});

/** POST /api/v1/feedback from a client at `address`. */
async function post(body: unknown, { address = freshAddress(), headers = {} }: { address?: string; headers?: Record<string, string> } = {}) {
  const req = new Request("http://portal.test/api/v1/feedback", {
    method: "POST",
    headers: { "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: address, ...headers },
    body: JSON.stringify(body),
  });
  const res = await api.POST(req, undefined);
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

const as = (who: AccountName) => {
  request.authorization = `Bearer ${tokens[who]}`;
};

const XSS = `三公经费表中2023年数字与说明不一致 <script>alert(1)</script><img src=x onerror=alert(2)> & "引号"`;

describe("POST /api/v1/feedback", () => {
  it("answers 201 with an id and a tracking code, and keeps the text exactly as written", async () => {
    const res = await post({ category: "data_error", message: XSS, name: "<b>张三</b>", contact: "=1+1", disclosureId: beibeiId, table: "three_public" });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), trackingCode: expect.stringMatching(/^FK-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/), trackingUrl: `/feedback/${res.body.trackingCode}` });
    const [row] = await handle.db.select().from(schema.feedback).where(eq(schema.feedback.id, res.body.id as string));
    expect(row).toMatchObject({ message: XSS, senderName: "<b>张三</b>", senderContact: "=1+1", disclosureId: beibeiId, tableKind: "three_public", status: "new" });
    // only a keyed hash of the address is stored
    expect(row!.clientKey).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain("198.51.100.");
    const [audit] = await handle.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.action, "feedback.create"), eq(schema.auditLog.targetId, row!.id)));
    expect(audit).toMatchObject({ success: true, targetType: "feedback" });
  });

  it("refuses bad input with 400 and a Chinese message per field, storing nothing", async () => {
    const [{ n: before }] = (await handle.db.select({ n: sql<number>`count(*)::int` }).from(schema.feedback)) as [{ n: number }];
    const cases: [unknown, string, RegExp][] = [
      [{ category: "data_error", message: "" }, "message", /请填写意见内容/],
      [{ category: "data_error", message: "   \n " }, "message", /请填写意见内容/],
      [{ category: "data_error", message: "x".repeat(2100) }, "message", /至多 2000 个字（现为 2100 个字）/],
      [{ category: "praise", message: "好" }, "category", /请选择意见类别/],
      [{ message: "好" }, "category", /请选择意见类别/],
      [{ category: "other", message: "好", name: "名".repeat(51) }, "name", /称呼至多 50 个字/],
      [{ category: "other", message: "好", disclosureId: "00000000-0000-4000-8000-000000000000" }, "disclosureId", /没有找到该公开文件/],
      [{ category: "other", message: "好", table: "three_public" }, "table", /只有针对某份公开文件的意见才能指明表格/],
      [{ category: "other", message: "好", disclosureId: beibeiId, table: "three_public", row: "不存在的行" }, "row", /没有“不存在的行”这一行/],
      [{ category: "other", message: "好", department: "500109-99999" }, "department", /没有找到部门 500109-99999/],
    ];
    for (const [body, field, message] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      const problem = (res.body.problems as { field: string; message: string }[]).find((p) => p.field === field);
      expect(problem?.message, `${field} of ${JSON.stringify(body).slice(0, 80)}`).toMatch(message);
    }
    // 2,000 characters of Chinese are allowed: a character counts once
    expect((await post({ category: "other", message: "数".repeat(2000) })).status).toBe(201);
    const [{ n: after }] = (await handle.db.select({ n: sql<number>`count(*)::int` }).from(schema.feedback)) as [{ n: number }];
    expect(after).toBe(before + 1);
  });

  it("takes a row of a table as the page labels it", async () => {
    const [row] = await handle.db
      .select({ code: schema.tableRows.code, name: schema.tableRows.name })
      .from(schema.tableRows)
      .innerJoin(schema.disclosureTables, eq(schema.disclosureTables.id, schema.tableRows.tableId))
      .where(and(eq(schema.disclosureTables.disclosureId, beibeiId), eq(schema.disclosureTables.kind, "general_budget_function"), eq(schema.tableRows.code, "201")));
    const res = await post({ category: "data_error", message: "类合计不对", disclosureId: beibeiId, table: "general_budget_function", row: `201 ${row!.name}` });
    expect(res.status).toBe(201);
  });
});

describe("the rate limit", () => {
  const valid = { category: "unclear", message: "说明与表格不一致" };

  it("accepts 5 from one address within 10 minutes and answers the 6th with 429 and Retry-After", async () => {
    const address = freshAddress();
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(valid, { address })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201]);
    const sixth = await post(valid, { address });
    expect(sixth.status).toBe(429);
    const retryAfter = Number(sixth.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(590);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(sixth.body.error).toMatch(/提交过于频繁.*10 分钟内至多提交 5 条/);
    // another address is not held up
    expect((await post(valid)).status).toBe(201);
  });

  it("does not count refused submissions", async () => {
    const address = freshAddress();
    for (let i = 0; i < 6; i++) expect((await post({ category: "unclear", message: "" }, { address })).status).toBe(400);
    expect((await post(valid, { address })).status).toBe(201);
  });

  it("cannot be escaped with X-Forwarded-For when not behind a proxy", async () => {
    const address = freshAddress();
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(valid, { address, headers: { "x-forwarded-for": `10.9.9.${i}` } })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it("counts an IPv6 client by its /64", async () => {
    const statuses = [];
    for (let i = 1; i <= 6; i++) statuses.push((await post(valid, { address: `2001:db8:aa:bb::${i.toString(16)}` })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it("lets the address post again once its submissions are 10 minutes old", async () => {
    const address = freshAddress();
    for (let i = 0; i < 5; i++) await post(valid, { address });
    expect((await post(valid, { address })).status).toBe(429);
    const ids = (await handle.db.select({ id: schema.feedback.id }).from(schema.feedback).orderBy(sql`${schema.feedback.createdAt} desc`).limit(5)).map((r) => r.id);
    await handle.db.execute(sql`update feedback set created_at = created_at - interval '10 minutes 1 second' where id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`);
    expect((await post(valid, { address })).status).toBe(201);
  });

  it("accepts exactly 5 of 12 simultaneous posts from one address", async () => {
    const address = freshAddress();
    const statuses = await Promise.all(Array.from({ length: 12 }, () => post(valid, { address }).then((r) => r.status)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });
});

describe("the feedback form (server action)", () => {
  const values = { category: "missing" as const, message: "缺少政府采购表", disclosureId: nananId };

  it("is accepted with a time token older than 3 s and an empty honeypot", async () => {
    const formToken = await newFormToken({ db: handle.db });
    vi.useFakeTimers({ now: Date.now() + 4_000, toFake: ["Date"] });
    try {
      const result = await submitFeedbackAction({ ...values, formToken, website: "" });
      expect(result).toEqual({ ok: true, data: { trackingCode: expect.stringMatching(/^FK-/) } });
    } finally {
      vi.useRealTimers();
    }
  });

  it("is refused when sent within 3 s, with a forged token, or with the honeypot filled", async () => {
    const formToken = await newFormToken({ db: handle.db });
    expect(await submitFeedbackAction({ ...values, formToken, website: "" })).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/提交过快/) });
    const [issued] = formToken.split(".");
    const forged = `${Number(issued) - 60_000}.${formToken.split(".")[1]}`;
    expect(await submitFeedbackAction({ ...values, formToken: forged, website: "" })).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/表单已失效/) });
    vi.useFakeTimers({ now: Date.now() + 4_000, toFake: ["Date"] });
    try {
      expect(await submitFeedbackAction({ ...values, formToken, website: "http://spam.example" })).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/提交未被接受/) });
    } finally {
      vi.useRealTimers();
    }
  });

  it("answers field errors in Chinese", async () => {
    const result = await submitFeedbackAction({ category: "other", message: "", formToken: "x", website: "" });
    expect(result).toMatchObject({ ok: false, status: 400, problems: [{ field: "message", message: "请填写意见内容" }] });
  });

  it("shares the API's rate limit", async () => {
    const formToken = await newFormToken({ db: handle.db });
    for (let i = 0; i < 5; i++) expect((await post({ category: "other", message: `经接口 ${i}` }, { address: request.address })).status).toBe(201);
    vi.useFakeTimers({ now: Date.now() + 4_000, toFake: ["Date"] });
    try {
      expect(await submitFeedbackAction({ ...values, formToken, website: "" })).toMatchObject({ ok: false, status: 429, details: { retryAfter: expect.any(Number) } });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the inbox", () => {
  let onBeibei = "";
  let onNanan = "";
  let onPortal = "";
  let reviewCommentBody = "";

  beforeAll(async () => {
    onBeibei = (await post({ category: "data_error", message: "北碚：三公经费合计有误", disclosureId: beibeiId })).body.id as string;
    onNanan = (await post({ category: "unclear", message: "南岸：项目支出说明不清", disclosureId: nananId })).body.id as string;
    onPortal = (await post({ category: "other", message: "平台：希望提供 API 文档" })).body.id as string;
    // a returned draft of 北碚区 134 carries a reviewer's comment
    const sample = importTextDocument(new Uint8Array(fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt")), "s.txt");
    const draft = await createDisclosure({ db: handle.db, doc: { ...sample, year: 2040 }, actor: actors.editorA!, source: "test" });
    await transitionDisclosure({ db: handle.db, actor: actors.editorA!, id: draft.id, action: "submit", input: { override: "样例文件缺部门收入总表，测试中照常流转" } });
    reviewCommentBody = "请补充机关运行经费说明";
    await transitionDisclosure({ db: handle.db, actor: actors.reviewerBeibei!, id: draft.id, action: "return", input: { comments: [{ anchor: { section: "otherNotes" }, body: reviewCommentBody }] } });
  });

  const inboxOf = async (who: AccountName, filter = {}) =>
    (await listInbox({ db: handle.db, actor: actors[who]!, filter, page: 1, pageSize: 500 })).items;

  it("shows an editor the feedback on their department's disclosures, and not on another's", async () => {
    const a = (await inboxOf("editorA")).map((i) => i.id);
    expect(a).toContain(onBeibei);
    expect(a).not.toContain(onNanan);
    expect(a).not.toContain(onPortal);
    const b = (await inboxOf("editorB")).map((i) => i.id);
    expect(b).toContain(onNanan);
    expect(b).not.toContain(onBeibei);
    // whatever id is asked for
    await expect(findFeedbackForActor({ db: handle.db, actor: actors.editorB!, id: onBeibei })).rejects.toMatchObject({ status: 404 });
    as("editorB");
    expect(await updateFeedbackAction({ id: onBeibei, change: { kind: "acknowledge" } })).toMatchObject({ ok: false, status: 404 });
  });

  it("shows reviewers their districts' feedback, read only, and admins everything", async () => {
    const r = (await inboxOf("reviewerBeibei")).map((i) => i.id);
    expect(r).toContain(onBeibei);
    expect(r).not.toContain(onNanan);
    expect((await inboxOf("reviewerNanan")).map((i) => i.id)).not.toContain(onBeibei);
    as("reviewerBeibei");
    expect(await updateFeedbackAction({ id: onBeibei, change: { kind: "acknowledge" } })).toMatchObject({ ok: false, status: 403 });
    const all = (await inboxOf("admin")).map((i) => i.id);
    expect(all).toEqual(expect.arrayContaining([onBeibei, onNanan, onPortal]));
  });

  it("lists the review comments of the editor's and reviewer's scope, marked as such", async () => {
    for (const who of ["editorA", "reviewerBeibei", "admin"] as const) {
      const comment = (await inboxOf(who, { kind: "review" })).find((i) => i.body === reviewCommentBody);
      expect(comment, who).toMatchObject({ kind: "review", status: "new", author: "reviewerBeibei" });
    }
    expect((await inboxOf("editorB")).some((i) => i.body === reviewCommentBody)).toBe(false);
    expect((await inboxOf("editorA", { kind: "feedback" })).some((i) => i.kind === "review")).toBe(false);
  });

  it("takes a feedback from new to acknowledged to answered (public) to closed, audited, the answer shown under the disclosure", async () => {
    as("editorA");
    expect(await updateFeedbackAction({ id: onBeibei, change: { kind: "acknowledge" } })).toEqual({ ok: true, data: { status: "acknowledged" } });
    expect(await updateFeedbackAction({ id: onBeibei, change: { kind: "acknowledge" } })).toMatchObject({ ok: false, status: 409 });
    const answer = "经核对，合计数以表格为准 <script>alert(3)</script>";
    expect(await updateFeedbackAction({ id: onBeibei, change: { kind: "answer", answer, public: true } })).toEqual({ ok: true, data: { status: "answered" } });
    const answers = await listPublicAnswers({ db: handle.db, disclosureId: beibeiId });
    expect(answers.find((a) => a.id === onBeibei)).toMatchObject({ message: "北碚：三公经费合计有误", answer });
    expect(await listPublicAnswers({ db: handle.db, disclosureId: nananId })).toEqual([]);

    const code = (await findFeedbackForActor({ db: handle.db, actor: actors.editorA!, id: onBeibei })).feedback.trackingCode;
    expect(await findFeedbackByCode({ db: handle.db, code })).toMatchObject({ status: "answered", answer, departmentName: "重庆市北碚区政务服务中心" });

    // an admin withdraws the answer from the public page
    as("admin");
    expect(await updateFeedbackAction({ id: onBeibei, change: { kind: "publish", public: false } })).toMatchObject({ ok: true });
    expect((await listPublicAnswers({ db: handle.db, disclosureId: beibeiId })).some((a) => a.id === onBeibei)).toBe(false);

    as("editorA");
    expect(await updateFeedbackAction({ id: onBeibei, change: { kind: "close" } })).toEqual({ ok: true, data: { status: "closed" } });
    expect(await updateFeedbackAction({ id: onBeibei, change: { kind: "answer", answer: "再答", public: false } })).toMatchObject({ ok: false, status: 409 });

    const audited = await handle.db
      .select({ action: schema.auditLog.action, actorId: schema.auditLog.actorId, before: schema.auditLog.before, after: schema.auditLog.after })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.targetType, "feedback"), eq(schema.auditLog.targetId, onBeibei)))
      .orderBy(schema.auditLog.id);
    expect(audited.map((a) => a.action)).toEqual(["feedback.create", "feedback.acknowledge", "feedback.answer", "feedback.publish", "feedback.close"]);
    expect(audited[2]).toMatchObject({ actorId: actors.editorA!.id, before: { status: "acknowledged", answer: null }, after: { status: "answered", answer, answerPublic: true } });
  });

  it("refuses a public answer to feedback that is not about a disclosure, and the anonymous altogether", async () => {
    as("admin");
    expect(await updateFeedbackAction({ id: onPortal, change: { kind: "answer", answer: "已转交", public: true } })).toMatchObject({ ok: false, status: 400, problems: [{ field: "public" }] });
    request.authorization = null;
    expect(await updateFeedbackAction({ id: onNanan, change: { kind: "close" } })).toMatchObject({ ok: false, status: 401 });
    const [row] = await handle.db.select({ status: schema.feedback.status, answer: schema.feedback.answer }).from(schema.feedback).where(eq(schema.feedback.id, onPortal));
    expect(row).toEqual({ status: "new", answer: null });
  });
});
