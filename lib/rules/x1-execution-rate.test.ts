import { describe, expect, it } from "vitest";
import { checkExecutionRates } from "./x1-execution-rate";
import { finalDoc } from "./final-fixtures";
import { brief, consistentDoc, setCell } from "./test-fixtures";

describe("X1 执行率 of a 决算", () => {
  it("notes (info) a rate below 90 % that the narrative does not explain, with the rate to 2 decimals and both figures", () => {
    // 公务接待费 1.50 of 2.00 = 75.00 %; the totals are at 95.00 %
    const findings = checkExecutionRates(finalDoc());
    expect(brief(findings)).toEqual(["X1 | info | final_three_public | final | reception"]);
    expect(findings[0]!.message).toContain("执行率 75.00%");
    expect(findings[0]!.message).toContain("1.50 万元");
    expect(findings[0]!.message).toContain("2.00 万元");
  });

  it("is silent when a sentence about the item gives a reason", () => {
    const explained = finalDoc({ threePublicNotes: "公务接待费支出决算数小于预算数，主要原因是压减了接待活动。" });
    expect(checkExecutionRates(explained)).toEqual([]);
    // a reason about another item does not count, nor does the 因 of 因公出国
    const elsewhere = finalDoc({ threePublicNotes: "因公出国（境）费未安排。公务用车运行维护费减少的主要原因是车辆老化报废。公务接待费 1.50 万元。" });
    expect(brief(checkExecutionRates(elsewhere))).toEqual(["X1 | info | final_three_public | final | reception"]);
  });

  it("sets basic and project against the published budget when one is given", () => {
    // project 550.00 of the budget's 600.00 = 91.67 %: within; made 450.00 → 75.00 %
    const doc = finalDoc();
    setCell(doc, "final_general_budget_function", "total", "project", "450.00");
    expect(brief(checkExecutionRates(doc))).toEqual(["X1 | info | final_three_public | final | reception"]);
    const findings = checkExecutionRates(doc, { budget: consistentDoc() });
    expect(brief(findings)).toContain("X1 | info | final_general_budget_function | total | project");
    expect(findings.find((f) => f.column === "project")!.message).toContain("执行率 75.00%");
  });

  it("notes spending above 110 % and spending without any budget", () => {
    const doc = finalDoc();
    setCell(doc, "final_three_public", "final", "reception", "2.30");
    setCell(doc, "final_three_public", "final", "vehiclePurchase", "3.00");
    const messages = checkExecutionRates(doc).map((f) => f.message);
    expect(messages.some((m) => m.includes("执行率 115.00%") && m.includes("高于 110%"))).toBe(true);
    expect(messages.some((m) => m.includes("公务用车购置费无年初预算而决算支出 3.00 万元"))).toBe(true);
  });
});
