import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { disclosures } from "@/db/schema";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { importTextDocument } from "@/lib/documents";
import * as preview from "@/app/api/v1/admin/import/route";
import * as draft from "@/app/api/v1/admin/import/draft/route";
import { type AccountName, createAccounts } from "./accounts";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
let tokens = {} as Record<AccountName, string>;

// 北碚区政务服务中心 (500109-134): its 2025 budget is published with the sample data
const sample = importTextDocument(new Uint8Array(fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt")), "beibei.txt");
const fileOf = (year: number) => new File([JSON.stringify({ ...sample, findings: undefined, source: undefined, year })], `北碚${year}.json`);

beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
  ({ tokens } = await createAccounts({ db: handle.db, domain: "import-preview.invalid" }));
});
afterAll(() => tearDown());

async function post(handler: (req: Request, context: unknown) => Promise<Response>, as: AccountName, fields: Record<string, string | File>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await handler(new Request("http://portal.test/api", { method: "POST", headers: { authorization: `Bearer ${tokens[as]}` }, body: form }), {});
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const disclosureCount = async () => (await handle.db.select({ n: count() }).from(disclosures))[0]!.n;

describe("the import preview", () => {
  it("refuses another department's editor before any figure is sent, naming the document's department", async () => {
    const refused = await post(preview.POST, "editorB", { file: fileOf(2025) });
    expect(refused.status).toBe(403);
    expect(refused.body.document).toBeUndefined();
    expect(refused.body.error).toContain("这份文件属于重庆市北碚区政务服务中心（部门编码 134）");
    expect(refused.body.error).toContain("只能导入本人负责部门的文件");
  });

  it("tells whether the department has published that year, and which revision", async () => {
    const published = await post(preview.POST, "editorA", { file: fileOf(2025) });
    expect(published.status).toBe(200);
    expect(published.body.assignment).toMatchObject({ state: "ready", department: { key: "500109-134", published: 1 } });
    const fresh = await post(preview.POST, "admin", { file: fileOf(2091) });
    expect(fresh.body.assignment).toMatchObject({ state: "ready", department: { key: "500109-134", published: null }, canChange: true });
  });
});

describe("saving an imported draft", () => {
  it("into a published year is refused without 更正原因, in Chinese, and stores nothing", async () => {
    const before = await disclosureCount();
    const refused = await post(draft.POST, "editorA", { file: fileOf(2025) });
    expect(refused.status).toBe(400);
    const message = JSON.stringify(refused.body.problems);
    expect(message).toContain("须填写更正原因");
    expect(message).toContain("北碚2025.json");
    expect(message).not.toMatch(/revisionReason）|（revisionReason/);
    expect(await disclosureCount()).toBe(before);
  });

  it("keeps the 上年数 the file printed read-only, and none when it printed none", async () => {
    const saved = await post(draft.POST, "editorA", { file: fileOf(2025), revisionReason: "按原文件重新导入" });
    expect(saved.status).toBe(201);
    const [row] = await handle.db.select({ carryOver: disclosures.carryOver, reason: disclosures.revisionReason }).from(disclosures).where(eq(disclosures.id, saved.body.id as string));
    expect(row).toEqual({ carryOver: { from: null, readOnly: [{ table: "general_budget_function", column: "prior" }], marks: [] }, reason: "按原文件重新导入" });

    const noPrior: DisclosureDocument = {
      ...sample,
      year: 2092,
      findings: undefined,
      source: undefined,
      tables: sample.tables.map((t) => (t.kind === "general_budget_function" ? { ...t, rows: t.rows.map((r) => ({ ...r, values: { ...r.values, prior: null } })) } : t)),
    };
    const bare = await post(draft.POST, "editorA", { file: new File([JSON.stringify(noPrior)], "无上年数.json") });
    expect(bare.status).toBe(201);
    const [plain] = await handle.db.select({ carryOver: disclosures.carryOver }).from(disclosures).where(eq(disclosures.id, bare.body.id as string));
    expect(plain!.carryOver).toBeNull();
  });
});
