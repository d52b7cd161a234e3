import { describe, expect, it } from "vitest";
import { checkDisclosure } from "./index";
import { finalDoc } from "./final-fixtures";
import { brief } from "./test-fixtures";

/** The N1 findings of a 决算 whose narrative is this, named in its own tables. */
const percentFindings = (text: string) => checkDisclosure(finalDoc({ budgetNotes: text })).filter((f) => f.rule === "N1");

describe("N1 stated percentages of a 决算", () => {
  it("accepts shares, completion rates and changes that are right at their own precision", () => {
    const text = [
      // 850 / 950 = 89.47 %, 100 / 950 = 10.53 %
      "一般公共预算财政拨款支出 950.00 万元，主要用于以下方面：一般公共服务支出（类）850.00 万元，占 89.47%；社会保障和就业支出（类）100.00 万元，占 10.5%。",
      // the list's head is before 其中: 400 / 950 = 42.105 %, 550 / 950 = 57.895 %
      "本年支出合计 950.00 万元，其中：基本支出 400.00 万元，占 42.11%；项目支出 550.00 万元，占比 57.9%。",
      // the named total from the table: 本年支出合计 950.00
      "一般公共预算财政拨款支出 950.00 万元，占本年支出合计的 100.00%。",
      // 950 / 1000
      "一般公共预算财政拨款支出年初预算为 1000.00 万元，支出决算为 950.00 万元，完成年初预算的 95%。",
      // 5 / 45 = 11.11 %
      "机关运行经费支出 50.00 万元，比 2024 年度增加 5.00 万元，增长 11.11%。",
    ].join("\n");
    expect(percentFindings(text)).toEqual([]);
  });

  it("flags a share beyond rounding, quoting the recomputed share", () => {
    const findings = percentFindings("一般公共预算财政拨款支出 950.00 万元，主要用于以下方面：一般公共服务支出（类）850.00 万元，占 89.57%；社会保障和就业支出（类）100.00 万元，占 10.53%。");
    expect(brief(findings)).toEqual(["N1 | error | final_general_budget_function | 201 | total"]);
    expect(findings[0]!.message).toContain("占 89.57%");
    expect(findings[0]!.message).toContain("计为 89.47%");
  });

  it("takes the precision from the narrative: 89.5% is right for 89.47 %, 89.4% is not", () => {
    const share = (p: string) => percentFindings(`一般公共预算财政拨款支出 950.00 万元，主要用于以下方面：一般公共服务支出（类）850.00 万元，占 ${p}。`);
    expect(share("89.5%")).toEqual([]);
    expect(share("89%")).toEqual([]);
    expect(brief(share("89.4%"))).toEqual(["N1 | error | final_general_budget_function | 201 | total"]);
  });

  it("flags a wrong completion rate and a change rate that does not follow from the change", () => {
    const findings = percentFindings(
      "一般公共预算财政拨款支出年初预算为 1000.00 万元，支出决算为 950.00 万元，完成年初预算的 96.5%。机关运行经费支出 50.00 万元，比上年增加 5.00 万元，增长 10%。",
    );
    expect(findings.map((f) => f.message.match(/计为 [\d.]+%/)?.[0]).sort()).toEqual(["计为 11.11%", "计为 95.00%"]);
  });

  it("always flags a completion rate against a 年初预算 of 0", () => {
    // the 三公 table prints no 预算数 for 因公出国（境）费
    const findings = checkDisclosure(finalDoc({ threePublicNotes: "其中：因公出国（境）费决算为 0.00 万元，完成预算的 0%；公务接待费支出决算为 1.50 万元，完成预算的 75.00%。" }))
      .filter((f) => f.rule === "N1");
    expect(brief(findings)).toEqual(["N1 | error | final_three_public | budget | outbound"]);
    expect(findings[0]!.message).toContain("年初预算为 0，完成率无从计算");
    const stated = percentFindings("年初预算为 0 万元，支出决算为 0 万元，完成年初预算的 100%。");
    expect(stated.map((f) => f.message)).toEqual([expect.stringContaining("年初预算为 0，完成率无从计算")]);
  });

  it("flags “决算数大于预算数” when the stated figures say otherwise, on the row of the 项 it is about", () => {
    const item = "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：人员经费。";
    const wrongWay = percentFindings(`${item}年初预算为 320.00 万元，支出决算为 300.00 万元。决算数大于预算数的主要原因：人员减少。`);
    expect(brief(wrongWay)).toEqual(["N1 | error | final_general_budget_function | 2010301 | total"]);
    expect(wrongWay[0]!.message).toContain("决算数小于预算数");
    expect(percentFindings(`${item}年初预算为 300.00 万元，支出决算为 300.00 万元。决算数与预算数持平。`)).toEqual([]);
    // the 项's 决算 itself is checked against its row (300.00)
    const wrongFigure = percentFindings(`${item}年初预算为 320.00 万元，支出决算为 310.00 万元。决算数小于预算数的主要原因：人员减少。`);
    expect(wrongFigure.map((f) => f.message)).toEqual([expect.stringContaining("支出决算为 310.00 万元")]);
  });

  it("checks a stated 年初预算 against the 决算's own 预算数", () => {
    const findings = checkDisclosure(finalDoc({ threePublicNotes: "“三公”经费财政拨款支出年初预算为 12.00 万元，支出决算为 9.50 万元。" })).filter((f) => f.rule === "N1");
    expect(brief(findings)).toEqual(["N1 | error | final_three_public | budget | total"]);
    expect(findings[0]!.message).toContain("10.00 万元");
  });
});
