import fs from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importTextDocument } from "@/lib/documents";
import { DAZU_FINAL_WITH_BUDGET_COLUMNS } from "@/lib/documents/fixtures/dazu-budget-columns";
import { disclosureCsv } from "./csv";
import { disclosureXlsx } from "./xlsx";

// dazu-tyjrswj-2024-final prints 表5 as 科目编码 | 科目名称 | 本年支出 over 合计 基本支出 项目支出, 表6 as
// 决算数 over 合计 人员经费 公用经费, and 表7's 公务用车购置及运行费 over 小计 公务用车购置费 公务用车运行费
const path = "lib/documents/fixtures/unseen/dazu-tyjrswj-2024-final.txt";
const doc = importTextDocument(new Uint8Array(fs.readFileSync(path)), "dazu.txt");

async function headerRows(sheet: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await disclosureXlsx(doc)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  return [3, 4].map((r) => (ws.getRow(r).values as (string | undefined)[]).slice(1).map((v) => v ?? ""));
}

describe("a 决算's downloads head its columns as the 决算 prints them", () => {
  it("XLSX: 一般公共预算财政拨款支出决算表 under 本年支出, without the 年初预算数 it does not print", async () => {
    expect(await headerRows("一般公共预算财政拨款支出决算表")).toEqual([
      ["科目编码", "科目名称", "本年支出", "本年支出", "本年支出"],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    ]);
  });

  it("XLSX: 基本支出决算表 under 决算数, “三公” 决算表 with 公务用车购置及运行费 over its three columns", async () => {
    expect((await headerRows("一般公共预算财政拨款基本支出决算表"))[0]!.slice(2)).toEqual(["决算数", "决算数", "决算数"]);
    const [top, below] = await headerRows("“三公”经费支出决算表");
    expect(top!.slice(1)).toEqual(["合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置及运行费", "公务用车购置及运行费", "公务接待费"]);
    expect(below!.slice(3, 6)).toEqual(["小计", "公务用车购置费", "公务用车运行费"]);
  });

  it("CSV: each amount under its printed heading on one line, the “三公” rows as 2024年预算数 and 2024年决算数", () => {
    const lines = disclosureCsv(doc).split("\r\n");
    expect(lines.some((l) => l.includes(",一般公共预算财政拨款支出决算表,,,合计,本年支出·基本支出,"))).toBe(true);
    expect(lines.some((l) => l.includes(",“三公”经费支出决算表,,,2024年决算数,公务用车购置及运行费·公务用车运行费,"))).toBe(true);
    expect(lines.some((l) => l.includes(",“三公”经费支出决算表,,,2024年预算数,合计,"))).toBe(true);
  });

  it("CSV: 一般公共预算财政拨款支出决算表 without the 年初预算数 and 调整预算数 it does not print", () => {
    // 表5's 合计 row: 本年支出 8,450,432.10 = 基本支出 5,150,432.10 + 项目支出 3,300,000.00, and nothing else
    const total = disclosureCsv(doc)
      .split("\r\n")
      .filter((l) => l.includes(",一般公共预算财政拨款支出决算表,,,合计,"));
    expect(total.map((l) => l.split(",").slice(-2).join(","))).toEqual(["本年支出·合计,8450432.10", "本年支出·基本支出,5150432.10", "本年支出·项目支出,3300000.00"]);
  });

  it("CSV: the 年初预算数 and 调整预算数 a 决算 prints before its 本年支出, as the XLSX gives them", async () => {
    const printing = importTextDocument(new TextEncoder().encode(DAZU_FINAL_WITH_BUDGET_COLUMNS), "dazu.txt");
    const lines = disclosureCsv(printing).split("\r\n");
    const cells = (code: string) => lines.filter((l) => l.includes(`,一般公共预算财政拨款支出决算表,,${code},`)).map((l) => l.split(",").slice(-2).join(","));
    expect(cells("")).toEqual(["年初预算数,8500000.00", "调整预算数,8600000.00", "本年支出·合计,8450432.10", "本年支出·基本支出,5150432.10", "本年支出·项目支出,3300000.00"]);
    // a row that leaves them blank keeps them blank, as the sheet prints its empty cells
    expect(cells("208").slice(0, 2)).toEqual(["年初预算数,", "调整预算数,"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await disclosureXlsx(printing)) as unknown as ArrayBuffer);
    expect((wb.getWorksheet("一般公共预算财政拨款支出决算表")!.getRow(4).values as string[]).slice(1)).toEqual(["科目编码", "科目名称", "年初预算数", "调整预算数", "合计", "基本支出", "项目支出"]);
  });
});
