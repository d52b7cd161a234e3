import { describe, expect, it } from "vitest";
import { compareBudgetWithFinal, isBudgetFinalPair } from "./budget-final";
import type { DisclosureDocument, DisclosureTable } from "./schema";

const doc = (kind: "budget" | "final", tables: DisclosureTable[]): DisclosureDocument => ({
  format: "budget-disclosure/v1",
  district: "北碚区",
  department: { code: "999", name: "重庆市北碚区示例局" },
  year: 2025,
  kind,
  sourceUnit: "万元",
  sections: {},
  tables,
  projects: [],
  performance: { overall: null, projects: [] },
});

// a 2025 budget of 1,000 万元 (basic 400, project 600) and its 决算 of 950 (basic 400, project 550)
const budget = doc("budget", [
  { kind: "general_budget_function", title: "", rows: [
    { code: "201", name: "一般公共服务支出", values: { prior: null, total: "9000000.00", basic: "3000000.00", project: "6000000.00" } },
    { code: "2010301", name: "行政运行", values: { prior: null, total: "3000000.00", basic: "3000000.00", project: null } },
    { code: "2010302", name: "一般行政管理事务", values: { prior: null, total: "6000000.00", basic: null, project: "6000000.00" } },
    { code: "208", name: "社会保障和就业支出", values: { prior: null, total: "1000000.00", basic: "1000000.00", project: null } },
    { code: "total", name: "合计", values: { prior: null, total: "10000000.00", basic: "4000000.00", project: "6000000.00" } },
  ] },
  { kind: "three_public", title: "", rows: [
    { name: "prior", values: { total: "90000.00", outbound: null, vehicleSubtotal: "70000.00", vehiclePurchase: null, vehicleOperation: "70000.00", reception: "20000.00" } },
    { name: "current", values: { total: "100000.00", outbound: null, vehicleSubtotal: "80000.00", vehiclePurchase: null, vehicleOperation: "80000.00", reception: "20000.00" } },
  ] },
]);
const final = doc("final", [
  { kind: "final_general_budget_function", title: "", rows: [
    { code: "201", name: "一般公共服务支出", values: { total: "8500000.00", basic: "3000000.00", project: "5500000.00" } },
    { code: "2010301", name: "行政运行", values: { total: "3000000.00", basic: "3000000.00", project: null } },
    { code: "2010302", name: "一般行政管理事务", values: { total: "5500000.00", basic: null, project: "5500000.00" } },
    { code: "208", name: "社会保障和就业支出", values: { total: "900000.00", basic: "900000.00", project: null } },
    { code: "2089999", name: "其他社会保障和就业支出", values: { total: "100000.00", basic: "100000.00", project: null } },
    { code: "total", name: "合计", values: { total: "9500000.00", basic: "4000000.00", project: "5500000.00" } },
  ] },
  { kind: "final_three_public", title: "", rows: [
    { name: "budget", values: { total: "100000.00", outbound: null, vehicleSubtotal: "80000.00", vehiclePurchase: null, vehicleOperation: "80000.00", reception: "20000.00" } },
    { name: "final", values: { total: "95000.00", outbound: null, vehicleSubtotal: "80000.00", vehiclePurchase: null, vehicleOperation: "80000.00", reception: "15000.00" } },
  ] },
]);

describe("a 部门预算 against its 部门决算", () => {
  const tables = compareBudgetWithFinal(budget, final);

  it("compares only the tables both print, the 决算's first", () => {
    expect(tables.map((t) => t.title)).toEqual([
      "一般公共预算财政拨款支出决算表（对照一般公共预算财政拨款支出表）",
      "“三公”经费支出决算表（对照“三公”经费支出表）",
    ]);
    expect(tables[0]!.columns).toEqual(["合计", "基本支出", "项目支出"]);
  });

  it("matches rows by code: 预算数, 决算数, 差额 and 执行率 per column", () => {
    const rows = tables[0]!.rows;
    const at = (code: string) => rows.find((r) => r.code === code)!;
    // 一般行政管理事务: 550 of 600 万元 = 91.67 %, 50 万元 less
    expect(at("2010302").cells[0]).toEqual({ budget: "6000000.00", final: "5500000.00", difference: "-500000.00", rate: "91.67" });
    expect(at("2010302").cells[1]).toEqual({ budget: null, final: null, difference: null, rate: null });
    // a 项 only the 决算 has: no 预算数, no rate
    expect(at("2089999").cells[0]).toEqual({ budget: null, final: "100000.00", difference: null, rate: null });
    const total = rows.find((r) => r.total)!;
    expect(total.name).toBe("合计");
    expect(total.cells.map((c) => c.rate)).toEqual(["95.00", "100.00", "91.67"]);
  });

  it("sets each “三公” item of the budget's 本年 row against the 决算数, not the 上年 row", () => {
    const items = tables[1]!.rows;
    expect(items.map((r) => r.name)).toEqual(["“三公”经费合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行维护费", "公务接待费"]);
    expect(items[0]!.cells[0]).toMatchObject({ budget: "100000.00", final: "95000.00", rate: "95.00" });
    expect(items[5]!.cells[0]).toEqual({ budget: "20000.00", final: "15000.00", difference: "-5000.00", rate: "75.00" });
  });

  it("is offered for one department's budget and final of one year only", () => {
    const head = (kind: string, year = 2025, departmentKey = "500109-999") => ({ kind, year, departmentKey });
    expect(isBudgetFinalPair([head("budget"), head("final")])).toBe(true);
    expect(isBudgetFinalPair([head("budget"), head("final", 2024)])).toBe(false);
    expect(isBudgetFinalPair([head("budget"), head("final", 2025, "500109-134")])).toBe(false);
    expect(isBudgetFinalPair([head("budget"), head("budget")])).toBe(false);
  });
});
