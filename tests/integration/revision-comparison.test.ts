import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { findDisclosureRecord, readDisclosureDocument } from "@/db/queries/disclosure-read";
import type { Actor } from "@/lib/auth/scope";
import { startCorrection } from "@/lib/disclosure/correction";
import { compareWithPreviousRevision } from "@/lib/disclosure/revision-comparison";
import { saveDisclosure } from "@/lib/disclosure/save";
import { findTable } from "@/lib/disclosure/schema";
import { transitionDisclosure } from "@/lib/disclosure/transition";
import { type AccountName, createAccounts, publishedOf } from "./accounts";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
let actors = {} as Record<AccountName, Actor>;
let publishedId = "";
let correctionId = "";

const compare = async (id: string, publicOnly: boolean) => {
  const record = (await findDisclosureRecord({ db: handle.db, id }))!;
  return compareWithPreviousRevision({ db: handle.db, record, doc: await readDisclosureDocument({ db: handle.db, record }), publicOnly });
};

beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
  ({ actors } = await createAccounts({ db: handle.db, domain: "comparison.invalid" }));
  // 北碚区政务服务中心's published 2025 budget: 2010301 行政运行 基本支出 35000.00 元
  ({ id: publishedId } = await publishedOf({ db: handle.db, districtCode: "500109", code: "134" }));
  ({ id: correctionId } = await startCorrection({ db: handle.db, actor: actors.editorA, id: publishedId, reason: "更正行政运行基本支出" }));
  const record = (await findDisclosureRecord({ db: handle.db, id: correctionId }))!;
  const doc = await readDisclosureDocument({ db: handle.db, record });
  findTable(doc, "general_budget_function")!.rows.find((r) => r.code === "2010301")!.values.basic = "45000.00";
  await saveDisclosure({ db: handle.db, actor: actors.editorA, id: correctionId, baseVersion: record.disclosure.version, doc });
});
afterAll(() => tearDown());

describe("a correction beside the revision it corrects", () => {
  it("lists the changed cell by table, row and column with the 更正原因", async () => {
    const comparison = await compare(correctionId, false);
    expect(comparison).toMatchObject({ revision: 2, previous: 1, reason: "更正行政运行基本支出" });
    expect(comparison!.changes).toContainEqual(
      expect.objectContaining({ where: "一般公共预算财政拨款支出表 · 2010301 行政运行 · 基本支出", before: "35000.00", after: "45000.00" }),
    );
  });

  it("has nothing to compare on a first revision", async () => {
    expect(await compare(publishedId, true)).toBeNull();
  });

  it("is not compared for the public with a revision taken back from it", async () => {
    await transitionDisclosure({ db: handle.db, actor: actors.admin, id: publishedId, action: "retract", input: { reason: "测试撤回" } });
    expect(await compare(correctionId, true)).toBeNull();
    expect((await compare(correctionId, false))?.previous).toBe(1);
  });
});
