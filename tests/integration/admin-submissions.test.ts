import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { listScopeDisclosures } from "@/db/queries/admin-overview";
import { recordAudit } from "@/db/queries/audit";
import type { Actor } from "@/lib/auth/scope";
import { createDisclosure } from "@/lib/disclosure/create";
import { scopeListQuerySchema } from "@/lib/disclosure/scope-list-query";
import { transitionDisclosure } from "@/lib/disclosure/transition";
import { importTextDocument } from "@/lib/documents";
import { type AccountName, createAccounts } from "./accounts";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
let actors = {} as Record<AccountName, Actor>;
const ids = { draft: "", submitted: "", older: "" };

const sample = importTextDocument(new Uint8Array(fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt")), "s.txt");
const listed = async (who: AccountName) => {
  const { items } = await listScopeDisclosures({ db: handle.db, actor: actors[who], query: scopeListQuerySchema.parse({ pageSize: "500" }) });
  return (id: string) => items.find((i) => i.id === id)!;
};

beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
  ({ actors } = await createAccounts({ db: handle.db, domain: "submissions.invalid" }));
  const create = async (year: number) => (await createDisclosure({ db: handle.db, doc: { ...sample, year }, actor: actors.editorA, source: "test" })).id;
  ids.draft = await create(2051);
  ids.submitted = await create(2052);
  ids.older = await create(2053);
  await transitionDisclosure({ db: handle.db, actor: actors.editorA, id: ids.submitted, action: "submit", input: { override: "样例文件缺部门收入总表，测试中照常流转" } });
  // a submission from before the workflow kept its steps: only the audit log has it
  await recordAudit({
    db: handle.db,
    entry: { actorId: actors.editorA.id, actorEmail: actors.editorA.email, action: "disclosure.submit", targetType: "disclosure", targetId: ids.older, success: true },
  });
});
afterAll(() => tearDown());

describe("the dashboard's submission columns", () => {
  it("tell when and by whom a disclosure was last submitted, by the submitter's name", async () => {
    const before = Date.now();
    const row = await listed("reviewerBeibei");
    const submitted = row(ids.submitted);
    expect(submitted.submittedBy).toBe("editorA");
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    expect(Math.abs(submitted.submittedAt!.getTime() - before)).toBeLessThan(120_000);
  });

  it("read a submission older than the workflow's steps from the audit log", async () => {
    expect((await listed("admin"))(ids.older)).toMatchObject({ submittedBy: "editorA", submittedAt: expect.any(Date) });
  });

  it("stay empty for a draft never submitted", async () => {
    expect((await listed("editorA"))(ids.draft)).toMatchObject({ submittedAt: null, submittedBy: null });
  });
});
