import { describe, expect, it } from "vitest";
import { formatAmount } from "./format";

describe("formatAmount", () => {
  it("groups thousands in 元", () => {
    expect(formatAmount("17625499.55", { unit: "元" })).toBe("17,625,499.55");
    expect(formatAmount("999.00", { unit: "元" })).toBe("999.00");
    expect(formatAmount("1000.00", { unit: "元" })).toBe("1,000.00");
  });

  it("shows 万元 rounded half up", () => {
    expect(formatAmount("25146100.00", { unit: "万元" })).toBe("2,514.61");
    expect(formatAmount("17625499.55", { unit: "万元" })).toBe("1,762.55");
    expect(formatAmount("17625450.00", { unit: "万元", decimals: 4 })).toBe("1,762.5450");
    expect(formatAmount("50.00", { unit: "万元" })).toBe("0.01");
  });

  it("keeps blank distinct from zero", () => {
    expect(formatAmount(null, { unit: "元" })).toBe("");
    expect(formatAmount(null, { unit: "万元", blank: "—" })).toBe("—");
    expect(formatAmount("0.00", { unit: "万元" })).toBe("0.00");
  });

  it("signs negatives but not a rounded-away zero", () => {
    expect(formatAmount("-1234567.00", { unit: "元" })).toBe("-1,234,567.00");
    expect(formatAmount("-10.00", { unit: "万元" })).toBe("0.00");
  });
});
