import { describe, expect, it } from "vitest";
import { checkYearOverYear } from "./n2-year-over-year";
import { brief, consistentDoc, variant } from "./test-fixtures";

describe("N2 year over year", () => {
  it("passes changes that match current − prior", () => {
    expect(checkYearOverYear(consistentDoc())).toEqual([]);
  });

  it("reports a wrong change against the printed prior figures", () => {
    const doc = variant((d) => {
      d.sections.threePublicNotes = "2025年“三公”经费预算10万元，比2024年减少3万元。其中：公务接待费2万元，与上年持平。";
    });
    const findings = checkYearOverYear(doc);
    expect(brief(findings)).toEqual(["N2 | error | three_public | current | total", "N2 | error | three_public | current | reception"]);
    expect(findings[0]?.message).toContain("实际减少 2.00 万元");
    expect(findings[0]?.message).toContain("原文：“2025年“三公”经费预算10万元，比2024年减少3万元”");
    expect(findings[0]?.message).toContain("说明称“三公”经费比上年减少3 万元，");
    expect(findings[1]?.message).toContain("说明称公务接待费与上年持平，");
    expect(findings.map((f) => f.message).join()).not.toContain("比上年与上年持平");
  });

  it("checks a stated percentage", () => {
    const doc = variant((d) => {
      d.sections.threePublicNotes = "2025年“三公”经费预算10万元，比2024年下降20%。";
    });
    expect(brief(checkYearOverYear(doc))).toEqual(["N2 | error | three_public | current | total"]);
  });

  it("flags a change stated with the wrong unit", () => {
    const doc = variant((d) => {
      d.sections.budgetNotes = "2025年一般公共预算财政拨款支出1000万元，比2024年增加100元。";
    });
    const findings = checkYearOverYear(doc);
    expect(brief(findings)).toEqual(["N2 | error | general_budget_function | total | total"]);
    expect(findings[0]?.message).toContain("疑似单位误写为“元”");
  });

  it("where the prior figure is not printed, the statements of one change must agree", () => {
    const doc = variant((d) => {
      d.sections.overview = "支出比2024年增加100万元，主要是基本支出减少25.92万元，项目支出增加125.92万元。";
      d.sections.budgetNotes = "其中：基本支出400万元，比2024年减少25.92元；项目支出600万元，比2024年增加125.92万元。";
    });
    const findings = checkYearOverYear(doc);
    expect(brief(findings)).toEqual(["N2 | error | general_budget_function | total | basic"]);
    expect(findings[0]?.message).toContain("称“比上年减少25.92 元”");
    expect(findings[0]?.message).toContain("称“比上年减少25.92 万元”");
    expect(findings[0]?.message).toContain("疑似单位误写为“元”");
  });

  it("stays silent on a single statement whose prior figure is unknown", () => {
    const doc = variant((d) => {
      d.sections.otherNotes = "机关运行经费50万元，比2024年减少99万元。";
    });
    expect(checkYearOverYear(doc)).toEqual([]);
  });
});
