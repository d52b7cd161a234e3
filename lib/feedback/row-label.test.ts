import { describe, expect, it } from "vitest";
import { rowLabel } from "./row-label";

describe("a row's label", () => {
  it("is its code and name, 合计 for the total, with the side where a table has two", () => {
    expect(rowLabel({ code: "2010301", name: "行政运行" })).toBe("2010301 行政运行");
    expect(rowLabel({ code: "total", name: "合计" })).toBe("合计");
    expect(rowLabel({ code: null, name: "一般公共预算拨款收入", side: "income" })).toBe("收入：一般公共预算拨款收入");
  });
});
