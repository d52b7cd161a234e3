import { describe, expect, it } from "vitest";
import { findingPlace, findingTextInUnit } from "./finding-text";

describe("findingTextInUnit", () => {
  // 重庆市北碚区人民政府办公室 2024: 基本支出表 合计 人员经费 1,438.25 万元 against 1,438.24 万元
  const beibei =
    "一般公共预算财政拨款基本支出表合计行“人员经费”列为 1,438.25 万元，各类之和为 1,438.24 万元，相差 0.01 万元，在 2 个单元格各自四舍五入的容差（±0.01 万元）以内，属尾差";

  it("shows a 万元 finding in 元 when the page is read in 元, exactly", () => {
    expect(findingTextInUnit(beibei, "元")).toBe(
      "一般公共预算财政拨款基本支出表合计行“人员经费”列为 14,382,500.00 元，各类之和为 14,382,400.00 元，相差 100.00 元，在 2 个单元格各自四舍五入的容差（±100.00 元）以内，属尾差",
    );
    expect(findingTextInUnit("容差（±0.075 万元）", "元")).toBe("容差（±750.00 元）");
  });

  it("leaves a finding already in the unit shown as written", () => {
    expect(findingTextInUnit(beibei, "万元")).toBe(beibei);
  });

  it("shows 元 amounts in 万元 without losing a digit", () => {
    expect(findingTextInUnit("合计为 35000.00元", "万元")).toBe("合计为 3.50万元");
    expect(findingTextInUnit("相差 25.92 元", "万元")).toBe("相差 0.002592 万元");
  });

  it("keeps what is quoted from the document as printed", () => {
    // 重庆市潼南区政务服务中心 2025: the same 25.92 stated once in 元 and once in 万元
    const tongnan =
      "说明中基本支出的变动前后不一致：“基本支出191.23万元，比2024年减少25.92元”称“比上年减少25.92 元”，而“主要是基本支出减少25.92万元”称“比上年减少25.92 万元”；数字相同而单位不同，疑似单位误写为“元”";
    expect(findingTextInUnit(tongnan, "元")).toBe(tongnan);
    expect(findingTextInUnit("说明中机关运行经费为 40.12 万元。原文：“2024年一般公共预算财政拨款运行经费40.12万元”", "元")).toBe(
      "说明中机关运行经费为 401,200.00 元。原文：“2024年一般公共预算财政拨款运行经费40.12万元”",
    );
  });

  it("leaves counts, percentages and codes alone", () => {
    const text = "项目“大厅运行经费”的绩效目标各指标权重之和为 90，应为 100，增长 12.5%，编码 50015225T0000004992967";
    expect(findingTextInUnit(text, "元")).toBe(text);
  });
});

describe("findingPlace", () => {
  const budget2025 = { year: 2025, kind: "budget" } as const;

  it("names the 三公 rows 本年 and 上年 with their years, and the 合计 row 合计", () => {
    expect(findingPlace({ finding: { table: "three_public", row: "current", column: "reception" }, ...budget2025 })).toBe("“三公”经费支出表 · 本年（2025年预算数） · 公务接待费");
    expect(findingPlace({ finding: { table: "three_public", row: "prior", column: "reception" }, ...budget2025 })).toBe("“三公”经费支出表 · 上年（2024年预算数） · 公务接待费");
    expect(findingPlace({ finding: { table: "expenditure_summary", row: "total", column: "basic" }, year: 2024, kind: "budget" })).toBe("部门支出总表 · 合计 · 基本支出");
  });

  it("names the prior-year column by its year, as the table prints it", () => {
    expect(findingPlace({ finding: { table: "general_budget_function", row: "20805", column: "prior" }, ...budget2025 })).toBe("一般公共预算财政拨款支出表 · 20805 · 2024年预算数");
  });

  it("names a missing table and a performance target", () => {
    expect(findingPlace({ finding: { table: "income_summary" }, ...budget2025 })).toBe("部门收入总表");
    expect(findingPlace({ finding: { table: "performance", row: "overall", column: "weight" }, ...budget2025 })).toBe("绩效目标 · 部门整体");
  });
});
