import { describe, expect, it } from "vitest";
import { checkHierarchy } from "./t1-hierarchy";
import { brief, consistentDoc, setCell, tableOf, variant } from "./test-fixtures";

describe("T1 classification hierarchy", () => {
  it("passes consistent 类/款/项 sums", () => {
    expect(checkHierarchy(consistentDoc())).toEqual([]);
  });

  it("reports a 款 off by at most k × 0.005 万元 as rounding, beyond as error", () => {
    // 20805 has two 项: tolerance 2 × 0.005 = 0.01 万元
    const rounding = variant((d) => setCell(d, "general_budget_function", "2080505", "total", "60.01"));
    expect(brief(checkHierarchy(rounding))).toEqual(["T1 | rounding | general_budget_function | 20805 | total"]);
    const f = checkHierarchy(rounding)[0];
    expect(f?.message).toContain("为 100.00 万元，其下各项之和为 100.01 万元");

    const error = variant((d) => setCell(d, "general_budget_function", "2080505", "total", "60.02"));
    expect(brief(checkHierarchy(error))).toEqual(["T1 | error | general_budget_function | 20805 | total"]);
  });

  it("checks a 类 against its 款 and every column, prior included", () => {
    const doc = variant((d) => {
      setCell(d, "general_budget_function", "201", "prior", "801.00");
      setCell(d, "basic_economic", "302", "publicUse", "49.00");
    });
    expect(brief(checkHierarchy(doc))).toEqual([
      "T1 | error | general_budget_function | 201 | prior",
      "T1 | error | basic_economic | 302 | publicUse",
    ]);
    // the prior column is named as the 2025 budget prints it
    expect(checkHierarchy(doc)[0]?.message).toContain("“2024年预算数”列");
  });

  it("sums the 项 of a 类 when no 款 is listed, and skips a parent without children", () => {
    const doc = variant((d) => {
      const t = tableOf(d, "expenditure_summary");
      t.rows = t.rows.filter((r) => r.code !== "20805" && r.code !== "20103" && r.code !== "2010301" && r.code !== "2010302");
      setCell(d, "expenditure_summary", "2080505", "total", "61.00");
    });
    expect(brief(checkHierarchy(doc)).filter((f) => f.includes("expenditure_summary"))).toEqual(["T1 | error | expenditure_summary | 208 | total"]);
  });

  it("tells a blank cell from 0: a blank parent over blank children is fine, over amounts it is not", () => {
    const blankParentWithAmounts = variant((d) => setCell(d, "general_budget_function", "20805", "basic", ""));
    // the 类 above it now adds up to a blank 款 as well: a single child must match exactly
    expect(brief(checkHierarchy(blankParentWithAmounts))).toEqual([
      "T1 | error | general_budget_function | 208 | basic",
      "T1 | error | general_budget_function | 20805 | basic",
    ]);
    expect(checkHierarchy(blankParentWithAmounts)[1]?.message).toContain("空白");

    const zeroesUnderBlank = variant((d) => {
      setCell(d, "general_budget_function", "20805", "project", "");
      setCell(d, "general_budget_function", "2080505", "project", "0.00");
    });
    expect(checkHierarchy(zeroesUnderBlank)).toEqual([]);
  });

  it("uses k × 0.005 元 for a source in 元", () => {
    const doc = variant((d) => {
      d.sourceUnit = "元";
      const r = tableOf(d, "general_budget_function").rows.find((x) => x.code === "2080505");
      if (r) r.values.total = "600000.01";
    });
    expect(brief(checkHierarchy(doc))).toEqual(["T1 | rounding | general_budget_function | 20805 | total"]);
    expect(checkHierarchy(doc)[0]?.message).toContain("1,000,000.01 元");
    const far = variant((d) => {
      d.sourceUnit = "元";
      const r = tableOf(d, "general_budget_function").rows.find((x) => x.code === "2080505");
      if (r) r.values.total = "600000.02";
    });
    expect(brief(checkHierarchy(far))).toEqual(["T1 | error | general_budget_function | 20805 | total"]);
  });
});
