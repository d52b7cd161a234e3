import { describe, expect, it } from "vitest";
import { yearChange, yearTrend } from "./year-trend";

describe("a department's years", () => {
  it("show the change against the year before in 万元 and per cent", () => {
    expect(yearChange("12000000.00", "10000000.00")).toBe("+200.00（20.0%）");
    expect(yearChange("9504300.00", "10000000.00")).toBe("-49.57（-5.0%）");
    expect(yearChange("35000.00", "35000.00")).toBe("+0.00（0.0%）");
  });

  it("leave the change blank where a year has no figure, and the per cent where the year before was zero", () => {
    expect(yearChange(null, "1.00")).toBe("");
    expect(yearChange("1.00", undefined)).toBe("");
    expect(yearChange("30000.00", "0.00")).toBe("+3.00");
  });

  it("chart oldest first, in 万元, leaving out years without the figure", () => {
    const trend = yearTrend([
      { id: "b", year: 2025, totalExpenditure: "30000000.00", basicTotal: "10000000.00", projectTotal: "20000000.00", threePublicTotal: null },
      { id: "a", year: 2024, totalExpenditure: "25000000.00", basicTotal: "12500000.00", projectTotal: "12500000.00", threePublicTotal: "38000.00" },
    ]);
    expect(trend.basicProject).toEqual([
      { label: "2024 年", values: ["1250", "1250"] },
      { label: "2025 年", values: ["1000", "2000"] },
    ]);
    expect(trend.threePublic).toEqual([{ label: "2024 年", values: ["3.8"] }]);
  });
});
