import { describe, expect, it } from "vitest";
import { indexGrams, queryGrams, tsqueryOf } from "./grams";

describe("search grams", () => {
  it("index a Chinese text by its characters and neighbouring pairs", () => {
    expect(indexGrams("公务接待费").sort()).toEqual(["公", "公务", "务", "务接", "待", "待费", "接", "接待", "费"].sort());
  });

  it("find a two-character query among a text's pairs, and a single character among its characters", () => {
    const doc = new Set(indexGrams("2024年“三公”经费预算，公务接待费3.5万元"));
    expect(queryGrams("接待").every((g) => doc.has(g))).toBe(true);
    expect(queryGrams("费").every((g) => doc.has(g))).toBe(true);
    expect(queryGrams("接待预算").every((g) => doc.has(g))).toBe(false); // 待预 is not in the text
    expect(queryGrams("公务接待").every((g) => doc.has(g))).toBe(true);
  });

  it("treat Latin words, numbers and full-width forms alike", () => {
    expect(indexGrams("科目编码 2010301，ＸＹＺ系统")).toEqual(expect.arrayContaining(["2010301", "xyz", "系统"]));
    expect(queryGrams("２０１０３０１")).toEqual(["2010301"]);
  });

  it("ignore punctuation and give nothing for a query without letters", () => {
    expect(queryGrams("“”，。！")).toEqual([]);
    expect(tsqueryOf(queryGrams("预算 123"))).toBe("'预算' & '123'");
  });
});
