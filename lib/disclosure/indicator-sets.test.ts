import { describe, expect, it } from "vitest";
import { readWeight, standardLevel1, standardLevel2 } from "./indicator-sets";

describe("standard indicator levels", () => {
  it("reads a level printed with or without its trailing 指标", () => {
    expect(standardLevel1("产出指标")).toBe("产出指标");
    expect(standardLevel1("满意度")).toBe("满意度指标");
    expect(standardLevel2("效益指标", "可持续影响")).toBe("可持续影响指标");
    expect(standardLevel2("产出", "数量指标")).toBe("数量指标");
    expect(standardLevel2("满意度指标", "满意度指标")).toBe("服务对象满意度指标");
  });

  it("refuses a 二级指标 that belongs to another 一级指标, and names outside the sets", () => {
    expect(standardLevel2("产出指标", "社会效益指标")).toBeNull();
    expect(standardLevel2("成本指标", "经济成本指标")).toBe("经济成本指标");
    expect(standardLevel1("影响指标")).toBeNull();
  });
});

describe("weights", () => {
  it("reads numbers from 0 to 100 with up to two decimals, a printed percent sign included", () => {
    expect(readWeight("10")?.toString()).toBe("10");
    expect(readWeight("10%")?.toString()).toBe("10");
    expect(readWeight(" 12.5 ")?.toString()).toBe("12.5");
    expect(readWeight("100")?.toString()).toBe("100");
    expect(readWeight("")).toBeNull();
    expect(readWeight(null)).toBeNull();
  });

  it("refuses words, negative numbers, more than 100 and more than two decimals", () => {
    for (const text of ["abc", "-5", "100.01", "120", "33.333", "1e2"]) expect(readWeight(text)).toBe("invalid");
  });
});
