import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DbHandle, type DbTarget } from "@/db/client";
import { listPublishedDisclosures } from "@/db/queries/public-disclosures";
import { findDepartmentByCode } from "@/db/queries/departments-admin";
import type { Actor } from "@/lib/auth/scope";
import { createDisclosure } from "@/lib/disclosure/create";
import { disclosureListQuerySchema } from "@/lib/disclosure/list-query";
import { transitionDisclosure } from "@/lib/disclosure/transition";
import { updateDepartment } from "@/lib/departments/save-department";
import { importTextDocument } from "@/lib/documents";
import { rowSearchQuerySchema } from "@/lib/rows/query";
import { searchRows } from "@/db/queries/row-search";
import { type AccountName, createAccounts, publishedOf } from "./accounts";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let target: DbTarget;
let tearDown: () => Promise<void>;
let actors: Record<AccountName, Actor>;
beforeAll(async () => {
  ({ handle, target, tearDown } = await setUpTestDatabase());
  ({ actors } = await createAccounts({ db: handle.db, domain: "search-cache.invalid" }));
});
afterAll(() => tearDown());

/** A search as /search runs it (with facets), repeated so that a second answer could come from a cache. */
async function search(q: Record<string, string>, db = handle.db) {
  const query = disclosureListQuerySchema.parse(q);
  await listPublishedDisclosures({ db, query, withFacets: true });
  const [withFacets, plain] = [await listPublishedDisclosures({ db, query, withFacets: true }), await listPublishedDisclosures({ db, query })];
  expect(plain.total).toBe(withFacets.total);
  return withFacets;
}
const facet = (r: Awaited<ReturnType<typeof search>>, d: "district" | "year") => r.facets![d].map((f) => `${f.label}:${f.count}`);

const move = (as: AccountName, id: string, action: "submit" | "approve" | "publish" | "retract", input: { reason?: string } = {}) =>
  transitionDisclosure({ db: handle.db, actor: actors[as], id, action, input });
const nanan = importTextDocument(new Uint8Array(fs.readFileSync("db/sample/disclosures/nanan-zwb-2024.txt")), "nanan-zwb-2024.txt");
/** A 南岸区 disclosure for a year through the whole workflow, as its editor, reviewer and an admin would. */
async function publish(year: number, revisionReason?: string) {
  const { id } = await createDisclosure({ db: handle.db, doc: { ...nanan, year }, actor: actors.editorB, source: "测试", revisionReason });
  for (const [as, action] of [["editorB", "submit"], ["reviewerNanan", "approve"], ["admin", "publish"]] as const) await move(as, id, action);
  return id;
}

describe("a search right after a change a search shows", () => {
  it("leaves out a retracted disclosure: from the results, the total and the facets", async () => {
    const before = await search({ q: "接待" });
    expect(before.total).toBe(4);
    expect(facet(before, "district")).toEqual(["北碚区:2", "南岸区:1", "潼南区:1"]);
    const { id } = await publishedOf({ db: handle.db, districtCode: "500108", code: "236" });
    await move("admin", id, "retract", { reason: "数据有误，重新核对后公开" });

    const after = await search({ q: "接待" });
    expect(after.total).toBe(3);
    expect(after.items.map((i) => i.id)).not.toContain(id);
    expect(facet(after, "district")).toEqual(["北碚区:2", "潼南区:1"]);
    expect((await search({ q: "接待", district: "南岸区" })).total).toBe(0);
  });

  it("counts a newly published disclosure, and no draft on its way there", async () => {
    expect((await search({ q: "接待", year: "2033" })).total).toBe(0);
    const before = await search({});
    const id = await publish(2033);
    const after = await search({ q: "接待", year: "2033" });
    expect(after.items.map((i) => i.id)).toEqual([id]);
    expect(facet(after, "district")).toEqual(["南岸区:1"]);
    expect((await search({})).total).toBe(before.total + 1);
    expect(facet(await search({}), "year")[0]).toBe("2033 年:1");
  });

  it("shows a correction in place of the revision it supersedes, counted once", async () => {
    const [first] = (await search({ year: "2033" })).items;
    const corrected = await publish(2033, "更正项目支出");
    const after = await search({ year: "2033" });
    expect(after.total).toBe(1);
    expect(after.items.map((i) => i.id)).toEqual([corrected]);
    expect(corrected).not.toBe(first!.id);
  });

  it("names a renamed department in the results and the facets", async () => {
    const q = { q: "预算", district: "北碚区" };
    expect((await search(q)).facets!.department.map((d) => d.label)).not.toContain("重庆市北碚区智慧政务中心");
    const dept = (await findDepartmentByCode({ db: handle.db, districtCode: "500109", code: "134" }))!;
    await updateDepartment({
      db: handle.db,
      id: dept.id,
      input: { districtCode: "500109", code: "134", name: "重庆市北碚区智慧政务中心", parentCode: "", contactName: "", contactPhone: "" },
      actor: actors.admin,
    });
    const after = await search(q);
    expect(after.facets!.department.map((d) => d.label)).toContain("重庆市北碚区智慧政务中心");
    expect(after.items.map((i) => i.department.name)).toContain("重庆市北碚区智慧政务中心");
  });
});

describe("the row search right after a change", () => {
  const rows = async (q: Record<string, string>) => {
    const query = rowSearchQuerySchema.parse(q);
    await searchRows({ db: handle.db, query });
    return searchRows({ db: handle.db, query });
  };

  it("lists a newly published disclosure's rows, and no more once it is retracted", async () => {
    expect((await rows({ code: "30217", year: "2034" })).total).toBe(0);
    const id = await publish(2034);
    const listed = await rows({ code: "30217", year: "2034" });
    expect(listed.items.map((r) => `${r.disclosureId} ${r.name}`)).toEqual([`${id} 公务接待费`]);
    expect((await rows({ q: "公务接待费", year: "2034" })).total).toBe(1);
    await move("admin", id, "retract", { reason: "数据有误" });
    expect((await rows({ code: "30217", year: "2034" })).total).toBe(0);
    expect((await rows({ q: "公务接待费", year: "2034" })).items).toEqual([]);
  });
});

describe.runIf(process.env.TEST_DB_DRIVER === "postgres")("two instances on one PostgreSQL", () => {
  it("each sees a retraction made through the other on its next search", async () => {
    const other = await openDatabase(target);
    try {
      const q = { q: "接待", year: "2033" };
      expect((await search(q, other.db)).total).toBe(1);
      expect((await search(q)).total).toBe(1);
      const [found] = (await search(q)).items;
      await move("admin", found!.id, "retract", { reason: "重复公开" });
      expect((await search(q, other.db)).total).toBe(0);
      expect(facet(await search({ year: "2033" }, other.db), "district")).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
