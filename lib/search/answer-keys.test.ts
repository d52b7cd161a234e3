import { describe, expect, it } from "vitest";
import { searchKeys } from "./answer-keys";
import { queryGrams } from "./grams";
import { normalizeSearchText } from "./normalize";

const keysOf = (q: string, filters: { district?: string; year?: number } = {}, sort = "relevance") =>
  searchKeys({ grams: queryGrams(q), phrase: normalizeSearchText(q), sort, query: filters });

describe("the keys of a search's cached answers", () => {
  it("are one for a query however it is written", () => {
    expect(keysOf("“三公”经费")).toEqual(keysOf("三公 经费"));
  });

  it("tell apart filters, and the order of results but not their counts by sort", () => {
    expect(keysOf("接待", { district: "北碚区" }).counts).not.toBe(keysOf("接待").counts);
    expect(keysOf("接待", { year: 2020 }).counts).not.toBe(keysOf("接待", { year: 2021 }).counts);
    expect(keysOf("接待", {}, "amount").counts).toBe(keysOf("接待").counts);
    expect(keysOf("接待", {}, "amount").page).not.toBe(keysOf("接待").page);
  });
});
