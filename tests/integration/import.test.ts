import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { departments, disclosures } from "@/db/schema";
import { findDisclosureRecord, readDisclosureDocument } from "@/db/queries/disclosure-read";
import { listPublishedDisclosures } from "@/db/queries/public-disclosures";
import { importTextDocument } from "@/lib/documents";
import { disclosureListQuerySchema } from "@/lib/disclosure/list-query";
import { createDisclosure } from "@/lib/disclosure/create";
import { HttpProblem } from "@/lib/http/problem";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
beforeAll(async () => ({ handle, tearDown } = await setUpTestDatabase()));
afterAll(() => tearDown());

const SEEDS = ["beibei-zfb-2024.txt", "beibei-zwfwzx-2025.txt", "nanan-zwb-2024.txt", "tongnan-zwb-2025.txt"];
const seed = (file: string) => importTextDocument(new Uint8Array(fs.readFileSync(`db/sample/disclosures/${file}`)), file);
const published = (q: Record<string, string> = {}) => listPublishedDisclosures({ db: handle.db, query: disclosureListQuerySchema.parse(q) });
const countDisclosures = async () => (await handle.db.select({ n: count() }).from(disclosures))[0]!.n;

describe("a new installation", () => {
  it("has the four sample disclosures published, under their departments' keys", async () => {
    const { total, items } = await published();
    expect(total).toBe(4);
    expect(items.map((i) => `${i.department.key} ${i.year} ${i.kind}`).sort()).toEqual([
      "500108-236 2024 budget",
      "500109-104 2024 budget",
      "500109-134 2025 budget",
      "500152-363 2025 budget",
    ]);
  });

  it("lists each with its headline figures in 元, as the document prints them", async () => {
    const { items } = await published({ department: "500109-134" });
    // 部门支出总表 合计 817.90 / 302.90 / 515.00 万元; 三公 2025 合计 3.80 万元
    expect(items[0]).toMatchObject({
      title: "重庆市北碚区政务服务中心2025年部门预算",
      district: "北碚区",
      totals: { expenditure: "8179000.00", basic: "3029000.00", project: "5150000.00", threePublic: "38000.00" },
    });
  });
});

describe("a stored disclosure", () => {
  it.each(SEEDS)("gives back the imported document of %s, figure for figure", async (file) => {
    const doc = seed(file);
    const { items } = await published({ q: doc.department.name });
    const record = await findDisclosureRecord({ db: handle.db, id: items[0]!.id });
    const { findings, ...imported } = doc;
    expect(findings?.length).toBeGreaterThan(0);
    expect(await readDisclosureDocument({ db: handle.db, record: record! })).toEqual(imported);
    expect(record!.disclosure.findings).toEqual(findings);
  });
});

describe("importing a document", () => {
  it("adds a draft revision of a published disclosure, and refuses a second while that draft is open", async () => {
    const doc = seed("nanan-zwb-2024.txt");
    const saved = await createDisclosure({ db: handle.db, doc, actor: null, source: "文件 nanan.txt" });
    expect(saved).toMatchObject({ departmentKey: "500108-236", departmentCreated: false, revision: 2 });
    const [row] = await handle.db.select().from(disclosures).where(eq(disclosures.id, saved.id));
    expect(row).toMatchObject({ status: "draft", version: 1, revision: 2, publishedAt: null });

    const before = await countDisclosures();
    const refused = await createDisclosure({ db: handle.db, doc, actor: null, source: "文件 nanan.txt" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HttpProblem);
    expect((refused as Error).message).toContain("已有一版“草稿”");
    expect(await countDisclosures()).toBe(before);
  });

  it("creates the department when its district has none with that code", async () => {
    const doc = { ...seed("beibei-zwfwzx-2025.txt"), department: { code: "977", name: "重庆市北碚区测试中心" } };
    const saved = await createDisclosure({ db: handle.db, doc, actor: null, source: "文件 test.txt" });
    expect(saved).toMatchObject({ departmentKey: "500109-977", departmentCreated: true, revision: 1 });
    const [dept] = await handle.db.select().from(departments).where(and(eq(departments.districtCode, "500109"), eq(departments.code, "977")));
    expect(dept).toMatchObject({ name: "重庆市北碚区测试中心", contactName: "李青", contactPhone: "023-60301012" });
  });

  it("refuses a district outside Chongqing, writing nothing", async () => {
    const before = await countDisclosures();
    const doc = { ...seed("beibei-zwfwzx-2025.txt"), district: "朝阳区" };
    await expect(createDisclosure({ db: handle.db, doc, actor: null, source: "文件 x.txt" })).rejects.toThrow("“朝阳区”不是重庆市的区县");
    expect(await countDisclosures()).toBe(before);
  });

  it("writes nothing at all when storing fails half-way, not even the new department", async () => {
    const good = seed("beibei-zwfwzx-2025.txt");
    const doc = { ...good, department: { code: "978", name: "半途失败的部门" }, projects: [{ ...good.projects[0]!, code: "9".repeat(61) }] };
    const before = await countDisclosures();
    await expect(createDisclosure({ db: handle.db, doc, actor: null, source: "文件 x.txt" })).rejects.toThrow();
    expect(await countDisclosures()).toBe(before);
    expect(await handle.db.select().from(departments).where(eq(departments.code, "978"))).toEqual([]);
  });
});
