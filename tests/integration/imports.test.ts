import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { findDisclosureRecord, readDisclosureDocument } from "@/db/queries/disclosure-read";
import { sourceFileOf, sourceSummaryOf } from "@/db/queries/disclosure-sources";
import { requeueInterruptedJobs } from "@/db/queries/import-jobs";
import { auditLog, disclosures, importJobFiles, importJobs } from "@/db/schema";
import type { Actor } from "@/lib/auth/scope";
import { createDisclosure } from "@/lib/disclosure/create";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { transitionDisclosure } from "@/lib/disclosure/transition";
import { importFile, importTextDocument } from "@/lib/documents";
import { createImportJob } from "@/lib/imports/create-job";
import { importOne } from "@/lib/imports/import-one";
import { runImportJobs } from "@/lib/imports/job-runner";
import * as preview from "@/app/api/v1/admin/import/route";
import * as draft from "@/app/api/v1/admin/import/draft/route";
import * as jobs from "@/app/api/v1/admin/import/jobs/route";
import * as job from "@/app/api/v1/admin/import/jobs/[id]/route";
import * as source from "@/app/api/v1/disclosures/[id]/source/route";
import { type AccountName, createAccounts } from "./accounts";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
let tokens = {} as Record<AccountName, string>;
let actors = {} as Record<AccountName, Actor>;

const SAMPLE = "db/sample/disclosures/beibei-zwfwzx-2025.txt";
const sampleBytes = new Uint8Array(fs.readFileSync(SAMPLE));
const sample = importTextDocument(sampleBytes, "beibei.txt");
/** The portal's JSON of the sample for another year: a file of its own, with other bytes. */
const jsonFile = (year: number, change: Partial<DisclosureDocument> = {}) =>
  new TextEncoder().encode(JSON.stringify({ ...sample, findings: undefined, source: undefined, year, ...change }));
const i1 = { rule: "I1", severity: "warning", table: "三公", row: "current", column: "total", page: 4, message: "第 4 页：单元格“12.6x”不是金额" } as const;

beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
  ({ tokens, actors } = await createAccounts({ db: handle.db, domain: "imports.invalid" }));
});
afterAll(() => tearDown());

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

function call(handler: unknown, { as, method = "GET", form, params = {} }: { as?: AccountName; method?: string; form?: FormData; params?: Record<string, string> }) {
  const headers: Record<string, string> = {};
  if (as) headers.authorization = `Bearer ${tokens[as]}`;
  return (handler as Handler)(new Request("http://portal.test/api", { method, headers, body: form }), { params: Promise.resolve(params) });
}

const formOf = (fields: Record<string, string | { name: string; bytes: Uint8Array }[]>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (typeof v === "string") form.append(k, v);
    else for (const f of v) form.append(k, new File([f.bytes.slice()], f.name));
  }
  return form;
};

describe("a disclosure imported from a file", () => {
  it("keeps the file byte for byte, with its I1 findings apart from the rules' findings, and reads back its source", async () => {
    const doc = { ...sample, year: 2071 };
    const file = { bytes: sampleBytes, source: { ...sample.source!, fileName: "北碚 政务服务中心.txt" }, importFindings: [i1] };
    const created = await createDisclosure({ db: handle.db, doc, actor: actors.editorA, source: "test", file });
    const stored = await sourceFileOf({ db: handle.db, disclosureId: created.id });
    expect(Buffer.from(stored!.content).equals(Buffer.from(sampleBytes))).toBe(true);
    expect(await sourceSummaryOf({ db: handle.db, disclosureId: created.id })).toEqual({ source: file.source, sizeBytes: sampleBytes.byteLength, importFindings: [i1] });
    const record = await findDisclosureRecord({ db: handle.db, id: created.id });
    expect(record!.disclosure.findings.some((f) => f.rule === "I1")).toBe(false);
    expect((await readDisclosureDocument({ db: handle.db, record: record! })).source).toEqual(file.source);
  });

  it("never stores 未注明 as a district or department", async () => {
    const doc = { ...sample, year: 2072, department: { code: "未注明", name: sample.department.name } };
    await expect(createDisclosure({ db: handle.db, doc, actor: null, source: "test" })).rejects.toThrow("未注明所属区县或部门");
  });

  it("is skipped when a file with the same bytes was imported before", async () => {
    const file = { path: "x/2073.json", fileName: "2073.json", bytes: jsonFile(2073) };
    const first = await importOne({ db: handle.db, actor: null, file, parse: importFile });
    expect(first).toMatchObject({ status: "imported", departmentKey: "500109-134", i1: 0 });
    const again = await importOne({ db: handle.db, actor: null, file: { ...file, path: "y/另一个名字.json" }, parse: importFile });
    expect(again).toEqual({ status: "skipped", disclosureId: first.status === "imported" ? first.disclosureId : "", message: "已导入过（sha256 相同），跳过" });
  });

  it("from the command line, a document that names no department goes under --department", async () => {
    const file = { path: "2074.json", fileName: "2074.json", bytes: jsonFile(2074, { district: "未注明", department: { code: "未注明", name: "未注明" } }) };
    expect(await importOne({ db: handle.db, actor: null, file, parse: importFile })).toMatchObject({ status: "refused", message: expect.stringContaining("--department") });
    const filed = await importOne({ db: handle.db, actor: null, file, parse: importFile, department: "500109-134" });
    expect(filed).toMatchObject({ status: "imported", departmentKey: "500109-134" });
    const [row] = await handle.db.select({ title: disclosures.title }).from(disclosures).where(eq(disclosures.id, filed.status === "imported" ? filed.disclosureId : ""));
    expect(row!.title).toBe("重庆市北碚区政务服务中心2074年部门预算");
  });
});

describe("the original file's download", () => {
  let draftId = "";
  beforeAll(async () => {
    const file = { bytes: sampleBytes, source: { ...sample.source!, fileName: "北碚区政务服务中心(2075).txt" }, importFindings: [] };
    draftId = (await createDisclosure({ db: handle.db, doc: { ...sample, year: 2075 }, actor: actors.editorA, source: "test", file })).id;
  });

  it("of a draft is not public, and not for another department's editor or another district's reviewer", async () => {
    expect((await call(source.GET, { params: { id: draftId } })).status).toBe(404);
    expect((await call(source.GET, { as: "editorB", params: { id: draftId } })).status).toBe(404);
    expect((await call(source.GET, { as: "reviewerNanan", params: { id: draftId } })).status).toBe(404);
    for (const who of ["editorA", "reviewerBeibei", "admin"] as const) {
      const res = await call(source.GET, { as: who, params: { id: draftId } });
      expect(res.status, who).toBe(200);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
    }
  });

  it("of a published disclosure is public, served as the file with its name", async () => {
    await transitionDisclosure({ db: handle.db, actor: actors.editorA, id: draftId, action: "submit", input: { override: "样例文件缺部门收入总表，测试中照常流转" } });
    await transitionDisclosure({ db: handle.db, actor: actors.reviewerBeibei, id: draftId, action: "approve", input: { override: "样例文件缺部门收入总表，测试中照常流转" } });
    await transitionDisclosure({ db: handle.db, actor: actors.admin, id: draftId, action: "publish", input: { override: "样例文件缺部门收入总表，测试中照常流转" } });
    const res = await call(source.GET, { params: { id: draftId } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="source.txt"; filename*=UTF-8''${encodeURIComponent("北碚区政务服务中心")}%282075%29.txt`);
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(sampleBytes))).toBe(true);
  });

  it("of a disclosure without a kept file, or an id that is none, is 404", async () => {
    const bare = await createDisclosure({ db: handle.db, doc: { ...sample, year: 2076 }, actor: actors.editorA, source: "test" });
    expect((await call(source.GET, { as: "editorA", params: { id: bare.id } })).status).toBe(404);
    expect((await call(source.GET, { params: { id: "not-a-uuid" } })).status).toBe(404);
  });
});

describe("the import routes", () => {
  it("refuse the anonymous (401) and reviewers (403)", async () => {
    const form = () => formOf({ file: [{ name: "a.json", bytes: jsonFile(2077) }] });
    for (const [handler, params] of [[preview.POST, {}], [draft.POST, {}], [jobs.POST, {}], [job.GET, { id: crypto.randomUUID() }]] as const) {
      const method = handler === job.GET ? "GET" : "POST";
      expect((await call(handler, { method, form: method === "POST" ? form() : undefined, params })).status).toBe(401);
      expect((await call(handler, { as: "reviewerBeibei", method, form: method === "POST" ? form() : undefined, params })).status).toBe(403);
    }
  });

  it("preview a file of the editor's department, refuse another department's at preview, and save the draft with its file", async () => {
    const bytes = jsonFile(2078);
    const seen = await call(preview.POST, { as: "editorA", method: "POST", form: formOf({ file: [{ name: "导出.json", bytes }] }) });
    expect(seen.status).toBe(200);
    const body = (await seen.json()) as { document: DisclosureDocument; assignment: { state: string } };
    expect(body.document.source).toMatchObject({ fileName: "导出.json", format: "json" });
    expect(body.assignment).toMatchObject({ state: "ready", department: { key: "500109-134" }, canChange: false });

    const refused = await call(preview.POST, { as: "editorB", method: "POST", form: formOf({ file: [{ name: "导出.json", bytes }] }) });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toContain("不是您负责的部门");
    expect((await call(draft.POST, { as: "editorB", method: "POST", form: formOf({ file: [{ name: "导出.json", bytes }] }) })).status).toBe(403);

    const saved = await call(draft.POST, { as: "editorA", method: "POST", form: formOf({ file: [{ name: "导出.json", bytes }] }) });
    expect(saved.status).toBe(201);
    const { id } = (await saved.json()) as { id: string };
    expect((await sourceSummaryOf({ db: handle.db, disclosureId: id }))?.source.fileName).toBe("导出.json");
  });

  it("let an admin choose the department of a file that names none; the file's own word is never stored as one", async () => {
    const bytes = jsonFile(2079, { district: "未注明", department: { code: "未注明", name: "未注明" } });
    const seen = await call(preview.POST, { as: "admin", method: "POST", form: formOf({ file: [{ name: "无部门.json", bytes }] }) });
    expect(((await seen.json()) as { assignment: unknown }).assignment).toMatchObject({ state: "choose", choices: "any" });
    const unchosen = await call(draft.POST, { as: "admin", method: "POST", form: formOf({ file: [{ name: "无部门.json", bytes }] }) });
    expect(unchosen.status).toBe(400);
    const saved = await call(draft.POST, { as: "admin", method: "POST", form: formOf({ file: [{ name: "无部门.json", bytes }], department: "500109-134" }) });
    expect(saved.status).toBe(201);
    const record = await findDisclosureRecord({ db: handle.db, id: ((await saved.json()) as { id: string }).id });
    expect(record).toMatchObject({ department: { code: "134" }, district: { name: "北碚区" }, disclosure: { title: "重庆市北碚区政务服务中心2079年部门预算" } });
  });
});

/** Runs the queued jobs here and waits for this one to be done (the routes also start a runner in the background). */
async function settle(id: string, parse?: typeof importFile) {
  await runImportJobs({ db: handle.db, parse });
  for (let i = 0; i < 300; i++) {
    const [row] = await handle.db.select({ status: importJobs.status }).from(importJobs).where(eq(importJobs.id, id));
    if (row!.status === "done" || row!.status === "failed") return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`job ${id} did not finish`);
}

describe("a batch import", () => {
  const notADisclosure = { path: "说明.txt", fileName: "说明.txt", bytes: new TextEncoder().encode("这不是预算公开文件。\n") };

  it("is processed to completion in the background, one file at a time: one imported, one refused, their bytes let go", { timeout: 120_000 }, async () => {
    const created = await call(jobs.POST, {
      as: "editorA",
      method: "POST",
      form: formOf({ files: [{ name: "2080.json", bytes: jsonFile(2080) }, { name: notADisclosure.fileName, bytes: notADisclosure.bytes }] }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await settle(id);
    const progress = (await (await call(job.GET, { as: "editorA", params: { id } })).json()) as { status: string; done: number; total: number; files: { status: string; disclosureId: string | null; message: string; i1: number | null; findings: number | null }[] };
    expect(progress).toMatchObject({ status: "done", done: 2, total: 2 });
    expect(progress.files).toEqual([
      { fileName: "2080.json", status: "imported", disclosureId: expect.any(String), message: expect.stringContaining("500109-134"), i1: 0, findings: expect.any(Number) },
      { fileName: "说明.txt", status: "refused", disclosureId: null, message: expect.stringContaining("文件 说明.txt"), i1: null, findings: null },
    ]);
    const files = await handle.db.select({ content: importJobFiles.content }).from(importJobFiles).where(eq(importJobFiles.jobId, id));
    expect(files.every((f) => f.content === null)).toBe(true);
    const audited = await handle.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.targetId, id), inArray(auditLog.action, ["import.job.create", "import.job.finish"])));
    expect(audited.map((a) => a.action).sort()).toEqual(["import.job.create", "import.job.finish"]);
    // another editor, or a reviewer, does not see it
    expect((await call(job.GET, { as: "editorB", params: { id } })).status).toBe(404);
  });

  it("left running by a stopped process is resumed, and files imported before are skipped", async () => {
    const { id } = await createImportJob({ db: handle.db, actor: actors.editorA, uploads: [{ path: "2080 again.json", fileName: "2080 again.json", bytes: jsonFile(2080) }, notADisclosure] });
    await handle.db.update(importJobs).set({ status: "running" }).where(eq(importJobs.id, id));
    expect(await requeueInterruptedJobs({ db: handle.db })).toBeGreaterThanOrEqual(1);
    await settle(id, importFile);
    const rows = await handle.db.select({ status: importJobFiles.status, message: importJobFiles.message }).from(importJobFiles).where(eq(importJobFiles.jobId, id)).orderBy(importJobFiles.position);
    expect(rows).toEqual([
      { status: "skipped", message: "已导入过（sha256 相同），跳过" },
      { status: "refused", message: expect.any(String) },
    ]);
  });

  it("of another department's file by an editor refuses that file", async () => {
    const { id } = await createImportJob({ db: handle.db, actor: actors.editorB, uploads: [{ path: "2081.json", fileName: "2081.json", bytes: jsonFile(2081) }] });
    await settle(id, importFile);
    const [row] = await handle.db.select({ status: importJobFiles.status, message: importJobFiles.message }).from(importJobFiles).where(eq(importJobFiles.jobId, id));
    expect(row).toEqual({ status: "refused", message: expect.stringContaining("不是您负责的部门") });
  });

  it("refuses an upload with an archive over its limits before queuing anything", async () => {
    const before = await handle.db.select({ id: importJobs.id }).from(importJobs);
    const big = { path: "big.txt", fileName: "big.txt", bytes: new Uint8Array(20 * 1024 * 1024 + 1) };
    await expect(createImportJob({ db: handle.db, actor: actors.admin, uploads: [big] })).rejects.toThrow("超过 20 MB");
    expect(await handle.db.select({ id: importJobs.id }).from(importJobs)).toHaveLength(before.length);
  });
});
