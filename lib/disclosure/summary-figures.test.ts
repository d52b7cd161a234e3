import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDisclosureText } from "@/lib/documents";
import { DAZU_FINAL, DAZU_FINAL_WITH_BUDGET_COLUMNS } from "@/lib/documents/fixtures/dazu-budget-columns";
import { budgetText, changeText, summaryFigures } from "./summary-figures";

function seed(name: string) {
  const text = readFileSync(new URL(`../../db/sample/disclosures/${name}.txt`, import.meta.url), "utf8");
  return parseDisclosureText(text, { fileName: `${name}.txt` });
}

describe("summaryFigures", () => {
  it("gives 重庆市北碚区人民政府办公室 2024 its totals, with last year's where its tables print them", () => {
    const figures = summaryFigures(seed("beibei-zfb-2024"));
    // 收支总表 2,514.61; 一般公共预算表 合计 2,514.61 (上年 2,890.22) = 1,746.21 基本 + 768.40 项目; 三公 27.50 (2023年 37.00)
    expect(figures.map((f) => [f.label, changeText(f, "万元")])).toEqual([
      ["收入", null],
      ["支出", "比上年减少 375.61 万元（下降 13.00%）"],
      ["基本支出", null],
      ["项目支出", null],
      ["“三公”经费", "比上年减少 9.50 万元（下降 25.68%）"],
    ]);
    expect(figures.map((f) => f.amount)).toEqual(["25146100.00", "25146100.00", "17462100.00", "7684000.00", "275000.00"]);
  });

  it("says 与上年持平 where the 三公 figure did not change (北碚区政务服务中心 2025: 3.80 both years)", () => {
    const threePublic = summaryFigures(seed("beibei-zwfwzx-2025")).find((f) => f.label === "“三公”经费");
    expect(threePublic && changeText(threePublic, "万元")).toBe("与上年持平");
  });
});

describe("a 决算's 预算数 and 执行率", () => {
  const final = (text = DAZU_FINAL) => parseDisclosureText(text, { fileName: "dazu.txt" });
  const shown = (text?: string) => summaryFigures(final(text)).map((f) => [f.label, budgetText(f, "万元")]);

  it("gives the “三公” card the 预算数 the “三公” table prints, and none to the figures it prints no budget for", () => {
    // 表7: 预算数 合计 60,000.00 元, 决算数 合计 52,345.60 元: 52,345.60 ÷ 60,000.00 = 87.24%
    expect(shown()).toEqual([
      ["收入", null],
      ["支出", null],
      ["基本支出", null],
      ["项目支出", null],
      ["“三公”经费", "预算数 6.00 万元，执行率 87.24%"],
    ]);
  });

  it("gives 支出 the 年初预算数 of a 一般公共预算 table whose 合计 is the 本年支出合计", () => {
    // 表5 printed with 年初预算数 8,500,000.00 and 调整预算数 8,600,000.00 beside its 合计 8,450,432.10 元, which
    // is 表1's 本年支出合计: 8,450,432.10 ÷ 8,500,000.00 = 99.42%
    const figures = shown(DAZU_FINAL_WITH_BUDGET_COLUMNS);
    expect(figures.find(([label]) => label === "支出")).toEqual(["支出", "年初预算数 850.00 万元，执行率 99.42%"]);
    expect(figures.find(([label]) => label === "基本支出")).toEqual(["基本支出", null]);
  });

  it("shows a 预算数 of 0 without a 执行率, and a blank 预算数 not at all", () => {
    const zero = DAZU_FINAL.replace("60,000.00\t0.00\t45,000.00\t0.00\t45,000.00\t15,000.00\t", "0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t");
    expect(shown(zero).at(-1)).toEqual(["“三公”经费", "预算数 0.00 万元"]);
    const blank = DAZU_FINAL.replace("60,000.00\t0.00\t45,000.00\t0.00\t45,000.00\t15,000.00\t", "\t\t\t\t\t\t");
    expect(shown(blank).at(-1)).toEqual(["“三公”经费", null]);
  });

  it("gives a budget's cards none", () => {
    expect(summaryFigures(seed("beibei-zfb-2024")).every((f) => f.budget === null)).toBe(true);
  });
});

describe("changeText", () => {
  it("gives the change in the unit shown, and no percentage on a zero prior", () => {
    expect(changeText({ amount: "9179000.00", prior: "9910700.00" }, "元")).toBe("比上年减少 731,700.00 元（下降 7.38%）");
    expect(changeText({ amount: "5000.00", prior: "0.00" }, "元")).toBe("比上年增加 5,000.00 元");
    expect(changeText({ amount: "5000.00", prior: null }, "元")).toBeNull();
  });
});
