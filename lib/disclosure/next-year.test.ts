import { describe, expect, it } from "vitest";
import { isReadOnlyCell, openMarks, projectMark, withoutMark } from "./carry-over";
import { nextYearCarryOver, nextYearDocument } from "./next-year";
import { type DisclosureDocument, type Indicator, standardTables } from "./schema";

const indicator = (level3: string, weight: string): Indicator => ({ level1: "产出指标", level2: "数量指标", level3, unit: "万件", operator: "≥", value: "80", weight, core: true });

const y2025: DisclosureDocument = {
  format: "budget-disclosure/v1",
  district: "北碚区",
  department: { code: "134", name: "重庆市北碚区政务服务中心" },
  year: 2025,
  kind: "budget",
  sourceUnit: "万元",
  sections: { functions: "负责推进政务服务改革，2019年起推进“一窗综办”。", overview: "2025年年初预算数 817.9 万元，比 2024 年减少 173.17 万元。" },
  tables: [
    {
      kind: "general_budget_function",
      title: "一般公共预算财政拨款支出预算表",
      rows: [{ code: "2010301", name: "行政运行", values: { prior: "1520300.00", total: "35000.00", basic: "35000.00", project: null } }],
    },
    {
      kind: "three_public",
      title: "“三公”经费支出表",
      rows: [
        { name: "prior", values: { total: "38000.00", outbound: null, vehicleSubtotal: "35000.00", vehiclePurchase: null, vehicleOperation: "35000.00", reception: "3000.00" } },
        { name: "current", values: { total: "40000.00", outbound: null, vehicleSubtotal: "35000.00", vehiclePurchase: null, vehicleOperation: "35000.00", reception: "5000.00" } },
      ],
    },
    { kind: "basic_economic", title: "2025年基本支出表", rows: [{ code: "30101", name: "基本工资", values: { total: "481700.00", personnel: "481700.00", publicUse: null } }] },
    { kind: "other", title: "部门预算项目支出明细表", unit: "万元", columns: ["项目名称", "金额"], rows: [{ cells: ["大厅运行经费", "197.00"] }] },
  ],
  projects: [
    { code: "50010922T000000086182", name: "大厅运行经费", amount: "1970000.00", category: "一般性项目", functionCode: "2010302" },
    { code: null, name: "综合窗口人员专项经费", amount: "3180000.00", category: "一般性项目", functionCode: null },
  ],
  performance: {
    overall: { goal: "2025年提升政务服务质效", indicators: [indicator("大厅审批件数", "50"), indicator("帮办代办", "50")] },
    projects: [
      { projectCode: "50010922T000000086182", projectName: "大厅运行经费", amount: "1970000.00", overview: "保障大厅运行", basis: "北碚委办【2019】43号", goal: "2025年审批80万件", indicators: [indicator("大厅审批件数", "90")] },
    ],
  },
};

describe("next year's draft from this year's disclosure", () => {
  const next = nextYearDocument(y2025, 2026);
  const [general, threePublic, basic] = standardTables(next);
  const previous = standardTables(y2025);

  it("moves this year's amounts into the prior-year columns and leaves the new year blank", () => {
    expect(general!.rows[0]!.values).toEqual({ prior: "35000.00", total: null, basic: null, project: null });
    expect(threePublic!.rows).toEqual([
      { name: "prior", values: previous[1]!.rows[1]!.values },
      { name: "current", values: { total: null, outbound: null, vehicleSubtotal: null, vehiclePurchase: null, vehicleOperation: null, reception: null } },
    ]);
    expect(basic!.rows[0]).toEqual({ code: "30101", name: "基本工资", values: { total: null, personnel: null, publicUse: null } });
  });

  it("moves this year and last year on in the narrative and the titles, not the years of past events", () => {
    expect(next.year).toBe(2026);
    expect(next.sections.overview).toBe("2026年年初预算数 817.9 万元，比 2025 年减少 173.17 万元。");
    expect(next.sections.functions).toBe(y2025.sections.functions);
    expect(basic!.title).toBe("2026年基本支出表");
  });

  it("keeps every project with its code, name, category and function code, the amount left to fill", () => {
    expect(next.projects).toEqual([
      { code: "50010922T000000086182", name: "大厅运行经费", amount: null, category: "一般性项目", functionCode: "2010302" },
      { code: null, name: "综合窗口人员专项经费", amount: null, category: "一般性项目", functionCode: null },
    ]);
  });

  it("keeps the overall target and each project target with their indicators as last year's targets", () => {
    expect(next.performance.overall).toEqual({ goal: "2026年提升政务服务质效", indicators: y2025.performance.overall!.indicators });
    expect(next.performance.projects).toEqual([
      { projectCode: "50010922T000000086182", projectName: "大厅运行经费", amount: null, overview: "保障大厅运行", basis: "北碚委办【2019】43号", goal: "2026年审批80万件", indicators: [indicator("大厅审批件数", "90")] },
    ]);
  });

  it("leaves out the tables kept as printed: they are this year's print", () => {
    expect(next.tables.map((t) => t.kind)).toEqual(["general_budget_function", "three_public", "basic_economic"]);
  });

  it("leaves the previous document untouched", () => {
    expect(previous[0]!.rows[0]!.values.total).toBe("35000.00");
    expect(y2025.projects[0]!.amount).toBe("1970000.00");
  });
});

describe("what the editor keeps beside the carried-over draft", () => {
  const next = nextYearDocument(y2025, 2026);
  const carry = nextYearCarryOver(next, { id: "b5c1f3a0-0000-4000-8000-000000000001", year: 2025, revision: 1 });

  it("marks every section, project and target for the contact to confirm", () => {
    expect(carry.marks).toEqual([
      { part: "section", key: "functions" },
      { part: "section", key: "overview" },
      { part: "project", code: "50010922T000000086182", name: "大厅运行经费" },
      { part: "project", code: null, name: "综合窗口人员专项经费" },
      { part: "overall" },
      { part: "target", projectCode: "50010922T000000086182", projectName: "大厅运行经费" },
    ]);
  });

  it("lists the 上年预算数 column and the 三公 上年 row as read-only, and nothing of this year", () => {
    expect(carry.from).toEqual({ id: "b5c1f3a0-0000-4000-8000-000000000001", year: 2025, revision: 1 });
    const [general, threePublic] = standardTables(next);
    expect(isReadOnlyCell(carry.readOnly, "general_budget_function", "prior", general!.rows[0]!)).toBe(true);
    expect(isReadOnlyCell(carry.readOnly, "general_budget_function", "total", general!.rows[0]!)).toBe(false);
    expect(isReadOnlyCell(carry.readOnly, "three_public", "reception", threePublic!.rows[0]!)).toBe(true);
    expect(isReadOnlyCell(carry.readOnly, "three_public", "reception", threePublic!.rows[1]!)).toBe(false);
    expect(isReadOnlyCell(carry.readOnly, "basic_economic", "total", { name: "基本工资" })).toBe(false);
  });

  it("keeps a mark while its part is there: a confirmed or removed project waits for nothing", () => {
    const confirmed = withoutMark(carry.marks, projectMark(next.projects[0]!));
    const renamed = { ...next, projects: [{ ...next.projects[0]!, name: "政务大厅运行经费" }] };
    expect(openMarks(renamed, carry.marks).filter((m) => m.part === "project")).toEqual([carry.marks[2]]);
    expect(openMarks(renamed, confirmed).filter((m) => m.part === "project")).toEqual([]);
  });
});
