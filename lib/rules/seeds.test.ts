import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDisclosureText } from "@/lib/documents";
import { checkDisclosure } from "./index";
import { brief } from "./test-fixtures";

function seed(name: string) {
  const text = readFileSync(new URL(`../../db/sample/disclosures/${name}.txt`, import.meta.url), "utf8");
  return checkDisclosure(parseDisclosureText(text, { fileName: `${name}.txt` }));
}

/**
 * The inconsistencies found by hand in the four real documents (sums recomputed from the printed
 * figures, all in 万元). Every rounding case is a 0.01 万元 drift within k × 0.005 万元.
 */
const EXPECTED: Record<string, string[]> = {
  "beibei-zfb-2024": [
    // 基本支出表 302: 15 款 add up to 307.97, printed 307.96 (总计 and 公用经费)
    "T1 | rounding | basic_economic | 302 | total",
    "T1 | rounding | basic_economic | 302 | publicUse",
    // 303: 13.24 + 99.50 + 6.20 = 118.94, printed 118.93
    "T1 | rounding | basic_economic | 303 | total",
    "T1 | rounding | basic_economic | 303 | personnel",
    // 一般公共预算表 20805 上年: 13.24 + 124.14 + 62.07 + 102.31 = 301.76, printed 301.75
    "T1 | rounding | general_budget_function | 20805 | prior",
    // 基本支出表合计: 1319.31 + 307.96 + 118.93 = 1746.20, printed 1746.21; 人员经费 1438.24 vs 1438.25
    "T3 | rounding | basic_economic | total | total",
    "T3 | rounding | basic_economic | total | personnel",
    // no 部门收入总表
    "R1 | error | income_summary |  | ",
  ],
  "beibei-zwfwzx-2025": [
    // 20805: 23.14 + 11.57 = 34.71, printed 34.72 (总计, 基本支出) in both function tables; 上年 36.92 + 18.46 + 2.66 = 58.04 vs 58.05
    "T1 | rounding | general_budget_function | 20805 | total",
    "T1 | rounding | general_budget_function | 20805 | basic",
    "T1 | rounding | general_budget_function | 20805 | prior",
    "T1 | rounding | expenditure_summary | 20805 | total",
    "T1 | rounding | expenditure_summary | 20805 | basic",
    // 基本支出表 301: ten 款 add up to 260.97, printed 260.98; 302: eight add up to 41.91, printed 41.92
    "T1 | rounding | basic_economic | 301 | total",
    "T1 | rounding | basic_economic | 301 | personnel",
    "T1 | rounding | basic_economic | 302 | total",
    "T1 | rounding | basic_economic | 302 | publicUse",
    // 上年合计: 873.58 + 58.05 + 26.32 + 33.13 = 991.08, printed 991.07
    "T3 | rounding | general_budget_function | total | prior",
    // no 部门收入总表; no 政府采购预算明细表 though the narrative states 36.74 万元 of procurement
    "R1 | error | income_summary |  | ",
    "R1 | warning | procurement |  | ",
  ],
  "nanan-zwb-2024": [
    // 基本支出表 301: ten 款 add up to 594.48, printed 594.47
    "T1 | rounding | basic_economic | 301 | total",
    "T1 | rounding | basic_economic | 301 | personnel",
    // 824.65 + 71.97 + 34.30 + 36.82 = 967.74, printed 967.73 in every table; 基本支出 699.82 vs 699.81
    "T3 | rounding | general_budget_function | total | total",
    "T3 | rounding | general_budget_function | total | basic",
    "T3 | rounding | expenditure_summary | total | total",
    "T3 | rounding | expenditure_summary | total | basic",
    "T3 | rounding | income_summary | total | total",
    "T3 | rounding | income_summary | total | generalBudget",
    "T3 | rounding | income_expenditure_summary | total | amount",
    "T3 | rounding | fiscal_summary | 本年支出 | total",
    "T3 | rounding | fiscal_summary | 本年支出 | generalBudget",
    // 机关运行经费 40.12 万元 against 公用经费 102.48 万元 (two 事业单位: to be confirmed by a reviewer)
    "N1 | warning | basic_economic | total | publicUse",
  ],
  "tongnan-zwb-2025": [
    // “项目支出均实行了绩效目标管理，涉及一般公共预算当年财政拨款 1946.23 万元”: 项目支出 is 1755.00
    "N1 | warning | general_budget_function | total | project",
    // 基本支出“比 2024 年减少 25.92 元”, elsewhere “基本支出减少 25.92 万元”
    "N2 | error | general_budget_function | total | basic",
    // 整体绩效目标: 10 × 5 + 20 + 20 = 90; two ≥ values printed as “≧99.98%” and “满意度 ≧ 99.99%”
    "P1 | warning | performance | overall | weight",
    "P1 | warning | performance | overall | value",
    "P1 | warning | performance | overall | value",
    // the six project targets print no weights
    "P1 | info | performance | 50015222T000000135300 | weight",
    "P1 | info | performance | 50015222T000000135339 | weight",
    "P1 | info | performance | 50015222T000000135401 | weight",
    "P1 | info | performance | 50015222T000000135421 | weight",
    "P1 | info | performance | 50015225T000004992967 | weight",
    "P1 | info | performance | 50015225T000004999364 | weight",
    // the project list prints two codes with an extra 0 (…T0000004992967, …T0000004999364)
    "P1 | warning | performance | 50015225T0000004992967 | projectCode",
    "P1 | warning | performance | 50015225T0000004999364 | projectCode",
    // 政府性基金预算支出表 empty without a 无数据 note
    "R1 | warning | gov_fund |  | ",
  ],
};

describe("the four seed disclosures", () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`finds exactly the inconsistencies of ${name}`, () => {
      expect(brief(seed(name)).sort()).toEqual([...expected].sort());
    });
  }

  it("names the 25.92 unit slip of 潼南 and the 1746.20 / 1746.21 rounding of 北碚政府办", () => {
    const slip = seed("tongnan-zwb-2025").find((f) => f.rule === "N2");
    expect(slip?.message).toContain("25.92 元");
    expect(slip?.message).toContain("25.92 万元");
    const rounding = seed("beibei-zfb-2024").find((f) => f.rule === "T3" && f.column === "total");
    expect(rounding?.message).toContain("1,746.21 万元");
    expect(rounding?.message).toContain("1,746.20 万元");
  });
});
