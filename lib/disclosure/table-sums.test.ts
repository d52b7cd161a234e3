import { describe, expect, it } from "vitest";
import type { CarryOver } from "./carry-over";
import type { DisclosureTable } from "./schema";
import { cellOf, computedSums, removeRow, sumAncestors } from "./table-sums";

// 北碚区政务服务中心 2026: 上年数 copied from the 2025 document (db/sample/disclosures/beibei-zwfwzx-2025.txt),
// where 20805 prints 34.72 万元 though its 项 are 23.14 + 11.57 = 34.71; amounts in 元
const row = (code: string, name: string, prior: string, total: string, basic: string | null = total, project: string | null = null) => ({
  code,
  name,
  values: { prior, total, basic, project },
});
const table: DisclosureTable = {
  kind: "general_budget_function",
  title: "一般公共预算财政拨款支出表",
  rows: [
    row("total", "合计", "8179000.00", "8179000.00", "3029000.00", "5150000.00"),
    row("201", "一般公共服务支出", "7486600.00", "7486600.00", "2336600.00", "5150000.00"),
    row("20103", "政府办公厅（室）及相关机构事务", "7486600.00", "7486600.00", "2336600.00", "5150000.00"),
    row("2010301", "行政运行", "35000.00", "35000.00"),
    row("2010302", "一般行政管理事务", "5150000.00", "5150000.00", null, "5150000.00"),
    row("2010350", "事业运行", "2301600.00", "2301600.00"),
    row("208", "社会保障和就业支出", "347200.00", "347200.00"),
    row("20805", "行政事业单位养老支出", "347200.00", "347200.00"),
    row("2080505", "机关事业单位基本养老保险缴费支出", "231400.00", "231400.00"),
    row("2080506", "机关事业单位职业年金缴费支出", "115700.00", "115700.00"),
    row("210", "卫生健康支出", "118000.00", "118000.00"),
    row("21011", "行政事业单位医疗", "118000.00", "118000.00"),
    row("2101102", "事业单位医疗", "95600.00", "95600.00"),
    row("2101199", "其他行政事业单位医疗支出", "22400.00", "22400.00"),
    row("221", "住房保障支出", "227200.00", "227200.00"),
    row("22102", "住房改革支出", "227200.00", "227200.00"),
    row("2210201", "住房公积金", "227200.00", "227200.00"),
  ],
};
const PRIOR_READ_ONLY: CarryOver["readOnly"] = [{ table: "general_budget_function", column: "prior" }];

const at = (t: DisclosureTable, code: string) => t.rows.findIndex((r) => r.code === code);
const value = (t: DisclosureTable, code: string, column: "prior" | "total" | "basic" | "project") => cellOf(t.rows[at(t, code)]!, column);
function typed(t: DisclosureTable, code: string, column: "prior" | "total" | "basic", yuan: string | null): DisclosureTable {
  return { ...t, rows: t.rows.map((r) => (r.code === code ? { ...r, values: { ...r.values, [column]: yuan } } : r)) };
}

describe("sumAncestors", () => {
  it("a 项 typed in 本年 updates its 款, its 类 and the 合计 in that column", () => {
    const edited = sumAncestors(typed(table, "2080505", "total", "250000.00"), [{ row: at(table, "2080505"), column: "total" }], PRIOR_READ_ONLY);
    // 25.00 + 11.57 = 36.57 万元; 748.66 + 36.57 + 11.80 + 22.72 = 819.75 万元
    expect(value(edited, "20805", "total")).toBe("365700.00");
    expect(value(edited, "208", "total")).toBe("365700.00");
    expect(value(edited, "total", "total")).toBe("8197500.00");
    // another 类 and its rows are not its ancestors
    expect(value(edited, "201", "total")).toBe("7486600.00");
  });

  it("leaves the 上年数 and every other column as printed, the 0.01 difference of 20805 still marked", () => {
    for (const readOnly of [PRIOR_READ_ONLY, []]) {
      const edited = sumAncestors(typed(table, "2080505", "total", "250000.00"), [{ row: at(table, "2080505"), column: "total" }], readOnly);
      expect(value(edited, "total", "prior")).toBe("8179000.00");
      expect(value(edited, "208", "prior")).toBe("347200.00");
      expect(value(edited, "20805", "prior")).toBe("347200.00");
      expect(value(edited, "20805", "basic")).toBe("347200.00");
      expect(computedSums(edited).get(at(edited, "20805"))?.prior).toEqual({ sum: "347100.00", differs: true });
    }
  });

  it("never recomputes a read-only column, even when a cell of it changed", () => {
    const changed = typed(table, "2080506", "prior", "120000.00");
    const edit = [{ row: at(table, "2080506"), column: "prior" as const }];
    expect(value(sumAncestors(changed, edit, PRIOR_READ_ONLY), "20805", "prior")).toBe("347200.00");
    expect(value(sumAncestors(changed, edit, PRIOR_READ_ONLY), "total", "prior")).toBe("8179000.00");
    // the same edit in a column that is not read-only does sum
    expect(value(sumAncestors(changed, edit), "20805", "prior")).toBe("351400.00");
  });

  it("keeps a parent the contact entered in the same paste and sums the rows above it", () => {
    const pasted = typed(typed(table, "20805", "total", "400000.00"), "2080505", "total", "250000.00");
    const edited = sumAncestors(pasted, [
      { row: at(table, "20805"), column: "total" },
      { row: at(table, "2080505"), column: "total" },
    ]);
    expect(value(edited, "20805", "total")).toBe("400000.00");
    expect(value(edited, "208", "total")).toBe("400000.00");
  });

  it("blanks a parent whose children in that column are all blank", () => {
    const one: DisclosureTable = { ...table, rows: [row("total", "合计", "1.00", "35000.00"), row("201", "一般公共服务支出", "1.00", "35000.00"), row("2010301", "行政运行", "1.00", "35000.00")] };
    const edited = sumAncestors(typed(one, "2010301", "total", null), [{ row: 2, column: "total" }]);
    expect(value(edited, "201", "total")).toBeNull();
    expect(value(edited, "total", "total")).toBeNull();
    expect(value(edited, "total", "prior")).toBe("1.00");
  });
});

describe("removeRow", () => {
  it("takes a deleted 项 out of the sums above it, except in the read-only 上年数", () => {
    const edited = removeRow(table, at(table, "2080506"), PRIOR_READ_ONLY);
    expect(at(edited, "2080506")).toBe(-1);
    expect(value(edited, "20805", "total")).toBe("231400.00");
    expect(value(edited, "total", "total")).toBe("8063200.00");
    expect(value(edited, "20805", "prior")).toBe("347200.00");
    expect(value(edited, "total", "project")).toBe("5150000.00");
  });
});
