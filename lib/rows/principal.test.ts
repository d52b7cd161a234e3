import { describe, expect, it } from "vitest";
import { TABLE_KINDS } from "@/lib/disclosure/schema";
import { PRINCIPAL_COLUMNS, principalAmount, principalColumn } from "./principal";

// 重庆市北碚区人民政府办公室 2024 年部门预算 (seeds/beibei-zfb-2024.txt), in 元
describe("the amount a row of the row search is ranked by", () => {
  it("is the 总计 of a 基本支出 row, not one of its parts", () => {
    // 30217 公务接待费: 总计 0.50 万元, 公用经费 0.50 万元
    expect(principalAmount("basic_economic", undefined, { total: "5000.00", personnel: null, publicUse: "5000.00" })).toBe("5000.00");
  });

  it("is this year's 总计 of a 功能分类 row, not last year's 预算数", () => {
    // 2210201 住房公积金: 2023年预算数 109.20, 2024年 总计 111.47 万元
    expect(principalAmount("general_budget_function", undefined, { prior: "1092000.00", total: "1114700.00", basic: "1114700.00", project: null })).toBe("1114700.00");
  });

  it("is the 预算数 on the 收入 side of 财政拨款收支总表 and the 合计 on its 支出 side", () => {
    // 一般公共预算资金 2,514.61; 一般公共服务支出 合计 2,009.28 万元
    expect(principalAmount("fiscal_summary", "income", { amount: "25146100.00" })).toBe("25146100.00");
    expect(principalAmount("fiscal_summary", "expenditure", { total: "20092800.00", generalBudget: "20092800.00", govFund: null, stateCapital: null })).toBe("20092800.00");
  });

  it("is blank when the cell is", () => {
    expect(principalAmount("basic_economic", undefined, { total: null, personnel: null, publicUse: null })).toBeNull();
  });

  it("of every table kind is a column the database sorts by, in the same order of preference", () => {
    for (const kind of TABLE_KINDS) {
      for (const side of [undefined, "income", "expenditure"] as const) {
        expect(PRINCIPAL_COLUMNS).toContain(principalColumn(kind, side));
      }
    }
  });
});
