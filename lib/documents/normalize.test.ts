import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";

describe("normalizeText", () => {
  it("folds the forms PDF fonts print in place of ordinary characters", () => {
    expect(normalizeText("重庆市北碚区人⺠政府办公室")).toBe("重庆市北碚区人民政府办公室");
    expect(normalizeText("⼀般公共预算⽀出")).toBe("一般公共预算支出");
    expect(normalizeText("１２３．４５")).toBe("123.45");
    expect(normalizeText("１，２３４．５０")).toBe("1,234.50");
  });

  it("keeps Chinese punctuation as printed", () => {
    expect(normalizeText("单位：元（万元）“三公”，。")).toBe("单位：元（万元）“三公”，。");
  });

  it("turns odd spaces into plain ones and drops zero-width ones", () => {
    expect(normalizeText("合\u3000计\u00a0a\u200bb")).toBe("合 计 ab");
  });
});
