import fs from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importFile, importTextDocument } from "@/lib/documents";
import { type DisclosureDocument, standardTables } from "@/lib/disclosure/schema";
import { displayWidth } from "./xlsx-layout";
import { disclosureXlsx } from "./xlsx";

const path = "db/sample/disclosures/beibei-zfb-2024.txt";
const doc = importTextDocument(new Uint8Array(fs.readFileSync(path)), "beibei-zfb-2024.txt");

async function open(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}
const texts = (ws: ExcelJS.Worksheet, n: number) => Array.from((ws.getRow(n).values as ExcelJS.CellValue[]).slice(1), (v) => v ?? null);

describe("the XLSX export of beibei-zfb-2024, laid out as printed", async () => {
  const wb = await open(await disclosureXlsx(doc));

  it("heads 一般公共预算财政拨款支出表 as the document: 功能分类科目 | 2023年预算数 | 2024年预算数 over 总计 基本支出 项目支出", () => {
    const ws = wb.getWorksheet("一般公共预算财政拨款支出表")!;
    expect(texts(ws, 1)[0]).toBe("重庆市北碚区人民政府办公室一般公共预算财政拨款支出预算表");
    expect(texts(ws, 2)).toEqual(["单位：万元"]);
    expect(texts(ws, 3)).toEqual(["功能分类科目", "功能分类科目", "2023年预算数", "2024年预算数", "2024年预算数", "2024年预算数"]);
    expect(texts(ws, 4)).toEqual(["科目编码", "科目名称", "2023年预算数", "总计", "基本支出", "项目支出"]);
  });

  it("gives the 合计 row as printed, in bold, with its amounts as numbers shown 2,890.22 and 2,514.61", () => {
    const ws = wb.getWorksheet("一般公共预算财政拨款支出表")!;
    const total = ws.getRow(5);
    expect(texts(ws, 5)).toEqual([null, "合计", 2890.22, 2514.61, 1746.21, 768.4]);
    expect(total.getCell(2).font?.bold).toBe(true);
    expect(total.getCell(4).numFmt).toBe("#,##0.00");
    expect(total.getCell(4).text).toBe("2514.61");
    expect(texts(ws, 6).slice(0, 2)).toEqual(["201", "一般公共服务支出"]);
  });

  it("sets the 类 in bold, indents the 款 once and the 项 twice", () => {
    const ws = wb.getWorksheet("一般公共预算财政拨款支出表")!;
    const name = (n: number) => ws.getRow(n).getCell(2);
    expect([texts(ws, 6)[1], name(6).font?.bold, name(6).alignment?.indent ?? 0]).toEqual(["一般公共服务支出", true, 0]);
    expect([texts(ws, 7)[1], name(7).font?.bold ?? false, name(7).alignment?.indent]).toEqual(["政府办公厅（室）及相关机构事务", false, 1]);
    expect([texts(ws, 8)[1], name(8).alignment?.indent]).toEqual(["行政运行", 2]);
  });

  it("prints the 财政拨款收支总表 收入 | 支出 side by side under 2024年收入 | 2024年支出", () => {
    const ws = wb.getWorksheet("财政拨款收支总表")!;
    expect(texts(ws, 3)).toEqual(["2024年收入", "2024年收入", "2024年支出", "2024年支出", "2024年支出", "2024年支出", "2024年支出"]);
    expect(texts(ws, 4)).toEqual(["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]);
    expect(texts(ws, 5)).toEqual(["本年收入", 2514.61, "本年支出", 2514.61, 2514.61]);
  });

  it("names the “三公” rows 上年（2023年预算数）37.00 and 本年（2024年预算数）27.50", () => {
    const ws = wb.getWorksheet("“三公”经费支出表")!;
    expect(texts(ws, 5).slice(0, 2)).toEqual(["上年（2023年预算数）", 37]);
    expect(texts(ws, 6).slice(0, 2)).toEqual(["本年（2024年预算数）", 27.5]);
  });

  it("makes every column at least as wide as its headers (a CJK character counting 2)", () => {
    for (const ws of wb.worksheets) {
      const headerRows = ws.name === "说明" ? [] : ws.getCell(4, 1).value === null ? [1] : [3, 4];
      for (const n of headerRows) {
        ws.getRow(n).eachCell((cell, c) => {
          if (cell.isMerged) return;
          expect(ws.getColumn(c).width ?? 0, `${ws.name} ${cell.address}`).toBeGreaterThanOrEqual(Math.min(displayWidth(cell.text), 60));
        });
      }
    }
  });

  it("states the 说明 in Chinese: 类型 部门预算, the narrative under its printed headings", () => {
    const ws = wb.getWorksheet("说明")!;
    const rows = Array.from({ length: ws.rowCount }, (_, i) => texts(ws, i + 1));
    expect(rows).toContainEqual(["类型", "部门预算"]);
    expect(rows.map((r) => r[0])).toContain("四、“三公”经费情况说明");
  });
});

describe("an amount finer than 0.01 万元", () => {
  it("is written as its exact text and reads back to the 分", async () => {
    const table = standardTables(doc).find((t) => t.kind === "expenditure_summary")!;
    const odd: DisclosureDocument = { ...doc, tables: [{ ...table, rows: [{ code: "2010301", name: "行政运行", values: { total: "12345.67", basic: "12345.67", project: null } }] }] };
    const bytes = await disclosureXlsx(odd);
    const ws = (await open(bytes)).getWorksheet("部门支出总表")!;
    expect(ws.getCell(5, 3).value).toBe("1.234567");
    const back = await importFile(new Uint8Array(bytes), "export.xlsx");
    expect(standardTables(back)[0]!.rows[0]!.values).toEqual({ total: "12345.67", basic: "12345.67", project: null });
  });
});
