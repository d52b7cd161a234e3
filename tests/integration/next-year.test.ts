import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { departments, disclosures } from "@/db/schema";
import * as nextYear from "@/app/api/v1/admin/disclosures/[id]/next-year/route";
import * as one from "@/app/api/v1/admin/disclosures/[id]/route";
import type { Actor } from "@/lib/auth/scope";
import { newDisclosureForYear } from "@/lib/disclosure/new-for-year";
import { saveDisclosure } from "@/lib/disclosure/save";
import { type DisclosureDocument, findTable, standardTables } from "@/lib/disclosure/schema";
import { type AccountName, createAccounts, publishedOf } from "./accounts";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
let tokens = {} as Record<AccountName, string>;
let actors = {} as Record<AccountName, Actor>;
let published = { id: "", departmentId: 0 };

beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
  ({ tokens, actors } = await createAccounts({ db: handle.db, domain: "next-year.invalid" }));
  published = await publishedOf({ db: handle.db, districtCode: "500109", code: "134" });
});
afterAll(() => tearDown());

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: unknown, { as, method = "POST", id }: { as: AccountName; method?: string; id: string }) {
  const req = new Request("http://portal.test/api", { method, headers: { authorization: `Bearer ${tokens[as]}` } });
  return (handler as Handler)(req, { params: Promise.resolve({ id }) });
}

async function documentOf(id: string) {
  const response = await call(one.GET, { as: "editorA", method: "GET", id });
  return (await response.json()) as DisclosureDocument & { version: number };
}

const carryOverOf = async (id: string) => (await handle.db.select({ c: disclosures.carryOver }).from(disclosures).where(eq(disclosures.id, id)))[0]!.c;

describe("POST /api/v1/admin/disclosures/{id}/next-year", () => {
  let draftId = "";

  it("creates next year's draft with last year's projects, targets and indicators, the 上年数 copied", async () => {
    const last = await documentOf(published.id);
    const response = await call(nextYear.POST, { as: "editorA", id: published.id });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; version: number };
    expect(body.version).toBe(1);
    draftId = body.id;

    const draft = await documentOf(draftId);
    expect(draft.year).toBe(last.year + 1);
    expect(draft.projects.map((p) => p.name)).toEqual(last.projects.map((p) => p.name));
    expect(draft.projects.every((p) => p.amount === null)).toBe(true);
    expect(draft.performance.overall?.indicators).toEqual(last.performance.overall?.indicators);
    expect(draft.performance.projects.map((t) => [t.projectName, t.indicators.length])).toEqual(last.performance.projects.map((t) => [t.projectName, t.indicators.length]));
    expect(draft.sections.overview).toContain(`${last.year + 1}年年初预算数`);

    const lastTotal = findTable(last, "general_budget_function")!.rows.find((r) => r.code === "total")!;
    const prior = findTable(draft, "general_budget_function")!.rows.find((r) => r.code === "total")!;
    expect(prior.values.prior).toBe(lastTotal.values.total);
    expect(prior.values.total).toBeNull();
    // the tables last year lacked are there, blank, for the draft to be complete
    expect(standardTables(draft).map((t) => t.kind)).toEqual(expect.arrayContaining(["income_summary", "procurement"]));

    const carry = await carryOverOf(draftId);
    expect(carry?.from).toEqual({ id: published.id, year: last.year, revision: 1 });
    expect(carry?.readOnly).toContainEqual({ table: "general_budget_function", column: "prior" });
    expect(carry?.marks.filter((m) => m.part === "project")).toHaveLength(last.projects.length);
    expect(carry?.marks.filter((m) => m.part === "target")).toHaveLength(last.performance.projects.length);
    expect(carry?.marks).toContainEqual({ part: "overall" });
  });

  it("refuses a second draft of that year, another department's editor, a reviewer, an unknown id and a draft", async () => {
    expect((await call(nextYear.POST, { as: "editorA", id: published.id })).status).toBe(409);
    expect((await call(nextYear.POST, { as: "editorB", id: published.id })).status).toBe(403);
    expect((await call(nextYear.POST, { as: "reviewerBeibei", id: published.id })).status).toBe(403);
    expect((await call(nextYear.POST, { as: "editorA", id: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);
    expect((await call(nextYear.POST, { as: "editorB", id: draftId })).status).toBe(404);
    const ofDraft = await call(nextYear.POST, { as: "editorA", id: draftId });
    expect(ofDraft.status).toBe(409);
    expect(((await ofDraft.json()) as { error: string }).error).toContain("只有已公开的文件");
  });

  it("keeps the marks still open when the contact saves, and never where the draft came from", async () => {
    const before = (await carryOverOf(draftId))!;
    const draft = await documentOf(draftId);
    const { version, ...doc } = draft;
    // the first project confirmed, the second removed; a mark for a part never marked is not taken
    const marks = before.marks.filter((m) => !(m.part === "project" && m.name === draft.projects[0]!.name));
    const removed = { ...doc, projects: doc.projects.slice(0, 1) };
    await saveDisclosure({ db: handle.db, actor: actors.editorA, id: draftId, baseVersion: version, doc: removed, marks: [...marks, { part: "project", code: null, name: "新项目" }] });
    const after = (await carryOverOf(draftId))!;
    expect(after.from).toEqual(before.from);
    expect(after.readOnly).toEqual(before.readOnly);
    expect(after.marks.filter((m) => m.part === "project")).toEqual([]);
    expect(after.marks).toHaveLength(before.marks.length - 2);
  });
});

describe("a blank draft", () => {
  it("starts with every table R1 requires and the department's contact", async () => {
    await handle.db.update(departments).set({ contactName: "李青", contactPhone: "023-68862000" }).where(eq(departments.id, published.departmentId));
    const created = await newDisclosureForYear({ db: handle.db, actor: actors.editorA, input: { department: "500109-134", year: 2040, kind: "budget", from: "empty", sourceUnit: "万元" } });
    const draft = await documentOf(created.id);
    expect(draft.contact).toEqual({ name: "李青", phone: "023-68862000" });
    expect(standardTables(draft)).toHaveLength(9);
    expect(standardTables(draft).filter((t) => t.kind !== "three_public").every((t) => t.rows.some((r) => r.code === "total"))).toBe(true);
  });

  it("names the open draft in a refusal by its id, not in the message", async () => {
    const input = { department: "500109-134", year: 2040, kind: "budget", from: "empty", sourceUnit: "万元" } as const;
    const refused = await newDisclosureForYear({ db: handle.db, actor: actors.editorA, input }).catch((e: unknown) => e as { status: number; message: string; details: { existingId?: string } });
    expect(refused).toMatchObject({ status: 409 });
    const { message, details } = refused as { message: string; details: { existingId: string } };
    expect(message).not.toContain(details.existingId);
    expect(details.existingId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("a save with a weight that is no number", () => {
  it("is refused, naming the target, the indicator row and the field, and changes nothing", async () => {
    const created = await newDisclosureForYear({ db: handle.db, actor: actors.editorA, input: { department: "500109-134", year: 2039, kind: "budget", from: "empty", sourceUnit: "万元" } });
    const { version, ...doc } = await documentOf(created.id);
    const indicator = { level1: "产出指标", level2: "数量指标", level3: "办件量", unit: "件", operator: "≥", value: "80", weight: "abc", core: null };
    const bad = { ...doc, performance: { overall: { goal: "保障运转", indicators: [{ ...indicator, weight: "60" }, indicator] }, projects: [] } };
    const refused = await saveDisclosure({ db: handle.db, actor: actors.editorA, id: created.id, baseVersion: version, doc: bad }).catch((e: unknown) => e as Error & { status: number });
    expect(refused).toMatchObject({ status: 400 });
    expect((refused as Error).message).toContain("部门整体绩效目标第 2 个指标的“权重”为“abc”");
    expect((await documentOf(created.id)).version).toBe(version);
  });
});
