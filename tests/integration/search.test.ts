import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { DbHandle, DbTarget } from "@/db/client";
import { disclosureSearch } from "@/db/schema";
import { replaceDisclosureContent } from "@/db/queries/disclosure-write";
import { findDisclosureRecord, readDisclosureDocument } from "@/db/queries/disclosure-read";
import { listPublishedDisclosures } from "@/db/queries/public-disclosures";
import { disclosureListQuerySchema } from "@/lib/disclosure/list-query";
import { createUser } from "@/lib/users/create-user";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let target: DbTarget;
let tearDown: () => Promise<void>;
beforeAll(async () => ({ handle, target, tearDown } = await setUpTestDatabase()));
afterAll(() => tearDown());

const search = (q: Record<string, string>) => listPublishedDisclosures({ db: handle.db, query: disclosureListQuerySchema.parse(q) });
const names = (r: Awaited<ReturnType<typeof search>>) => r.items.map((i) => i.department.name);

describe("searching the published disclosures in Chinese", () => {
  it("finds a two-character word in every disclosure whose tables or narrative use it", async () => {
    // every seed has a 公务接待费 column in its “三公” table
    expect((await search({ q: "接待" })).total).toBe(4);
  });

  it("finds a single character, and nothing for a word no disclosure holds", async () => {
    expect((await search({ q: "碚" })).total).toBe(2);
    expect((await search({ q: "航天发射" })).total).toBe(0);
  });

  it("narrows by district and year together", async () => {
    expect(names(await search({ q: "预算", district: "南岸区" }))).toEqual(["重庆市南岸区政务服务管理办公室"]);
    expect(names(await search({ q: "北碚", year: "2024" }))).toEqual(["重庆市北碚区人民政府办公室"]);
  });

  it("ranks a match in the department's name above a match in the text", async () => {
    const r = await search({ q: "政务服务中心" });
    expect(r.items[0]?.department.name).toBe("重庆市北碚区政务服务中心");
  });

  it("finds rows by classification code and projects by name", async () => {
    expect(names(await search({ q: "2010350" }))).toContain("重庆市北碚区政务服务中心");
    expect(names(await search({ q: "大厅运行经费" }))).toEqual(["重庆市北碚区政务服务中心"]);
  });

  it("keeps the index current when a disclosure's content changes", async () => {
    const { items } = await search({ q: "接待", department: "500109-134" });
    const record = (await findDisclosureRecord({ db: handle.db, id: items[0]!.id }))!;
    const doc = await readDisclosureDocument({ db: handle.db, record });
    doc.sections.otherNotes = "新增智慧大厅建设说明";
    const editor = await createUser({ db: handle.db, actor: null, input: { email: "s@search.invalid", name: "S", role: "editor", departments: ["500109-134"], password: "Search#2026x" } });
    await handle.db.transaction((tx) =>
      replaceDisclosureContent({ tx, id: record.disclosure.id, expectedVersion: record.disclosure.version, doc, findings: [], actorId: editor.id }).then(() => undefined),
    );
    const [hit] = await handle.db
      .select({ found: sql<boolean>`${disclosureSearch.vector} @@ '智慧 & 慧大'::tsquery` })
      .from(disclosureSearch)
      .where(eq(disclosureSearch.disclosureId, record.disclosure.id));
    expect(hit?.found).toBe(true);
  });
});

describe("search facets", () => {
  const facetsOf = (q: Record<string, string>) => listPublishedDisclosures({ db: handle.db, query: disclosureListQuerySchema.parse(q), withFacets: true }).then((r) => r.facets!);

  it("count the matches by district, year, kind and department", async () => {
    const f = await facetsOf({ q: "预算" });
    expect(f.district.map((d) => `${d.label}:${d.count}`)).toEqual(["北碚区:2", "南岸区:1", "潼南区:1"]);
    expect(f.year.map((y) => `${y.value}:${y.count}`)).toEqual(["2025:2", "2024:2"]);
    expect(f.kind).toEqual([{ value: "budget", label: "部门预算", count: 4 }]);
  });

  it("narrow together: the other facets follow a chosen district, which stays switchable", async () => {
    const f = await facetsOf({ q: "预算", district: "南岸区" });
    expect(f.year.map((y) => `${y.value}:${y.count}`)).toEqual(["2024:1"]);
    expect(f.department.map((d) => d.value)).toEqual(["500108-236"]);
    expect(f.district.map((d) => d.label)).toEqual(["北碚区", "南岸区", "潼南区"]);
  });

  it("sort by total expenditure, largest first", async () => {
    const r = await listPublishedDisclosures({ db: handle.db, query: disclosureListQuerySchema.parse({ sort: "amount" }) });
    const totals = r.items.map((i) => Number(i.totals.expenditure));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(r.items[0]?.department.name).toBe("重庆市北碚区人民政府办公室"); // 2,514.61 万元, the largest of the four
  });
});

describe("an installation upgraded from before the search index", () => {
  it("lists its disclosures, and indexes them when the database is next prepared", async () => {
    const { prepareDatabase } = await import("@/db/prepare");
    const { total } = await search({});
    await handle.db.execute(sql`delete from disclosure_search`);
    expect((await search({})).total).toBe(total);
    expect((await search({ q: "接待" })).total).toBe(0);
    await prepareDatabase(handle, target);
    expect((await search({ q: "接待" })).total).toBe(4);
  });
});
