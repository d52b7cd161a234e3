import { describe, expect, it } from "vitest";
import { checkDisclosure } from "./index";
import { consistentDoc, variant, setCell } from "./test-fixtures";

describe("checkDisclosure", () => {
  it("finds nothing in a consistent document", () => {
    expect(checkDisclosure(consistentDoc())).toEqual([]);
  });

  it("returns findings sorted by rule, table, row and column, without duplicates", () => {
    const doc = variant((d) => {
      d.tables = d.tables.filter((t) => t.kind !== "income_summary" && t.kind !== "gov_fund");
      setCell(d, "general_budget_function", "2010301", "total", "300.01");
      setCell(d, "basic_economic", "30101", "total", "201.00");
    });
    const findings = checkDisclosure(doc);
    const keys = findings.map((f) => [f.rule, f.table, f.row, f.column].join("|"));
    const order = ["T1", "T2", "T3", "X1", "N1", "N2", "P1", "R1"];
    const sorted = [...findings].sort(
      (a, b) => order.indexOf(a.rule) - order.indexOf(b.rule) || (a.table ?? "").localeCompare(b.table ?? "") || (a.row ?? "").localeCompare(b.row ?? "") || (a.column ?? "").localeCompare(b.column ?? ""),
    );
    expect(findings).toEqual(sorted);
    expect(new Set(findings.map((f) => JSON.stringify(f))).size).toBe(findings.length);
    expect(keys).toContain("R1|income_summary||");
    expect(checkDisclosure(structuredClone(doc))).toEqual(findings);
  });

  it("checks no table kept as printed, however its figures disagree", () => {
    const doc = variant((d) => {
      d.tables.push({
        kind: "other",
        title: "一般公共预算财政拨款支出预算表（按经济分类）",
        unit: "万元",
        columns: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        rows: [
          { cells: ["合计", null, "999.00", "1.00", "1.00"] },
          { cells: ["201", "一般公共服务支出", "5.00", null, ""] },
        ],
      });
    });
    expect(checkDisclosure(doc)).toEqual([]);
  });

  it("checks a seed-sized document well under 10 ms", () => {
    const doc = consistentDoc();
    for (let i = 0; i < 20; i++) checkDisclosure(doc);
    // the best of several batches: other test files share the CPU
    const batches = Array.from({ length: 10 }, () => {
      const start = performance.now();
      for (let i = 0; i < 10; i++) checkDisclosure(doc);
      return (performance.now() - start) / 10;
    });
    expect(Math.min(...batches)).toBeLessThan(5);
  });
});
