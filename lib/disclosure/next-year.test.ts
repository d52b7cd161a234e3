import { describe, expect, it } from "vitest";
import { nextYearDocument } from "./next-year";
import { type DisclosureDocument, standardTables } from "./schema";

const y2025: DisclosureDocument = {
  format: "budget-disclosure/v1",
  district: "北碚区",
  department: { code: "134", name: "重庆市北碚区政务服务中心" },
  year: 2025,
  kind: "budget",
  sourceUnit: "万元",
  sections: { functions: "负责推进政务服务改革。" },
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
    { kind: "basic_economic", title: "基本支出表", rows: [{ code: "30101", name: "基本工资", values: { total: "481700.00", personnel: "481700.00", publicUse: null } }] },
    { kind: "other", title: "部门预算项目支出明细表", unit: "万元", columns: ["项目名称", "金额"], rows: [{ cells: ["大厅运行经费", "197.00"] }] },
  ],
  projects: [{ code: "50010922T000000086182", name: "大厅运行经费", amount: "1970000.00", category: "一般性项目", functionCode: null }],
  performance: { overall: { goal: "提升政务服务质效", indicators: [] }, projects: [] },
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
  });

  it("keeps rows, narrative and the overall goal, and starts projects and indicators empty", () => {
    expect(next.year).toBe(2026);
    expect(next.sections).toEqual(y2025.sections);
    expect(basic!.rows[0]).toEqual({ code: "30101", name: "基本工资", values: { total: null, personnel: null, publicUse: null } });
    expect(next.projects).toEqual([]);
    expect(next.performance).toEqual({ overall: { goal: "提升政务服务质效", indicators: [] }, projects: [] });
  });

  it("leaves out the tables kept as printed: they are this year's print", () => {
    expect(next.tables.map((t) => t.kind)).toEqual(["general_budget_function", "three_public", "basic_economic"]);
  });

  it("leaves the previous document untouched", () => {
    expect(previous[0]!.rows[0]!.values.total).toBe("35000.00");
  });
});
