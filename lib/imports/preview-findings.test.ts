import { describe, expect, it } from "vitest";
import type { AnyTable, Finding } from "@/lib/disclosure/schema";
import { placeFindings } from "./preview-findings";

const tables: AnyTable[] = [
  { kind: "expenditure_summary", title: "部门支出总表", rows: [] },
  { kind: "other", title: "部门预算项目明细表", columns: [], rows: [] },
  { kind: "general_budget_function", title: "", rows: [] },
];
const t3: Finding = { rule: "T3", severity: "error", table: "general_budget_function", row: "total", column: "total", message: "合计不等于各类之和" };
const unreadCell: Finding = { rule: "I1", severity: "warning", table: "expenditure_summary", row: "201", column: "基本支出", page: 7, message: "第 7 页：“1O.00”不是金额，已留空" };
const keptAsPrinted: Finding = { rule: "I1", severity: "info", table: "部门预算项目明细表", page: 9, message: "第 9 页：表“部门预算项目明细表”不是标准预算表，已按原样保留" };
const missing: Finding = { rule: "R1", severity: "error", table: "three_public", message: "缺少“三公”经费支出表" };
const weights: Finding = { rule: "P1", severity: "warning", table: "performance", row: "overall", column: "weight", message: "各指标权重之和为 90" };
const targetAmount: Finding = { rule: "I1", severity: "warning", table: "2025年项目支出绩效目标表（政务服务）", column: "年度预算", message: "“约十万”不是金额" };
const noCode: Finding = { rule: "I1", severity: "info", message: "文件中找不到部门编码" };

describe("the import preview's findings", () => {
  const placed = placeFindings({ tables, findings: [t3, unreadCell, keptAsPrinted, missing, weights, targetAmount, noCode] });

  it("sit beside the table they are about, a printed table found by its title", () => {
    expect(placed.tables).toEqual([
      { rules: [], unread: [unreadCell] },
      { rules: [], unread: [keptAsPrinted] },
      { rules: [t3], unread: [] },
    ]);
  });

  it("about the projects' targets go beside them, whether a rule's or the importer's", () => {
    expect(placed.performance).toEqual({ rules: [weights], unread: [targetAmount] });
  });

  it("about a table the document lacks, or no table at all, stand for the whole document", () => {
    expect(placed.document).toEqual({ rules: [missing], unread: [noCode] });
  });

  it("are counted as errors, warnings and places not read; the importer's warnings are not the rules' warnings", () => {
    expect(placed.counts).toEqual({ errors: 2, warnings: 1, unread: 4 });
  });

  it("of a second table of the same kind go beside the first", () => {
    const twice = placeFindings({ tables: [tables[2]!, tables[2]!], findings: [t3] });
    expect(twice.tables.map((p) => p.rules.length)).toEqual([1, 0]);
  });
});
