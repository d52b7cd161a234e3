import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { row, table } from "./test-fixtures";

/**
 * A 2025 部门决算 in 万元 of the department of `consistentDoc()` (whose 2025 budget it executes): its
 * 年初预算数 are that budget's figures; it spent 950.00 of 1000.00 (95.00 %), basic 400.00 of 400.00,
 * project 550.00 of 600.00 (91.67 %), “三公” 9.50 of 10.00 (95.00 %), 公务接待费 1.50 of 2.00 (75.00 %).
 */
export function finalDoc(sections: DisclosureDocument["sections"] = {}): DisclosureDocument {
  return {
    format: "budget-disclosure/v1",
    district: "北碚区",
    department: { code: "999", name: "重庆市北碚区示例局" },
    year: 2025,
    kind: "final",
    sourceUnit: "万元",
    sections,
    tables: [
      table("final_income_expenditure_summary", [
        row(undefined, "一般公共预算财政拨款收入", { amount: "950.00" }, "income"),
        row(undefined, "本年收入合计", { amount: "950.00" }, "income"),
        row("total", "总计", { amount: "950.00" }, "income"),
        row(undefined, "一般公共服务支出", { amount: "850.00" }, "expenditure"),
        row(undefined, "社会保障和就业支出", { amount: "100.00" }, "expenditure"),
        row(undefined, "本年支出合计", { amount: "950.00" }, "expenditure"),
        row("total", "总计", { amount: "950.00" }, "expenditure"),
      ]),
      table("final_general_budget_function", [
        row("201", "一般公共服务支出", { total: "850.00", basic: "300.00", project: "550.00", budgetInitial: "900.00" }),
        row("20103", "政府办公厅（室）及相关机构事务", { total: "850.00", basic: "300.00", project: "550.00", budgetInitial: "900.00" }),
        row("2010301", "行政运行", { total: "300.00", basic: "300.00", project: "", budgetInitial: "300.00" }),
        row("2010302", "一般行政管理事务", { total: "550.00", basic: "", project: "550.00", budgetInitial: "600.00" }),
        row("208", "社会保障和就业支出", { total: "100.00", basic: "100.00", project: "", budgetInitial: "100.00" }),
        row("20805", "行政事业单位养老支出", { total: "100.00", basic: "100.00", project: "", budgetInitial: "100.00" }),
        row("2080505", "机关事业单位基本养老保险缴费支出", { total: "60.00", basic: "60.00", project: "", budgetInitial: "60.00" }),
        row("2080506", "机关事业单位职业年金缴费支出", { total: "40.00", basic: "40.00", project: "", budgetInitial: "40.00" }),
        row("total", "合计", { total: "950.00", basic: "400.00", project: "550.00", budgetInitial: "1000.00" }),
      ]),
      table("final_three_public", [
        row(undefined, "budget", { total: "10.00", outbound: "", vehicleSubtotal: "8.00", vehiclePurchase: "", vehicleOperation: "8.00", reception: "2.00" }),
        row(undefined, "final", { total: "9.50", outbound: "", vehicleSubtotal: "8.00", vehiclePurchase: "", vehicleOperation: "8.00", reception: "1.50" }),
      ]),
    ],
    projects: [],
    performance: { overall: null, projects: [] },
  };
}
