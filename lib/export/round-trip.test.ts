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
  const cellLines = lines.slice(1, lines.indexOf(""));

  it("starts with a byte-order mark so that Excel reads UTF-8 Chinese, and heads every column in Chinese with the district code first", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toBe("\uFEFF区县代码,区县,部门编码,部门名称,年度,类型,表格,收支,科目编码,科目名称,栏目,金额（元）");
  });

  it("holds every cell once, in 元, under the heading the document prints, with a blank cell empty", () => {
    const cells = standardTables(doc).reduce((n, t) => n + t.rows.reduce((m, r) => m + Object.keys(r.values).length, 0), 0);
    expect(cellLines.length).toBe(cells);
    // 一般公共预算财政拨款支出预算表: 合计, 2024年预算数 总计 2,514.61 万元; 2023年预算数 2,890.22 万元
    expect(cellLines).toContain("500109,北碚区,104,重庆市北碚区人民政府办公室,2024,部门预算,一般公共预算财政拨款支出表,,,合计,2024年预算数·总计,25146100.00");
    expect(cellLines).toContain("500109,北碚区,104,重庆市北碚区人民政府办公室,2024,部门预算,一般公共预算财政拨款支出表,,,合计,2023年预算数,28902200.00");
    expect(cellLines.some((l) => l.endsWith(",2010302,一般行政管理事务,2024年预算数·基本支出,"))).toBe(true);
    // 财政拨款收支总表: 收入合计 2,514.61 under 2024年收入 预算数
    expect(cellLines).toContain("500109,北碚区,104,重庆市北碚区人民政府办公室,2024,部门预算,财政拨款收支总表,收入,,收入合计,2024年收入·预算数,25146100.00");
  });

  it("names the “三公” rows 上年 and 本年 with the years printed: 2023年预算数 37.00, 2024年预算数 27.50 万元", () => {
    expect(cellLines.some((l) => l.endsWith(",“三公”经费支出表,,,上年（2023年预算数）,合计,370000.00"))).toBe(true);
    expect(cellLines.some((l) => l.endsWith(",“三公”经费支出表,,,本年（2024年预算数）,公务接待费,35000.00"))).toBe(true);
  });

  it("gives the performance targets after the cells, one line per indicator, with Chinese headers", () => {
    const at = lines.indexOf("区县代码,区县,部门编码,部门名称,年度,类型,绩效目标表,项目编码,项目名称,项目金额（元）,绩效目标,一级指标,二级指标,三级指标,计量单位,指标性质,指标值,权重,是否核心指标");
    expect(at).toBe(cellLines.length + 2);
    const targets = lines.slice(at + 1, lines.indexOf("", at));
    // 部门（单位）整体支出绩效目标表: 产出指标 质量指标 部门总量执行率 % ≥ 95 30 是
    expect(targets.some((l) => l.includes(",部门整体支出绩效目标,,,,认真落实中央") && l.endsWith(",产出指标,质量指标,部门总量执行率,%,≥,95,30,是"))).toBe(true);
    // 项目支出绩效目标表: 政府网站安全等级测评费, 当年预算 12.00 万元
    expect(targets.some((l) => l.includes(",项目支出绩效目标1,50010924T000004332784,政府网站安全等级测评费,120000.00,"))).toBe(true);
  });

  it("quotes a cell holding a comma or a quote, and defuses one that starts like a formula", () => {
    const tricky = { ...doc, department: { code: "104", name: '办公室,"测试"' }, tables: [{ ...standardTables(doc)[0]!, rows: [{ name: "=HYPERLINK(1)", values: { amount: "1.00" } }] }] };
    const line = disclosureCsv(tricky).split("\r\n")[1]!;
    expect(line).toContain('"办公室,""测试"""');
    expect(line).toContain("'=HYPERLINK(1)");
  });
});
