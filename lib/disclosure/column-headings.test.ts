import { describe, expect, it } from "vitest";
import { columnHeading, columnHeadingText, printedColumns, printedTitle, rowLabel, sideLabel } from "./column-headings";

const budget2025 = { year: 2025, kind: "budget" } as const;
const budget2024 = { year: 2024, kind: "budget" } as const;
const final2024 = { year: 2024, kind: "final" } as const;

describe("columnHeading", () => {
  it("heads the 一般公共预算财政拨款支出预算表 as beibei-zwfwzx-2025 prints it: 2024年预算数 | 2025年预算数 over 总计 基本支出 项目支出", () => {
    const at = (column: string) => columnHeading({ ...budget2025, table: "general_budget_function", column });
    expect(at("prior")).toEqual({ group: null, heading: "2024年预算数" });
    expect(at("total")).toEqual({ group: "2025年预算数", heading: "总计" });
    expect(at("basic")).toEqual({ group: "2025年预算数", heading: "基本支出" });
    expect(at("project")).toEqual({ group: "2025年预算数", heading: "项目支出" });
  });

  it("puts the year of the document, not a fixed one: beibei-zfb-2024 prints 2023年预算数 and 2024年预算数", () => {
    expect(columnHeadingText({ ...budget2024, table: "general_budget_function", column: "prior" })).toBe("2023年预算数");
    expect(columnHeadingText({ ...budget2024, table: "general_budget_function", column: "total" })).toBe("2024年预算数·总计");
  });

  it("heads the 基本支出表 under 2024年基本支出: 总计 人员经费 公用经费", () => {
    const at = (column: string) => columnHeading({ ...budget2024, table: "basic_economic", column });
    expect([at("total"), at("personnel"), at("publicUse")]).toEqual([
      { group: "2024年基本支出", heading: "总计" },
      { group: "2024年基本支出", heading: "人员经费" },
      { group: "2024年基本支出", heading: "公用经费" },
    ]);
  });

  it("heads the 政府性基金预算支出表 under 2024年预算数 as beibei-zfb-2024 prints it", () => {
    expect(columnHeading({ ...budget2024, table: "gov_fund", column: "basic" })).toEqual({ group: "2024年预算数", heading: "基本支出" });
  });

  it("heads the halves of the 财政拨款收支总表: 2024年收入 预算数 | 2024年支出 合计 一般公共预算 政府性基金预算 国有资本经营预算", () => {
    const at = (column: string, side: "income" | "expenditure") => columnHeadingText({ ...budget2024, table: "fiscal_summary", column, side });
    expect(at("amount", "income")).toBe("2024年收入·预算数");
    expect(["total", "generalBudget", "govFund", "stateCapital"].map((c) => at(c, "expenditure"))).toEqual([
      "2024年支出·合计",
      "2024年支出·一般公共预算",
      "2024年支出·政府性基金预算",
      "2024年支出·国有资本经营预算",
    ]);
  });

  it("heads the 部门收支总表's amounts 预算数 on both halves", () => {
    expect(columnHeading({ ...budget2025, table: "income_expenditure_summary", column: "amount", side: "expenditure" })).toEqual({ group: "2025年支出", heading: "预算数" });
  });

  it("heads the “三公” columns as printed: 合计… 公务用车购置及运行费 over 小计 公务用车购置费 公务用车运行维护费, 公务接待费", () => {
    const at = (column: string) => columnHeading({ ...budget2025, table: "three_public", column });
    expect(at("outbound")).toEqual({ group: null, heading: "因公出国（境）费" });
    expect(at("vehicleSubtotal")).toEqual({ group: "公务用车购置及运行费", heading: "小计" });
    expect(at("vehiclePurchase")).toEqual({ group: "公务用车购置及运行费", heading: "公务用车购置费" });
    expect(at("reception")).toEqual({ group: null, heading: "公务接待费" });
  });

  it("keeps the 决算 tables' own terms, without a year, grouped as dazu-tyjrswj-2024-final prints them", () => {
    const at = (table: Parameters<typeof columnHeadingText>[0]["table"], column: string, side?: "income" | "expenditure") => columnHeadingText({ ...final2024, table, column, side });
    // 表5: 科目编码 | 科目名称 | 本年支出 over 合计 基本支出 项目支出
    expect(["total", "basic", "project"].map((c) => at("final_general_budget_function", c))).toEqual(["本年支出·合计", "本年支出·基本支出", "本年支出·项目支出"]);
    expect(at("final_general_budget_function", "budgetInitial")).toBe("年初预算数");
    // 表6: 决算数 over 合计 人员经费 公用经费
    expect(["amount", "personnel", "publicUse"].map((c) => at("final_basic_economic", c))).toEqual(["决算数·合计", "决算数·人员经费", "决算数·公用经费"]);
    // 表7: 公务用车购置及运行费 over 小计 公务用车购置费 公务用车运行费
    expect(["vehicleSubtotal", "vehiclePurchase", "vehicleOperation"].map((c) => at("final_three_public", c))).toEqual(["公务用车购置及运行费·小计", "公务用车购置及运行费·公务用车购置费", "公务用车购置及运行费·公务用车运行费"]);
    expect(at("final_three_public", "total")).toBe("合计");
    // 表8: 年初结转和结余 | 本年收入 | 本年支出 over 小计 基本支出 项目支出 | 年末结转和结余
    expect(["carryoverStart", "income", "total", "basic", "carryoverEnd"].map((c) => at("final_gov_fund", c))).toEqual(["年初结转和结余", "本年收入", "本年支出·小计", "本年支出·基本支出", "年末结转和结余"]);
    // 表9: 本年支出 over 合计 基本支出 项目支出
    expect(at("final_state_capital", "total")).toBe("本年支出·合计");
    // 表4: 收入 项目 | 决算数; 支出 项目 | 合计 | 一般公共预算财政拨款 …
    expect(at("final_fiscal_summary", "total", "income")).toBe("决算数");
    expect(at("final_fiscal_summary", "total", "expenditure")).toBe("合计");
    expect(at("final_fiscal_summary", "generalBudget", "expenditure")).toBe("一般公共预算财政拨款");
    expect(at("final_income", "total")).toBe("本年收入合计");
    expect(at("final_expenditure", "total")).toBe("本年支出合计");
  });
});

describe("printedColumns", () => {
  const columns = ["total", "basic", "project", "budgetInitial", "budgetAdjusted"] as const;
  it("puts a 决算's 年初预算数 and 调整预算数 before its 决算数 where a row fills them", () => {
    expect(printedColumns(columns, [{ values: { total: "1.00", budgetInitial: "2.00", budgetAdjusted: null } }, { values: { budgetAdjusted: "3.00" } }])).toEqual(["budgetInitial", "budgetAdjusted", "total", "basic", "project"]);
  });
  it("leaves them out where no row prints them (ptczj_2024_final's 表5 has only 合计 基本支出 项目支出)", () => {
    expect(printedColumns(columns, [{ values: { total: "1.00", basic: "1.00", project: null, budgetInitial: null } }])).toEqual(["total", "basic", "project"]);
  });
});

describe("rowLabel", () => {
  it("reads the “三公” rows 上年 and 本年 with the years beibei-zwfwzx-2025 prints: 2024年预算数, 2025年预算数", () => {
    expect(rowLabel({ ...budget2025, table: "three_public", row: { name: "prior" } })).toBe("上年（2024年预算数）");
    expect(rowLabel({ ...budget2025, table: "three_public", row: { name: "current" } })).toBe("本年（2025年预算数）");
  });

  it("reads the 决算 “三公” rows 预算数 and 决算数 of the year", () => {
    expect(rowLabel({ ...final2024, table: "final_three_public", row: { name: "final" } })).toBe("2024年决算数");
  });

  it("reads a 合计 row by its printed name, or 收入合计 / 支出合计 by side, never its key", () => {
    expect(rowLabel({ ...budget2024, table: "fiscal_summary", row: { code: "total", name: "收入合计", side: "income" } })).toBe("收入合计");
    expect(rowLabel({ ...budget2024, table: "fiscal_summary", row: { code: "total", side: "expenditure" } })).toBe("支出合计");
    expect(rowLabel({ ...budget2024, table: "general_budget_function", row: { code: "total" } })).toBe("合计");
  });

  it("reads any other row by its name", () => {
    expect(rowLabel({ ...budget2024, table: "general_budget_function", row: { code: "2010301", name: "行政运行" } })).toBe("行政运行");
  });
});

describe("sideLabel", () => {
  it("reads 收入 and 支出", () => {
    expect([sideLabel("income"), sideLabel("expenditure")]).toEqual(["收入", "支出"]);
  });
});

describe("printedTitle", () => {
  it("names a 决算 table as its document prints it, a budget table by its kind", () => {
    expect(printedTitle({ kind: "final_three_public", title: "财政拨款“三公”经费支出决算表" })).toBe("财政拨款“三公”经费支出决算表");
    expect(printedTitle({ kind: "final_three_public", title: " " })).toBe("“三公”经费支出决算表");
    expect(printedTitle({ kind: "three_public", title: "2025年“三公”经费支出预算表" })).toBe("“三公”经费支出表");
  });
});
