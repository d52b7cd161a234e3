import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { auditLog, disclosures, disclosureSteps } from "@/db/schema";
import { importTextDocument } from "@/lib/documents";
import * as list from "@/app/api/v1/admin/disclosures/route";
import * as step from "@/app/api/v1/admin/disclosures/[id]/[action]/route";
import { createAccounts } from "./accounts";
import { apiCaller } from "./api-call";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
const tokens: Record<string, string> = {};
const call = apiCaller(tokens);
const sample = (file: string) => importTextDocument(new Uint8Array(fs.readFileSync(`db/sample/disclosures/${file}`)), file);
// the published 北碚区 document has no 部门收入总表: rule R1 reports it as an error
const withError = { ...sample("beibei-zwfwzx-2025.txt"), year: 2033, findings: undefined };
// the 南岸区 document has warnings only
const withoutError = { ...sample("nanan-zwb-2024.txt"), year: 2033, findings: undefined };

beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
  Object.assign(tokens, (await createAccounts({ db: handle.db, domain: "gate.invalid" })).tokens);
});
afterAll(() => tearDown());

const create = async (as: string, body: unknown) => ((await (await call(list.POST, { as, method: "POST", body })).json()) as { id: string }).id;
const move = (as: string, id: string, action: string, body?: unknown) => call(step.POST, { as, method: "POST", params: { id, action }, body });
const statusOf = async (id: string) => (await handle.db.select({ status: disclosures.status, version: disclosures.version }).from(disclosures).where(eq(disclosures.id, id)))[0];
const stepsOf = (id: string) => handle.db.select().from(disclosureSteps).where(eq(disclosureSteps.disclosureId, id)).orderBy(disclosureSteps.id);

describe("the error gate of the admin API", () => {
  it("refuses each forward step of a disclosure with errors, 422 with the findings, and changes nothing", async () => {
    const id = await create("editorA", withError);
    const before = await statusOf(id);

    const refused = await move("editorA", id, "submit");
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as { error: string; findings: { rule: string; severity: string; message: string }[] };
    expect(body.error).toMatch(/1 条错误.*说明/);
    expect(body.findings).toEqual([expect.objectContaining({ rule: "R1", severity: "error", message: expect.stringContaining("部门收入总表") })]);
    // a 说明 too short to say anything is refused the same way
    expect((await move("editorA", id, "submit", { override: "已知" })).status).toBe(422);
    expect(await statusOf(id)).toEqual(before);
    expect(await stepsOf(id)).toEqual([]);

    const note = "原文未单独公开部门收入总表，收入见收支总表";
    expect((await move("editorA", id, "submit", { override: note })).status).toBe(200);
    expect((await statusOf(id))?.status).toBe("submitted");

    expect((await move("reviewerBeibei", id, "approve")).status).toBe(422);
    expect((await statusOf(id))?.status).toBe("submitted");
    expect((await move("reviewerBeibei", id, "approve", { override: "与财政局核实，原文如此" })).status).toBe(200);

    expect((await move("admin", id, "publish", {})).status).toBe(422);
    expect((await statusOf(id))?.status).toBe("approved");
    expect((await move("admin", id, "publish", { override: "经审核人说明后发布" })).status).toBe(200);
    expect((await statusOf(id))?.status).toBe("published");

    const steps = await stepsOf(id);
    expect(steps.map((s) => [s.action, s.errors, s.override])).toEqual([
      ["submit", 1, note],
      ["approve", 1, "与财政局核实，原文如此"],
      ["publish", 1, "经审核人说明后发布"],
    ]);
    const [audited] = await handle.db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.action, "disclosure.submit")));
    expect(audited?.after).toMatchObject({ status: "submitted", errors: 1, override: note });
  });

  it("lets a disclosure with warnings only go forward without a 说明, counting them", async () => {
    const id = await create("editorB", withoutError);
    expect((await move("editorB", id, "submit")).status).toBe(200);
    expect((await move("reviewerNanan", id, "approve")).status).toBe(200);
    const [submitted] = await stepsOf(id);
    expect(submitted).toMatchObject({ action: "submit", errors: 0, override: null });
    expect(submitted!.warnings).toBeGreaterThan(0);
  });

  it("reads a step sent without a body, as curl -X POST sends it, and refuses it for the role before anything else", async () => {
    const id = await create("editorA", { ...withError, year: 2035 });
    expect((await move("editorA", id, "publish")).status).toBe(403);
    const bare = new Request("http://portal.test/api", { method: "POST", headers: { authorization: `Bearer ${tokens.editorA}` }, body: "" });
    expect((await step.POST(bare, { params: Promise.resolve({ id, action: "publish" }) })).status).toBe(403);
    const text = new Request("http://portal.test/api", { method: "POST", headers: { authorization: `Bearer ${tokens.editorA}` }, body: "override=x" });
    expect((await step.POST(text, { params: Promise.resolve({ id, action: "submit" }) })).status).toBe(415);
    expect((await statusOf(id))?.status).toBe("draft");
  });

  it("checks scope before the gate: another department's editor learns nothing of the findings", async () => {
    const id = await create("editorA", { ...withError, year: 2034 });
    const answer = await move("editorB", id, "submit");
    expect(answer.status).toBe(404);
    expect(await answer.text()).not.toContain("部门收入总表");
  });
});
