import { describe, expect, it } from "vitest";
import { checkNarrativeAmounts } from "./n1-narrative-amounts";
import { brief, consistentDoc, setCell, variant } from "./test-fixtures";

describe("N1 narrative amounts", () => {
  it("accepts figures stated at a lower precision (817.9 万元 for 817.90)", () => {
    expect(checkNarrativeAmounts(consistentDoc())).toEqual([]);
    const doc = variant((d) => {
      d.sections.threePublicNotes = "2025 年“三公”经费预算 １０．０ 万元。";
    });
    expect(checkNarrativeAmounts(doc)).toEqual([]);
  });

  it("reports a figure that differs from its table, quoting both and the sentence", () => {
    const doc = variant((d) => {
      d.sections.threePublicNotes = "2025年“三公”经费预算10万元。其中：公务接待费 2.5 万元，比2024年减少1.5万元。";
    });
    const findings = checkNarrativeAmounts(doc);
    expect(brief(findings)).toEqual(["N1 | error | three_public | current | reception"]);
    expect(findings[0]?.message).toContain("2.5 万元");
    expect(findings[0]?.message).toContain("2.00 万元");
    expect(findings[0]?.message).toContain("原文：“公务接待费2.5万元”");
  });

  it("flags a figure written in 元 where the table has it in 万元", () => {
    const doc = variant((d) => {
      d.sections.budgetNotes = "其中：基本支出 400 元，主要用于人员经费。";
    });
    const findings = checkNarrativeAmounts(doc);
    expect(brief(findings)).toEqual(["N1 | error | general_budget_function | total | basic"]);
    expect(findings[0]?.message).toContain("疑似单位误写为“元”");
  });

  it("reads a narrative in 元 against a table in 万元", () => {
    const doc = variant((d) => {
      d.sections.budgetNotes = "其中：基本支出 4,000,000.00 元；项目支出 6000000 元。";
    });
    expect(checkNarrativeAmounts(doc)).toEqual([]);
  });

  it("checks 类, procurement parts, and leaves the general-budget part of procurement alone", () => {
    const doc = variant((d) => {
      d.sections.overview = "（二）支出预算：2025年年初预算数1000万元，其中：一般公共服务支出 901 万元。";
      setCell(d, "procurement", "total", "services", "11.00");
      setCell(d, "procurement", "total", "total", "31.00");
    });
    expect(brief(checkNarrativeAmounts(doc))).toEqual([
      "N1 | error | expenditure_summary | 201 | total",
      "N1 | error | procurement | total | total",
      "N1 | error | procurement | total | services",
    ]);
  });

  it("treats a stated 0 as a blank cell, and a stated amount against a blank cell as a mismatch", () => {
    const doc = variant((d) => {
      d.sections.threePublicNotes = "其中：因公出国（境）费用 0 万元；公务用车购置费 3 万元。";
    });
    const findings = checkNarrativeAmounts(doc);
    expect(brief(findings)).toEqual(["N1 | error | three_public | current | vehiclePurchase"]);
    expect(findings[0]?.message).toContain("空白");
  });

  it("only warns on 机关运行经费, which may leave out 事业单位", () => {
    const doc = variant((d) => {
      d.sections.otherNotes = "2025 年一般公共预算财政拨款运行经费 30 万元。";
    });
    expect(brief(checkNarrativeAmounts(doc))).toEqual(["N1 | warning | basic_economic | total | publicUse"]);
  });
});
