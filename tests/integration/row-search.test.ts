import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { DbHandle, DbTarget } from "@/db/client";
import { departments, disclosures, rowSearch } from "@/db/schema";
import { findDisclosureRecord, readDisclosureDocument } from "@/db/queries/disclosure-read";
import { insertDisclosure, replaceDisclosureContent } from "@/db/queries/disclosure-write";
import { searchRows } from "@/db/queries/row-search";
import { GET as getRows } from "@/app/api/v1/rows/route";
import { GET as getRowsCsv } from "@/app/api/v1/rows.csv/route";
import { standardTables } from "@/lib/disclosure/schema";
import { principalAmount } from "@/lib/rows/principal";
import { rowSearchQuerySchema } from "@/lib/rows/query";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let target: DbTarget;
let tearDown: () => Promise<void>;
beforeAll(async () => ({ handle, target, tearDown } = await setUpTestDatabase()));
afterAll(() => tearDown());

const search = (q: Record<string, string>) => searchRows({ db: handle.db, query: rowSearchQuerySchema.parse(q) });
/** department, year and the row's amount in 元, as the list shows them */
const listed = (r: Awaited<ReturnType<typeof search>>) => r.items.map((i) => [i.department.name, i.year, principalAmount(i.table, undefined, i.values)]);
const call = (handler: (req: Request, ctx: unknown) => Promise<Response>, query: string) => handler(new Request(`http://portal.test/api/v1/rows?${query}`), {});

// 30217 公务接待费 in the 基本支出 tables of the seeds (万元): 北碚区人民政府办公室 2024 0.50,
// 南岸区政务服务管理办公室 2024 1.00, 潼南区政务服务管理办公室 2025 0.50; 北碚区政务服务中心 2025 has none.
const NANAN = "重庆市南岸区政务服务管理办公室";
const BEIBEI = "重庆市北碚区人民政府办公室";
const RECEPTION = [
  [NANAN, 2024, "10000.00"],
  [BEIBEI, 2024, "5000.00"],
  [expect.stringContaining("重庆市潼南区政务服务管理办公室"), 2025, "5000.00"],
];

describe("one 科目 across every department", () => {
  it("by code lists the three seeds that have 30217 公务接待费, the largest first, with their amounts", async () => {
    const r = await search({ code: "30217" });
    expect(r.total).toBe(3);
    expect(listed(r)).toEqual(RECEPTION);
    expect(r.items[0]).toMatchObject({
      district: "南岸区",
      kind: "budget",
      table: "basic_economic",
      code: "30217",
      name: "公务接待费",
      values: { total: "10000.00", personnel: null, publicUse: "10000.00" },
    });
  });

  it("by name finds the same rows, however the name is written", async () => {
    expect(listed(await search({ q: "公务接待费" }))).toEqual(RECEPTION);
    expect(listed(await search({ q: "“公务接待费”" }))).toEqual(RECEPTION);
    expect(listed(await search({ q: "30217" }))).toEqual(RECEPTION);
  });

  it("by part of a name finds the names that contain it", async () => {
    const r = await search({ q: "公务接待" });
    expect(r.names).toEqual(["公务接待费"]);
    expect(r.total).toBe(3);
  });

  it("narrows by district (name or code), year and table, and sorts smallest first on request", async () => {
    expect(listed(await search({ code: "30217", district: "北碚区" }))).toEqual([RECEPTION[1]]);
    expect(listed(await search({ code: "30217", district: "500108" }))).toEqual([RECEPTION[0]]);
    expect((await search({ code: "30217", year: "2025" })).total).toBe(1);
    expect((await search({ code: "30217", table: "project_economic" })).total).toBe(0);
    expect(listed(await search({ code: "30217", sort: "amount_asc" })).at(-1)).toEqual(RECEPTION[0]);
  });

  it("pages: the total stays, the page holds pageSize rows", async () => {
    const r = await search({ code: "30217", pageSize: "1", page: "2" });
    expect(r.total).toBe(3);
    expect(listed(r)).toEqual([RECEPTION[1]]);
  });

  it("finds a 类 by its own code, not its 款 (302 商品和服务支出 of 北碚区人民政府办公室: 307.96 万元)", async () => {
    const r = await search({ code: "302", district: "北碚区", year: "2024" });
    expect(listed(r)).toEqual([[BEIBEI, 2024, "3079600.00"]]);
  });

  it("lists 合计 rows by their printed name: the 基本支出 总计 of each department (北碚区人民政府办公室 2024: 1,746.21 万元)", async () => {
    const r = await search({ q: "合计", table: "basic_economic", district: "北碚区", year: "2024" });
    expect(r.items.map((i) => [i.name, principalAmount(i.table, undefined, i.values)])).toEqual([["合计", "17462100.00"]]);
  });
});

describe("the row search over GET /api/v1/rows", () => {
  it("answers { total, items } for a code", async () => {
    const res = await call(getRows, "code=30217");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body)).toEqual(["total", "items"]);
    expect(body.total).toBe(3);
    expect(Object.keys(body.items[0]).sort()).toEqual(["code", "department", "disclosureId", "district", "kind", "name", "table", "values", "year"]);
  });

  it("refuses more than 100 a page with 400, naming the parameter in Chinese", async () => {
    const res = await call(getRows, "code=30217&pageSize=1000");
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.problems).toEqual([{ field: "pageSize", message: "每页条数（pageSize）至多 100 条" }]);
  });

  it("refuses a request that names no 科目", async () => {
    const res = await call(getRows, "year=2024");
    expect(res.status).toBe(400);
    expect((await res.json()).problems[0].message).toContain("科目编码");
  });

  it("downloads the rows as CSV with Chinese headers, amounts in 元", async () => {
    const res = await call(getRowsCsv, "q=公务接待费");
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
    const lines = new TextDecoder().decode(bytes).trim().split("\r\n");
    expect(lines[0]).toBe("区县,区县代码,部门,部门编码,年度,类别,表格,科目编码,科目名称,总计（元）,人员经费（元）,公用经费（元）");
    expect(lines[1]).toMatch(/^南岸区,500108,重庆市南岸区政务服务管理办公室,\d+,2024,部门预算,一般公共预算财政拨款基本支出表,30217,公务接待费,10000\.00,,10000\.00$/);
    expect(lines).toHaveLength(4);
  });
});

describe("only what is published", () => {
  it("never lists a retracted disclosure", async () => {
    const [nanan] = await handle.db
      .select({ id: disclosures.id })
      .from(disclosures)
      .innerJoin(departments, eq(departments.id, disclosures.departmentId))
      .where(and(eq(departments.name, NANAN), eq(disclosures.status, "published")));
    await handle.db.update(disclosures).set({ status: "retracted" }).where(eq(disclosures.id, nanan!.id));
    expect(listed(await search({ code: "30217" }))).toEqual(RECEPTION.slice(1));
    await handle.db.update(disclosures).set({ status: "published" }).where(eq(disclosures.id, nanan!.id));
  });

  it("never lists a draft, and follows a draft's content when it is saved again", async () => {
    const [beibei] = await handle.db
      .select({ id: disclosures.id, departmentId: disclosures.departmentId })
      .from(disclosures)
      .innerJoin(departments, eq(departments.id, disclosures.departmentId))
      .where(eq(departments.name, BEIBEI));
    const doc = await readDisclosureDocument({ db: handle.db, record: (await findDisclosureRecord({ db: handle.db, id: beibei!.id }))! });
    const draftId = await handle.db.transaction((tx) =>
      insertDisclosure({ tx, doc, departmentId: beibei!.departmentId, status: "draft", revision: 2, findings: [], actorId: null }),
    );
    expect(listed(await search({ code: "30217" }))).toEqual(RECEPTION);

    const basic = standardTables(doc).find((t) => t.kind === "basic_economic")!;
    const reception = basic.rows.find((r) => r.code === "30217")!;
    reception.values = { ...reception.values, total: "6000.00", publicUse: "6000.00" };
    const version = await handle.db.transaction((tx) => replaceDisclosureContent({ tx, id: draftId, expectedVersion: 1, doc, findings: [], actorId: null as never }));
    expect(version).toBe(2);
    const entries = await handle.db.select().from(rowSearch).where(and(eq(rowSearch.disclosureId, draftId), eq(rowSearch.code, "30217")));
    expect(entries).toHaveLength(1);

    await handle.db.update(disclosures).set({ status: "published" }).where(eq(disclosures.id, draftId));
    expect(listed(await search({ code: "30217", district: "北碚区" }))).toEqual([
      [BEIBEI, 2024, "6000.00"],
      [BEIBEI, 2024, "5000.00"],
    ]);
    await handle.db.delete(disclosures).where(eq(disclosures.id, draftId));
  });
});

describe("an installation upgraded from before the row search", () => {
  it("fills it for every stored disclosure when the database is next prepared", async () => {
    const { prepareDatabase } = await import("@/db/prepare");
    await handle.db.execute(sql`delete from row_search`);
    expect((await search({ code: "30217" })).total).toBe(0);
    await prepareDatabase(handle, target);
    expect(listed(await search({ code: "30217" }))).toEqual(RECEPTION);
    expect(listed(await search({ q: "公务接待费" }))).toEqual(RECEPTION);
  });
});
