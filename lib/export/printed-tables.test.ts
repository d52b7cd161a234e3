import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { disclosureCsv } from "./csv";
import { disclosureXlsx } from "./xlsx";

const doc: DisclosureDocument = {
  format: "budget-disclosure/v1",
  district: "大足区",
  department: { code: "327", name: "重庆市大足区退役军人事务局" },
  year: 2024,
  kind: "final",
  sourceUnit: "元",
  sections: {},
  tables: [
    {
      kind: "final_gov_fund",
      title: "政府性基金预算财政拨款收入支出决算表",
      note: "本单位无政府性基金预算财政拨款收入支出，此表为空表。",
      rows: [{ code: "total", name: "合计", values: { carryoverStart: null, income: null, total: null, basic: null, project: null, carryoverEnd: null } }],
    },
    {
      kind: "other",
      title: "部门整体支出绩效自评表",
      unit: "万元",
      columns: ["指标", "年度指标值", "实际完成值"],
      rows: [{ cells: ["服务对象满意度", "≥90%", null] }, { cells: ["=资金到位率", "100%", "100%"] }],
    },
    { kind: "other", title: "部门整体支出绩效自评表", unit: null, columns: ["说明"], rows: [{ cells: ["续表"] }] },
  ],
  projects: [],
  performance: { overall: null, projects: [] },
};

describe("the CSV export of a table kept as printed", () => {
  const lines = disclosureCsv(doc).split("\r\n");

  it("gives its title, unit and notice, its column headers and its cells as printed, in Chinese", () => {
    const at = lines.indexOf("部门整体支出绩效自评表");
    expect(lines.slice(at - 1, at + 5)).toEqual(["", "部门整体支出绩效自评表", "单位：万元,（按原文保留，未纳入一致性检查）", "指标,年度指标值,实际完成值", "服务对象满意度,≥90%,", "'=资金到位率,100%,100%"]);
    expect(lines.join("\n")).not.toMatch(/\bother\b/);
  });

  it("heads the 决算 tables' columns with their own terms, as dazu-tyjrswj-2024-final prints 本年支出 over 小计", () => {
    expect(lines).toContain("500111,大足区,327,重庆市大足区退役军人事务局,2024,部门决算,政府性基金预算财政拨款支出决算表,,,合计,年初结转和结余,");
    expect(lines).toContain("500111,大足区,327,重庆市大足区退役军人事务局,2024,部门决算,政府性基金预算财政拨款支出决算表,,,合计,本年支出·小计,");
  });
});

describe("the XLSX export of a table kept as printed", () => {
  it("gives it a sheet of its own: title, unit and notice, column headers, cells as text", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await disclosureXlsx(doc)) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names).toEqual(["说明", "政府性基金预算财政拨款支出决算表", "部门整体支出绩效自评表", "部门整体支出绩效自评表（2）", "项目", "绩效目标", "绩效指标"]);
    const ws = wb.getWorksheet("部门整体支出绩效自评表")!;
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(row(1)).toEqual(["部门整体支出绩效自评表"]);
    expect(row(2)).toEqual(["单位：万元", "（按原文保留，未纳入一致性检查）"]);
    expect(row(3)).toEqual(["指标", "年度指标值", "实际完成值"]);
    expect(row(4)).toEqual(["服务对象满意度", "≥90%"]);
    expect(row(5)).toEqual(["=资金到位率", "100%", "100%"]);
  });
});
