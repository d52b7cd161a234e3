import { describe, expect, it } from "vitest";
import { normalizeSearchText } from "@/lib/search/normalize";
import { isRowSearchKind, rowNameKeys, TOTAL_ROW_KEY } from "./name-key";

describe("the names the row search finds rows by", () => {
  it("are the names as people type them: one key for each way of writing a name", () => {
    expect(rowNameKeys(["公务接待费", "公务接待费", "一、本年收入", "因公出国（境）费", null, "——"])).toEqual([
      { name: "公务接待费", key: "公务接待费" },
      { name: "一、本年收入", key: "一本年收入" },
      { name: "因公出国（境）费", key: "因公出国境费" },
    ]);
    expect(normalizeSearchText("“公务接待费”")).toBe(rowNameKeys(["公务接待费"])[0]!.key);
  });

  it("give a 合计 row without a name of its own the name 合计", () => {
    expect(TOTAL_ROW_KEY).toBe("合计");
  });

  it("leave out tables kept as printed and the “三公” tables, whose rows are years, not 科目", () => {
    expect(isRowSearchKind("basic_economic")).toBe(true);
    expect(isRowSearchKind("fiscal_summary")).toBe(true);
    expect(isRowSearchKind("other")).toBe(false);
    expect(isRowSearchKind("three_public")).toBe(false);
    expect(isRowSearchKind("final_three_public")).toBe(false);
  });
});
