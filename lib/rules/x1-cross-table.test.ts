import { describe, expect, it } from "vitest";
import { checkCrossTable } from "./x1-cross-table";
import { brief, consistentDoc, setCell, tableOf, variant, wan } from "./test-fixtures";

describe("X1 cross-table", () => {
  it("passes consistent tables", () => {
    expect(checkCrossTable(consistentDoc())).toEqual([]);
  });

  it("requires income total = expenditure total in both two-sided summaries", () => {
    const doc = variant((d) => {
      setCell(d, "income_expenditure_summary", "total", "amount", "1000.01", "income");
      setCell(d, "fiscal_summary", "total", "total", "999.00", "expenditure");
    });
    expect(brief(checkCrossTable(doc))).toEqual([
      "X1 | error | income_expenditure_summary | total | amount",
      "X1 | error | fiscal_summary | total | total",
    ]);
  });

  it("compares summary tables with the general budget by 类, by code or by name", () => {
    const doc = variant((d) => {
      setCell(d, "expenditure_summary", "208", "basic", "99.00");
      setCell(d, "fiscal_summary", "（八）社会保障和就业支出", "generalBudget", "101.00", "expenditure");
    });
    expect(brief(checkCrossTable(doc))).toEqual([
      "X1 | error | expenditure_summary | 208 | basic",
      "X1 | error | fiscal_summary | （八）社会保障和就业支出 | generalBudget",
    ]);
  });

  it("lets an all-funds summary exceed the general budget when the department has other money, but not fall short", () => {
    const doc = variant((d) => {
      setCell(d, "expenditure_summary", "total", "total", "1050.00");
      setCell(d, "expenditure_summary", "201", "total", "950.00");
      setCell(d, "expenditure_summary", "208", "total", "99.00");
    });
    expect(brief(checkCrossTable(doc))).toEqual(["X1 | error | expenditure_summary | 208 | total"]);
  });

  it("reports a 类 the summary leaves out", () => {
    const doc = variant((d) => {
      const t = tableOf(d, "income_expenditure_summary");
      t.rows = t.rows.filter((r) => r.name !== "八、社会保障和就业支出");
    });
    expect(brief(checkCrossTable(doc))).toEqual(["X1 | error | income_expenditure_summary | 208 | "]);
  });

  it("requires the basic-expenditure table's total = the general budget's basic total", () => {
    const doc = variant((d) => {
      setCell(d, "basic_economic", "total", "total", "400.01");
    });
    expect(brief(checkCrossTable(doc))).toEqual(["X1 | error | basic_economic | total | total"]);
  });

  it("adds up a complete project list against the project total, with rounding", () => {
    const rounding = variant((d) => {
      const p = d.projects[0];
      if (p) p.amount = wan("400.01");
    });
    expect(brief(checkCrossTable(rounding))).toEqual(["X1 | rounding | expenditure_summary | total | project"]);
    const short = variant((d) => {
      const p = d.projects[0];
      if (p) p.amount = wan("300.00");
    });
    expect(brief(checkCrossTable(short))).toEqual(["X1 | error | expenditure_summary | total | project"]);
    // projects gathered from the targets alone (no function codes) may be a part of the total
    const partial = variant((d) => {
      d.projects = d.projects.slice(0, 1).map((p) => ({ ...p, functionCode: null }));
    });
    expect(checkCrossTable(partial)).toEqual([]);
  });

  it("keeps the 三公 items of the basic-expenditure table within the 三公 table", () => {
    const doc = variant((d) => setCell(d, "basic_economic", "30217", "total", "3.00"));
    const findings = checkCrossTable(doc);
    expect(brief(findings).filter((f) => f.includes("three_public"))).toEqual(["X1 | error | three_public | current | reception"]);
  });
});
