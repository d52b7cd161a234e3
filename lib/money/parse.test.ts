import { describe, expect, it } from "vitest";
import { AmountFormatError, isBlankCell, looksLikeNumber, parseAmount } from "./parse";

describe("parseAmount", () => {
  it.each([
    ["17,625,499.55", "元", "17625499.55"],
    ["1,946.23", "万元", "19462300.00"],
    ["817.9", "万元", "8179000.00"],
    ["0.01", "元", "0.01"],
    ["0", "万元", "0.00"],
    ["12", "元", "12.00"],
    ["  3.50 ", "万元", "35000.00"],
    ["\u30003.5\u3000", "万元", "35000.00"],
    ["１２３．４５", "元", "123.45"],
    ["１，２３４．５", "万元", "12345000.00"],
    ["0.000001", "万元", "0.01"],
    ["-1.5", "万元", "-15000.00"],
    ["123456789012.34", "元", "123456789012.34"],
    ["1, 946 .23", "万元", "19462300.00"],
  ] as const)("%s %s → %s", (cell, unit, expected) => {
    expect(parseAmount(cell, unit)).toBe(expected);
  });

  it("is exact where floats are not", () => {
    // 0.07 * 10000 = 700.0000000000001 and 1.1 + 2.2 style drift must not appear
    expect(parseAmount("0.07", "万元")).toBe("700.00");
    expect(parseAmount("9007199254740.99", "元")).toBe("9007199254740.99");
    expect(parseAmount("4503599627.370497", "万元")).toBe("45035996273704.97");
  });

  it.each(["", "   ", "-", "—", "——", "－", "--"])("blank %j → null", (cell) => {
    expect(parseAmount(cell, "万元")).toBeNull();
  });

  it.each(["12a.5", "1,94,6", "1.2.3", "10%", "abc", "1 946", ",123", "12,", "一百", "0x10", "1e5", "12。5"])(
    "rejects %j",
    (cell) => {
      expect(() => parseAmount(cell, "元")).toThrow(AmountFormatError);
      expect(() => parseAmount(cell, "元")).toThrow(/不是金额/);
    },
  );

  it("rejects precision finer than one 分", () => {
    expect(() => parseAmount("1.234", "元")).toThrow(/精度/);
    expect(() => parseAmount("1.2345678", "万元")).toThrow(/精度/);
  });
});

describe("cell classification", () => {
  it("tells blanks and numbers apart", () => {
    expect(isBlankCell(" — ")).toBe(true);
    expect(isBlankCell("0")).toBe(false);
    expect(looksLikeNumber("2010301")).toBe(true);
    expect(looksLikeNumber("2,514.61")).toBe(true);
    expect(looksLikeNumber("2024年预算数")).toBe(false);
    expect(looksLikeNumber("-")).toBe(false);
  });
});
