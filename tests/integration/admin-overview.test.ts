import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { listScopeDepartments, listScopeDisclosures } from "@/db/queries/admin-overview";
import { GET } from "@/app/api/v1/admin/disclosures/route";
import type { Actor } from "@/lib/auth/scope";
import { createDisclosure } from "@/lib/disclosure/create";
import { importTextDocument } from "@/lib/documents";
import { scopeListQuerySchema } from "@/lib/disclosure/scope-list-query";
import { transitionDisclosure } from "@/lib/disclosure/transition";
import { type AccountName, createAccounts } from "./accounts";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
let tokens = {} as Record<AccountName, string>;
let actors = {} as Record<AccountName, Actor>;
let draftId = "";
let submittedId = "";

const sample = importTextDocument(new Uint8Array(fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt")), "s.txt");
const query = (q: Record<string, string> = {}) => scopeListQuerySchema.parse(q);
const list = (who: AccountName, q: Record<string, string> = {}) => listScopeDisclosures({ db: handle.db, actor: actors[who], query: query(q) });

beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
  ({ tokens, actors } = await createAccounts({ db: handle.db, domain: "overview.invalid" }));
  draftId = (await createDisclosure({ db: handle.db, doc: { ...sample, year: 2041 }, actor: actors.editorA, source: "test" })).id;
  submittedId = (await createDisclosure({ db: handle.db, doc: { ...sample, year: 2042 }, actor: actors.editorA, source: "test" })).id;
  await transitionDisclosure({ db: handle.db, actor: actors.editorA, id: submittedId, action: "submit", input: { override: "样例文件缺部门收入总表，测试中照常流转" } });
});
afterAll(() => tearDown());

// A new installation publishes the four samples: 北碚区 104 and 134, 南岸区 236, 潼南区 363.
describe("the dashboard's list of disclosures", () => {
  it("counts each status within the reader's scope, and what waits for their role", async () => {
    const editor = await list("editorA");
    expect(editor.counts).toEqual({ published: 1, draft: 1, submitted: 1 });
    expect(editor.total).toBe(3);
    expect(editor.todo).toBe(1); // the draft; the submitted one waits for the reviewer
    const reviewer = await list("reviewerBeibei");
    expect(reviewer.counts).toEqual({ published: 2, draft: 1, submitted: 1 });
    expect(reviewer.todo).toBe(1);
    expect((await list("reviewerNanan")).counts).toEqual({ published: 1 });
    const admin = await list("admin");
    expect(admin.counts).toEqual({ published: 4, draft: 1, submitted: 1 });
    expect(admin.todo).toBe(0);
  });

  it("shows another department's editor none of it, whatever the filter", async () => {
    for (const status of ["draft", "submitted", "todo", "published"]) {
      const { items } = await list("editorB", { status });
      expect(items.map((i) => i.id)).not.toContain(draftId);
      expect(items.map((i) => i.id)).not.toContain(submittedId);
    }
  });

  it("filters by status, what waits, year and department, and pages without losing the total", async () => {
    expect((await list("reviewerBeibei", { status: "todo" })).items.map((i) => i.id)).toEqual([submittedId]);
    expect((await list("editorA", { status: "todo" })).items.map((i) => i.id)).toEqual([draftId]);
    expect((await list("admin", { year: "2042" })).items.map((i) => i.id)).toEqual([submittedId]);
    expect((await list("admin", { department: "500108-236" })).items.map((i) => [i.districtName, i.departmentCode])).toEqual([["南岸区", "236"]]);
    const first = await list("admin", { pageSize: "2", page: "1" });
    const third = await list("admin", { pageSize: "2", page: "3" });
    expect([first.items.length, third.items.length, first.total, third.total]).toEqual([2, 2, 6, 6]);
    // newest year first: the two drafts of 2042 and 2041 lead
    expect(first.items.map((i) => i.year)).toEqual([2042, 2041]);
  });

  it("counts each disclosure's findings and its errors as the document has them", async () => {
    const [row] = (await list("editorA", { year: "2041" })).items;
    expect(row!.findingsTotal).toBe(sample.findings!.length);
    expect(row!.findingsErrors).toBe(sample.findings!.filter((f) => f.severity === "error").length);
  });

  it("counts the departments of the scope beyond the ones it lists", async () => {
    const admin = await listScopeDepartments({ db: handle.db, actor: actors.admin, limit: 2 });
    expect(admin.items).toHaveLength(2);
    expect(admin.total).toBe(4);
    expect((await listScopeDepartments({ db: handle.db, actor: actors.reviewerBeibei })).total).toBe(2);
  });
});

describe("GET /api/v1/admin/disclosures", () => {
  const get = (path: string, who: AccountName) => GET(new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } }), undefined);

  it("pages with the same filters, answering total, counts and the findings in numbers", async () => {
    const res = await get("/api/v1/admin/disclosures?status=todo", "editorA");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ total: 1, page: 1, pageSize: 50, counts: { published: 1, draft: 1, submitted: 1 } });
    expect(body.items).toEqual([expect.objectContaining({ id: draftId, status: "draft", department: expect.objectContaining({ key: "500109-134" }), findings: { total: sample.findings!.length, errors: expect.any(Number) } })]);
  });

  it("refuses a bad parameter with 400, naming it in Chinese", async () => {
    const res = await get("/api/v1/admin/disclosures?status=lost&pageSize=9999", "admin");
    expect(res.status).toBe(400);
    const { problems } = await res.json();
    expect(problems.map((p: { field: string }) => p.field).sort()).toEqual(["pageSize", "status"]);
    expect(problems.find((p: { field: string }) => p.field === "pageSize").message).toBe("每页条数须在 1 至 500 之间");
  });
});
