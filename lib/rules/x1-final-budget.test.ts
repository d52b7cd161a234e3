import { describe, expect, it } from "vitest";
import { checkDisclosure } from "./index";
import { finalDoc } from "./final-fixtures";
import { brief, consistentDoc, setCell } from "./test-fixtures";

const againstBudget = (doc = finalDoc(), budget = consistentDoc()) =>
  checkDisclosure(doc, { budget }).filter((f) => f.rule === "X1" && f.severity === "error");

describe("X1 a 决算's 年初预算数 against the published budget", () => {
  it("finds nothing when the 决算 carries the budget's figures", () => {
    expect(againstBudget()).toEqual([]);
  });

  it("flags a 年初预算数 that differs from the budget's figure for the same code, naming both documents", () => {
    const doc = finalDoc();
    setCell(doc, "final_general_budget_function", "2010301", "budgetInitial", "320.00");
    const findings = againstBudget(doc);
    expect(brief(findings)).toEqual(["X1 | error | final_general_budget_function | 2010301 | budgetInitial"]);
    const message = findings[0]!.message;
    expect(message).toContain("2025年部门决算一般公共预算财政拨款支出决算表“2010301 行政运行”行");
    expect(message).toContain("320.00 万元");
    expect(message).toContain("已公开的2025年部门预算一般公共预算财政拨款支出表同一科目 300.00 万元");
    expect(message).toContain("相差 20.00 万元");
  });

  it("flags the 三公 预算数 against the budget's 三公 of the year, a blank 预算数 included", () => {
    const doc = finalDoc();
    setCell(doc, "final_three_public", "budget", "reception", "");
    setCell(doc, "final_three_public", "budget", "total", "8.00");
    const findings = againstBudget(doc);
    expect(brief(findings)).toEqual(["X1 | error | final_three_public | budget | reception", "X1 | error | final_three_public | budget | total"]);
    expect(findings[0]!.message).toContain("公务接待费");
    expect(findings[0]!.message).toContain("空白");
    expect(findings[0]!.message).toContain("相差 2.00 万元");
  });

  it("compares nothing without a published budget, nor a budget with itself", () => {
    const doc = finalDoc();
    setCell(doc, "final_general_budget_function", "2010301", "budgetInitial", "320.00");
    expect(checkDisclosure(doc).filter((f) => f.rule === "X1" && f.severity === "error")).toEqual([]);
    const budget = consistentDoc();
    expect(checkDisclosure(budget, { budget })).toEqual(checkDisclosure(budget));
  });
});
