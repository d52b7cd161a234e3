import { describe, expect, it } from "vitest";
import { amountCell } from "./amount-cell";

describe("amountCell", () => {
  it("gives 2,514.61 万元 (beibei-zfb-2024 收入合计, stored 25146100.00 元) as the number 2514.61", () => {
    expect(amountCell("25146100.00", "万元")).toBe(2514.61);
  });

  it("keeps an amount in 元 as it is", () => {
    expect(amountCell("17625499.55", "元")).toBe(17625499.55);
  });

  it("gives an amount finer than 0.01 万元 as its exact text, not a rounded number", () => {
    expect(amountCell("12345.67", "万元")).toBe("1.234567");
  });

  it("gives an amount of more than 15 digits as text: a spreadsheet number would lose its 分", () => {
    expect(amountCell("12345678901234567.89", "元")).toBe("12345678901234567.89");
  });

  it("leaves a blank cell blank", () => {
    expect(amountCell(null, "万元")).toBeNull();
  });
});
