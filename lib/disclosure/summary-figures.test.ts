import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDisclosureText } from "@/lib/documents";
import { changeText, summaryFigures } from "./summary-figures";

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

describe("changeText", () => {
  it("gives the change in the unit shown, and no percentage on a zero prior", () => {
    expect(changeText({ amount: "9179000.00", prior: "9910700.00" }, "元")).toBe("比上年减少 731,700.00 元（下降 7.38%）");
    expect(changeText({ amount: "5000.00", prior: "0.00" }, "元")).toBe("比上年增加 5,000.00 元");
    expect(changeText({ amount: "5000.00", prior: null }, "元")).toBeNull();
  });
});
