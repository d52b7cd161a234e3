import { describe, expect, it } from "vitest";
import { checkPerformance } from "./p1-performance";
import { brief, consistentDoc, indicator, variant, wan } from "./test-fixtures";

describe("P1 performance", () => {
  it("passes weights of 100 (90 for a project, 10 being kept for 预算执行率), valid operators and numbers", () => {
    expect(checkPerformance(consistentDoc())).toEqual([]);
  });

  it("warns when the weights do not sum to 100", () => {
    const doc = variant((d) => {
      d.performance.overall?.indicators.push(indicator("窗口数", "=", "100", "10", "个"));
      const target = d.performance.projects[0];
      if (target) target.indicators = [indicator("办件量", "≥", "80", "30%", "万件"), indicator("投诉率", "≤", "1", "50")];
    });
    const findings = checkPerformance(doc);
    expect(brief(findings)).toEqual(["P1 | warning | performance | overall | weight", "P1 | warning | performance | 50010925T000000000001 | weight"]);
    expect(findings[0]?.message).toContain("110");
  });

  it("says so once when a target gives no weights at all", () => {
    const doc = variant((d) => {
      const target = d.performance.projects[0];
      if (target) target.indicators = target.indicators.map((i) => ({ ...i, weight: null }));
    });
    expect(brief(checkPerformance(doc))).toEqual(["P1 | info | performance | 50010925T000000000001 | weight"]);
  });

  it("rejects an operator outside the allowed set and a quantitative value that is no number", () => {
    const doc = variant((d) => {
      const target = d.performance.projects[0];
      if (target) {
        target.indicators = [indicator("办件量", "≧", "80", "50", "万件"), indicator("按时办结率", "≥", "≧99.98%", "50")];
      }
    });
    const findings = checkPerformance(doc);
    expect(brief(findings)).toEqual(["P1 | error | performance | 50010925T000000000001 | operator", "P1 | warning | performance | 50010925T000000000001 | value"]);
    expect(findings[0]?.message).toContain("应为“≥”");
    expect(findings[1]?.message).toContain("≧99.98%");
  });

  it("accepts 定性 values and a number followed by its own unit", () => {
    const doc = variant((d) => {
      const target = d.performance.projects[1];
      if (target) target.indicators = [indicator("发放月数", "=", "１２ 个", "60", "个"), indicator("群众满意", "定性", "满意", "30", "")];
    });
    expect(checkPerformance(doc)).toEqual([]);
  });

  it("requires a target for every project, with the project's amount", () => {
    const doc = variant((d) => {
      d.performance.projects = d.performance.projects.slice(0, 1);
      const target = d.performance.projects[0];
      if (target) target.amount = wan("399.00");
    });
    expect(brief(checkPerformance(doc))).toEqual([
      "P1 | error | performance | 50010925T000000000001 | amount",
      "P1 | error | performance | 50010925T000000000002 | target",
    ]);
  });

  it("matches a target by name when the codes differ, and says the codes differ", () => {
    const doc = variant((d) => {
      const p = d.projects[0];
      if (p) p.code = "50010925T0000000000001";
    });
    expect(brief(checkPerformance(doc))).toEqual(["P1 | warning | performance | 50010925T0000000000001 | projectCode"]);
  });
});
