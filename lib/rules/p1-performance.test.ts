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

  it("reports a weight that is no number from 0 to 100, and reads a printed 10% as 10", () => {
    const doc = variant((d) => {
      const target = d.performance.projects[0];
      if (target) target.indicators = [indicator("办件量", "≥", "80", "abc", "万件"), indicator("投诉率", "≤", "1", "120")];
      const other = d.performance.projects[1];
      if (other) other.indicators = other.indicators.map((i, n) => ({ ...i, weight: n === 0 ? `${i.weight}%` : i.weight }));
    });
    const findings = checkPerformance(doc);
    expect(brief(findings)).toEqual(["P1 | error | performance | 50010925T000000000001 | weight", "P1 | error | performance | 50010925T000000000001 | weight"]);
    expect(findings[0]?.message).toContain("“办件量”的权重“abc”");
    expect(findings[1]?.message).toContain("“投诉率”的权重“120”");
  });

  it("accepts the standard 一级/二级指标 with or without their trailing 指标, and warns of a pair outside the sets", () => {
    const doc = variant((d) => {
      const target = d.performance.projects[0];
      if (target) {
        target.indicators = [
          { ...indicator("办件量", "≥", "80", "30", "万件"), level1: "效益指标", level2: "可持续影响" },
          { ...indicator("成本控制", "≤", "1", "30"), level1: "成本指标", level2: "经济成本指标" },
          { ...indicator("群众满意度", "≥", "90", "20"), level1: "产出指标", level2: "服务对象满意度指标" },
          { ...indicator("宣传", "≥", "90", "10"), level1: "影响指标", level2: "社会影响" },
        ];
      }
    });
    const findings = checkPerformance(doc);
    expect(brief(findings)).toEqual(["P1 | warning | performance | 50010925T000000000001 | level2", "P1 | warning | performance | 50010925T000000000001 | level1"]);
    expect(findings[0]?.message).toContain("“服务对象满意度指标”不属于一级指标“产出指标”");
    expect(findings[1]?.message).toContain("“影响指标”不在标准指标");
  });
});
