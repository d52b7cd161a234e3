import { describe, expect, it } from "vitest";
import { advanceYears } from "./year-shift";

describe("years of a document moved to the next year", () => {
  it("moves this year and last year, written with or without a blank before 年 or 年度", () => {
    expect(advanceYears("2025年年初预算数 817.9 万元，比 2024 年减少 173.17 万元。2025年度", 2025, 2026)).toBe(
      "2026年年初预算数 817.9 万元，比 2025 年减少 173.17 万元。2026年度",
    );
  });

  it("leaves codes, amounts and years that are not written as years alone", () => {
    const text = "科目 2010301 行政运行 2025.00 万元，项目 50010922T000000086182，2025 个窗口，北碚委办【2024】43号";
    expect(advanceYears(text, 2025, 2026)).toBe(text);
  });

  it("leaves the years of past events and of plan periods as they are", () => {
    expect(advanceYears("2019年起推进改革，实施2023—2025年规划，2024年至2025年间完成", 2025, 2026)).toBe("2019年起推进改革，实施2023—2025年规划，2025年至2026年间完成");
  });
});
