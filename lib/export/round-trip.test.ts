import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { importTextDocument, importFile } from "@/lib/documents";
import { type DisclosureDocument, standardTables } from "@/lib/disclosure/schema";
import { disclosureCsv } from "./csv";
import { disclosureXlsx } from "./xlsx";

const SEEDS = fs.readdirSync("db/sample/disclosures").filter((f) => f.endsWith(".txt"));
const UNSEEN = fs.readdirSync("lib/documents/fixtures/unseen").filter((f) => f.endsWith(".txt")).map((f) => `lib/documents/fixtures/unseen/${f}`);
const load = (path: string) => importTextDocument(new Uint8Array(fs.readFileSync(path)), path.split("/").pop()!);
/** A document without its `source`: the file read back is the export, not the original. */
const content = ({ source: _source, ...doc }: DisclosureDocument) => doc;

describe("the XLSX export", () => {
  it.each([...SEEDS.map((f) => `db/sample/disclosures/${f}`), ...UNSEEN])("imports back into the same disclosure: %s", async (path) => {
    const doc = load(path);
    const back = await importFile(new Uint8Array(await disclosureXlsx(doc)), "export.xlsx");
    expect(content(back)).toEqual(content(doc));
  });
});

describe("the JSON export", () => {
  it.each([...SEEDS.map((f) => `db/sample/disclosures/${f}`), ...UNSEEN])("imports back into the same disclosure: %s", async (path) => {
    const doc = load(path);
    // as the download serves it: the document with its findings, pretty-printed
    const back = await importFile(new TextEncoder().encode(JSON.stringify(doc, null, 2)), "export.json");
    expect(content(back)).toEqual(content(doc));
  });
});

describe("the CSV export", () => {
  const doc = load("db/sample/disclosures/beibei-zfb-2024.txt");
  const csv = disclosureCsv(doc);
  const lines = csv.split("\r\n");

  it("starts with a byte-order mark so that Excel reads UTF-8 Chinese", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toBe("\uFEFF区县,部门编码,部门名称,年度,类型,表格,表格代码,收支,科目编码,科目名称,栏目,栏目代码,金额（元）");
  });

  it("holds every cell once, in 元, with a blank cell empty", () => {
    const cells = standardTables(doc).reduce((n, t) => n + t.rows.reduce((m, r) => m + Object.keys(r.values).length, 0), 0);
    expect(lines.length - 2).toBe(cells);
    // 一般公共预算财政拨款支出表 合计 2024 总计 2,514.61 万元
    expect(lines).toContain("北碚区,104,重庆市北碚区人民政府办公室,2024,部门预算,一般公共预算财政拨款支出表,general_budget_function,,,合计,总计,total,25146100.00");
    expect(lines.some((l) => /,2010302,一般行政管理事务,基本支出,basic,$/.test(l))).toBe(true);
  });

  it("quotes a cell holding a comma or a quote, and defuses one that starts like a formula", () => {
    const tricky = { ...doc, department: { code: "104", name: '办公室,"测试"' }, tables: [{ ...standardTables(doc)[0]!, rows: [{ name: "=HYPERLINK(1)", values: { amount: "1.00" } }] }] };
    const line = disclosureCsv(tricky).split("\r\n")[1]!;
    expect(line).toContain('"办公室,""测试"""');
    expect(line).toContain("'=HYPERLINK(1)");
  });
});
