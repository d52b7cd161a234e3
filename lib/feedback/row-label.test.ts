import { describe, expect, it } from "vitest";
import { rowLabel } from "./row-label";

describe("a row's label", () => {
  it("is its code and name, 合计 for the total, with the side where a table has two", () => {
    expect(rowLabel({ code: "2010301", name: "行政运行" })).toBe("2010301 行政运行");
    expect(rowLabel({ code: "total", name: "合计" })).toBe("合计");
    expect(rowLabel({ code: "total", name: null })).toBe("合计");
    expect(rowLabel({ code: null, name: "一般公共预算拨款收入", side: "income" })).toBe("收入：一般公共预算拨款收入");
  });

  it("tells the two totals of a two-sided table apart", () => {
    expect(rowLabel({ code: "total", name: "收入合计", side: "income" })).toBe("收入合计");
    expect(rowLabel({ code: "total", name: "合计", side: "expenditure" })).toBe("支出：合计");
  });

  it("names the 三公 table's rows 本年 and 上年, as the page prints them", () => {
    expect(rowLabel({ name: "current" })).toBe("本年");
    expect(rowLabel({ name: "prior" })).toBe("上年");
  });
});
