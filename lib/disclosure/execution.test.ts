import { describe, expect, it } from "vitest";
import { departmentExecution, execution, executionRate } from "./execution";

describe("执行率", () => {
  it("is 决算数 ÷ 预算数 in % to 2 decimals, exactly", () => {
    // 9,450,000.00 of 10,000,000.00 元
    expect(executionRate("10000000.00", "9450000.00")).toBe("94.50");
    // 1/3 = 33.333… %, 2/3 = 66.666… % rounded half up
    expect(executionRate("3.00", "1.00")).toBe("33.33");
    expect(executionRate("3.00", "2.00")).toBe("66.67");
    // 0.1 + 0.2 kind of figures stay exact: 300.30 of 100.10 is 300 %
    expect(executionRate("100.10", "300.30")).toBe("300.00");
  });

  it("cannot be said against a 预算数 of 0 or blank, nor without a 决算数", () => {
    expect(executionRate("0.00", "5000.00")).toBeNull();
    expect(executionRate(null, "5000.00")).toBeNull();
    expect(executionRate("5000.00", null)).toBeNull();
  });

  it("gives the difference 决算数 − 预算数 beside the rate", () => {
    expect(execution("20000.00", "15000.00")).toEqual({ budget: "20000.00", final: "15000.00", difference: "-5000.00", rate: "75.00" });
    expect(execution("0.00", "15000.00")).toEqual({ budget: "0.00", final: "15000.00", difference: "15000.00", rate: null });
    expect(execution(undefined, "15000.00")).toEqual({ budget: null, final: "15000.00", difference: null, rate: null });
  });
});

describe("a department's 预算 and 决算 by year", () => {
  const budget = {
    id: "b2025",
    totalExpenditure: "10000000.00",
    basicTotal: "4000000.00",
    projectTotal: "6000000.00",
    threePublic: { total: "100000.00", outbound: "0.00", vehicleSubtotal: "80000.00", vehiclePurchase: "0.00", vehicleOperation: "80000.00", reception: "20000.00" },
  };
  const final = {
    id: "f2025",
    totalExpenditure: "9500000.00",
    basicTotal: "4000000.00",
    projectTotal: "5500000.00",
    threePublic: { total: "95000.00", outbound: null, vehicleSubtotal: "80000.00", vehiclePurchase: null, vehicleOperation: "80000.00", reception: "15000.00" },
  };
  const years = departmentExecution([{ year: 2024, budget: { ...budget, id: "b2024" } }, { year: 2025, budget, final }]);

  it("lists the newest year first, each with the ids of its two documents", () => {
    expect(years.map((y) => [y.year, y.budgetId, y.finalId])).toEqual([[2025, "b2025", "f2025"], [2024, "b2024", null]]);
  });

  it("sets 支出合计, 基本支出, 项目支出 and each “三公” item of the budget beside the final's", () => {
    const line = (label: string) => years[0]!.lines.find((l) => l.label === label)!;
    // 950 of 1,000 万元 = 95.00 %; 400 of 400 = 100.00 %; 550 of 600 = 91.666… → 91.67 %
    expect(line("支出合计")).toMatchObject({ budget: "10000000.00", final: "9500000.00", difference: "-500000.00", rate: "95.00", part: false });
    expect(line("基本支出")).toMatchObject({ rate: "100.00", difference: "0.00" });
    expect(line("项目支出")).toMatchObject({ rate: "91.67", difference: "-500000.00" });
    // “三公” 9.5 of 10 万元; 公务接待费 1.5 of 2 = 75.00 %
    expect(line("“三公”经费合计")).toMatchObject({ rate: "95.00", part: false });
    expect(line("公务接待费")).toMatchObject({ budget: "20000.00", final: "15000.00", rate: "75.00", part: true });
    // budgeted 0 and spent nothing (a blank): no rate
    expect(line("因公出国（境）费")).toMatchObject({ budget: "0.00", final: null, difference: null, rate: null });
  });

  it("leaves the 决算数 blank in a year with no published 决算", () => {
    expect(years[1]!.lines[0]).toMatchObject({ budget: "10000000.00", final: null, rate: null });
  });
});
