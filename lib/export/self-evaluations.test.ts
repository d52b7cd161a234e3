import fs from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importFile, importTextDocument } from "@/lib/documents";
import type { DisclosureDocument, SelfEvaluation } from "@/lib/disclosure/schema";
import { disclosureCsv } from "./csv";
import { disclosureXlsx } from "./xlsx";

const path = "lib/documents/fixtures/unseen/dazu-tyjrswj-2024-final.txt";
const final = importTextDocument(new Uint8Array(fs.readFileSync(path)), "dazu.txt");

// two projects' 绩效自评 as a 项目支出绩效自评表 prints them: 年初预算数 180.00 and 150.00 万元,
// 全年执行数 180.00 and 120.00 万元, 98.5 分 优 and 86 分 良
const EVALUATIONS: SelfEvaluation[] = [
  { projectCode: "50011124T000000012345", projectName: "优抚对象抚恤补助", budget: "1800000.00", actual: "1800000.00", score: "98.5", grade: "优", gaps: null },
  { projectCode: null, projectName: "退役军人服务站建设", budget: "1500000.00", actual: "1200000.00", score: "86", grade: "良", gaps: "部分站点年底完工，尾款次年支付；加快进度" },
];
const withEvaluations = (unit: DisclosureDocument["sourceUnit"]): DisclosureDocument => ({
  ...final,
  sourceUnit: unit,
  performance: { ...final.performance, selfEvaluations: EVALUATIONS },
});
/** A document without its `source` and `findings`: checked again on import, they speak of the unit the file states. */
const content = ({ source: _source, findings: _findings, ...doc }: DisclosureDocument) => doc;

describe("a 决算's 绩效自评 in the XLSX download", () => {
  it("is a sheet 绩效自评 with the headings of the 自评表, amounts in the disclosure's unit", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await disclosureXlsx(withEvaluations("万元"))) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("绩效自评")!;
    const row = (n: number) => (ws.getRow(n).values as ExcelJS.CellValue[]).slice(1);
    expect(row(1)).toEqual(["项目编码", "项目名称", "年初预算数（万元）", "全年执行数（万元）", "自评得分", "自评等级", "偏差原因及改进措施"]);
    expect(row(2)).toEqual(["50011124T000000012345", "优抚对象抚恤补助", 180, 180, 98.5, "优"]);
    expect(row(3)).toEqual([undefined, "退役军人服务站建设", 150, 120, 86, "良", "部分站点年底完工，尾款次年支付；加快进度"]);
    expect(ws.getCell("C3").numFmt).toBe("#,##0.00");
  });

  it.each(["万元", "元"] as const)("reads back into the same 绩效自评 (unit %s)", async (unit) => {
    const doc = withEvaluations(unit);
    const back = await importFile(new Uint8Array(await disclosureXlsx(doc)), "export.xlsx");
    expect(back.performance.selfEvaluations).toEqual(EVALUATIONS);
    expect(content(back)).toEqual(content(doc));
  });

  it("has no such sheet where the document has no 绩效自评, and reads back without one", async () => {
    const doc = { ...final, performance: { overall: final.performance.overall, projects: final.performance.projects } };
    const bytes = await disclosureXlsx(doc);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet("绩效自评")).toBeUndefined();
    expect((await importFile(new Uint8Array(bytes), "export.xlsx")).performance).not.toHaveProperty("selfEvaluations");
  });

  it("refuses a grade that is not 优, 良, 中 or 差, naming the sheet and row", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await disclosureXlsx(withEvaluations("万元"))) as unknown as ArrayBuffer);
    wb.getWorksheet("绩效自评")!.getCell("F3").value = "良好";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(importFile(bytes, "edited.xlsx")).rejects.toThrow(/绩效自评.*第 ?3 ?行|自评等级“良好”/);
  });
});

describe("a 决算's 绩效自评 in the CSV download", () => {
  it("follows the cells under its title, one line per project in 元 with Chinese headings", () => {
    const lines = disclosureCsv(withEvaluations("万元")).split("\r\n");
    const at = lines.indexOf("绩效自评");
    expect(lines[at - 1]).toBe("");
    expect(lines[at + 1]).toBe("区县代码,区县,部门编码,部门名称,年度,类型,项目编码,项目名称,年初预算数（元）,全年执行数（元）,自评得分,自评等级,偏差原因及改进措施");
    expect(lines[at + 2]).toMatch(/,部门决算,50011124T000000012345,优抚对象抚恤补助,1800000\.00,1800000\.00,98\.5,优,$/);
    expect(lines[at + 3]).toMatch(/,部门决算,,退役军人服务站建设,1500000\.00,1200000\.00,86,良,部分站点年底完工，尾款次年支付；加快进度$/);
  });

  it("has no 绩效自评 section where the document has none", () => {
    expect(disclosureCsv(final).split("\r\n")).not.toContain("绩效自评");
  });
});
