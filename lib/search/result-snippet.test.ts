import { describe, expect, it } from "vitest";
import { resultSnippet, type SnippetSource } from "./result-snippet";
import type { MarkedText } from "./snippet";

// 北碚区人民政府办公室 2024 (seeds/beibei-zfb-2024.txt), in 万元; amounts stored in 元
const BEIBEI: SnippetSource = {
  sourceUnit: "万元",
  texts: [
    "重庆市北碚区人民政府办公室内设 10 个机构科室，分别是区政府值班室、综合科、文秘科。",
    "2024 年“三公”经费预算 27.5 万元，比 2023 年减少 9.5 万元。其中：因公出国（境）费用 0 万元，与上年持平；公务接待费 3.5 万元，比 2023 年减少 0.5 万元。",
  ],
  tables: [
    {
      kind: "general_budget_function",
      rows: [
        { code: "total", values: { prior: "28902200.00", total: "25146100.00", basic: "20000000.00", project: "5146100.00" } },
        { code: "2010350", name: "事业运行", values: { prior: "1748700.00", total: "2115800.00", basic: "2115800.00", project: null } },
      ],
    },
    { kind: "basic_economic", rows: [{ code: "30217", name: "公务接待费", values: { total: "5000.00", personnel: null, publicUse: "5000.00" } }] },
    { kind: "three_public", rows: [{ name: "current", values: { total: "275000.00", reception: "35000.00" } }] },
  ],
};

const text = (m: MarkedText) => m.map((p) => p.text).join("");
const marked = (m: MarkedText) => m.filter((p) => p.marked).map((p) => p.text);

describe("why a search result matched", () => {
  it("show the passage of the narrative where 三公经费 is written “三公”经费, marked", () => {
    const s = resultSnippet(BEIBEI, "三公经费")!;
    expect(marked(s.passage!.parts)).toEqual(["三公”经费"]);
    expect(s.row).toBeNull();
  });

  it("show the row a code names, titled as printed, with its amount in the document's unit", () => {
    const { row } = resultSnippet(BEIBEI, "30217")!;
    expect(row!.table).toBe("一般公共预算财政拨款基本支出表");
    expect(marked(row!.code)).toEqual(["30217"]);
    expect(text(row!.name)).toBe("公务接待费");
    expect(row!.amount).toEqual({ column: "总计", value: "0.50", unit: "万元" });
  });

  it("give a row's total for this year, not last year's figure", () => {
    const { row } = resultSnippet(BEIBEI, "事业运行")!;
    expect(text(row!.code)).toBe("2010350");
    expect(marked(row!.name)).toEqual(["事业运行"]);
    expect(row!.amount?.value).toBe("211.58");
  });

  it("show both the passage and the row of 公务接待费", () => {
    const s = resultSnippet(BEIBEI, "公务接待费")!;
    expect(marked(s.passage!.parts)).toEqual(["公务接待费"]);
    expect(text(s.row!.name)).toBe("公务接待费");
  });

  it("never offer the machine names of rows: a query for current finds no 三公 row", () => {
    expect(resultSnippet(BEIBEI, "current")).toBeNull();
    expect(resultSnippet(BEIBEI, "total")).toBeNull();
  });

  it("give nothing for a query of punctuation only", () => {
    expect(resultSnippet(BEIBEI, "“”")).toBeNull();
  });
});
