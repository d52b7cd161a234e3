import { siteOrigin } from "@/lib/http/public-origin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { DbHandle, DbTarget } from "@/db/client";
import { disclosureSearch } from "@/db/schema";
import { replaceDisclosureContent } from "@/db/queries/disclosure-write";
import { findDisclosureRecord, readDisclosureDocument } from "@/db/queries/disclosure-read";
import { listPublishedDisclosures } from "@/db/queries/public-disclosures";
import { findSearchSnippets } from "@/db/queries/search-snippets";
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

describe("search finds what people mean", () => {
  it("finds all four seeds for 三公经费 however it is written: they print “三公”经费", async () => {
    for (const q of ["三公经费", "“三公”经费", "三公 经费"]) expect((await search({ q })).total, q).toBe(4);
  });

  it("answers the public API's q the same way", async () => {
    const { GET } = await import("@/app/api/v1/disclosures/route");
    const { NextRequest } = await import("next/server");
    const res = await GET(new NextRequest(`http://portal.test/api/v1/disclosures?q=${encodeURIComponent("“三公”经费")}`));
    expect((await res.json()).total).toBe(4);
  });

  it("shows each result's passage with 三公”经费 marked as the document prints it", async () => {
    const { items } = await search({ q: "三公经费" });
    const snippets = await findSearchSnippets({ db: handle.db, ids: items.map((i) => i.id), q: "三公经费" });
    expect(snippets.size).toBe(4);
    for (const s of snippets.values()) expect(s.passage!.parts.filter((p) => p.marked).map((p) => p.text)).toContain("三公”经费");
  });

  it("shows the 30217 公务接待费 row with its amount in 万元 where a seed has it", async () => {
    const { items } = await search({ q: "30217" });
    const snippets = await findSearchSnippets({ db: handle.db, ids: items.map((i) => i.id), q: "30217" });
    const rows = items.map((i) => ({ department: i.department.name, row: snippets.get(i.id)?.row })).filter((r) => r.row);
    // seeds: 北碚区人民政府办公室 0.50, 南岸区政务服务管理办公室 1.00, 潼南区政务服务管理办公室 0.50 (万元)
    expect(Object.fromEntries(rows.map((r) => [r.department, `${r.row!.name.map((p) => p.text).join("")} ${r.row!.amount?.value} ${r.row!.amount?.unit}`]))).toEqual({
      重庆市北碚区人民政府办公室: "公务接待费 0.50 万元",
      重庆市南岸区政务服务管理办公室: "公务接待费 1.00 万元",
      重庆市潼南区政务服务管理办公室: "公务接待费 0.50 万元",
    });
    expect(rows[0]!.row!.table).toBe("一般公共预算财政拨款基本支出表");
  });
});

describe("search results as CSV", () => {
  it("downloads one line a result with the Chinese headers, amounts exact in 元", async () => {
    const { GET } = await import("@/app/(public)/search/results.csv/route");
    const res = await GET(new Request(`http://portal.test/search/results.csv?q=${encodeURIComponent("三公经费")}&sort=amount`), undefined);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark Excel reads as UTF-8
    const lines = new TextDecoder().decode(bytes).trimEnd().split("\r\n");
    expect(lines[0]).toBe("区县,区县代码,部门,部门编码,年度,类别,支出合计（元）,基本支出（元）,项目支出（元）,“三公”经费（元）,公开日期,链接");
    expect(lines).toHaveLength(5);
    // the largest first: 北碚区人民政府办公室 2024, 支出合计 2,514.61 万元 and “三公”经费 27.5 万元
    expect(lines[1]).toMatch(/^北碚区,500109,重庆市北碚区人民政府办公室,\d+,2024,部门预算,25146100\.00,[\d.]*,[\d.]*,275000\.00,\d{4}-\d{2}-\d{2},(.+)$/);
    // the link is on the site's configured address, not the host the request named
    const link = new URL(lines[1]!.split(",").at(-1)!);
    expect(link.origin).toBe(siteOrigin);
    expect(link.pathname).toMatch(/^\/disclosures\/[0-9a-f-]{36}$/);
  });

  it("refuses a bad filter in Chinese", async () => {
    const { GET } = await import("@/app/(public)/search/results.csv/route");
    const res = await GET(new Request("http://portal.test/search/results.csv?kind=draft"), undefined);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toContain("类型须为");
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

  it("with two filters, each facet counts with the other filter only", async () => {
    const f = await facetsOf({ q: "预算", district: "北碚区", year: "2024" });
    expect(f.district.map((d) => `${d.label}:${d.count}`)).toEqual(["南岸区:1", "北碚区:1"]);
    expect(f.year.map((y) => `${y.value}:${y.count}`)).toEqual(["2025:1", "2024:1"]);
    expect(f.kind.map((k) => `${k.value}:${k.count}`)).toEqual(["budget:1"]);
  });

  it("page by page, list each result once, in the order of one long page", async () => {
    const all = (await search({ q: "预算", pageSize: "4" })).items.map((i) => i.id);
    const paged = [];
    for (const page of ["1", "2", "3", "4"]) paged.push(...(await search({ q: "预算", pageSize: "1", page })).items.map((i) => i.id));
    expect(paged).toEqual(all);
    expect(new Set(all).size).toBe(4);
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
