import { describe, expect, it } from "vitest";
import { diffDocuments } from "./diff";
import { type DisclosureDocument, findTable, type OtherTable } from "./schema";

const generalOf = (doc: DisclosureDocument) => findTable(doc, "general_budget_function")!;

const base: DisclosureDocument = {
  format: "budget-disclosure/v1",
  district: "北碚区",
  department: { code: "134", name: "重庆市北碚区政务服务中心" },
  year: 2025,
  kind: "budget",
  sourceUnit: "万元",
  sections: { overview: "收入预算 817.9 万元" },
  tables: [
    {
      kind: "general_budget_function",
      title: "一般公共预算财政拨款支出预算表",
      rows: [
        { code: "total", name: "合计", values: { prior: null, total: "8179000.00", basic: "3029000.00", project: "5150000.00" } },
        { code: "2010301", name: "行政运行", values: { prior: null, total: "35000.00", basic: "35000.00", project: null } },
      ],
    },
  ],
  projects: [],
  performance: { overall: null, projects: [] },
};

describe("diffing two versions of a disclosure", () => {
  it("finds nothing between equal documents", () => {
    expect(diffDocuments(base, structuredClone(base))).toEqual([]);
  });

  it("names each changed cell by table, row and column, and a changed section", () => {
    const after = structuredClone(base);
    generalOf(after).rows[1]!.values = { prior: null, total: "36000.00", basic: "36000.00", project: null };
    after.sections.overview = "收入预算 818 万元";
    expect(diffDocuments(base, after)).toEqual([
      { where: "sections.overview", before: "收入预算 817.9 万元", after: "收入预算 818 万元" },
      { where: "tables.general_budget_function[2010301 行政运行].total", before: "35000.00", after: "36000.00" },
      { where: "tables.general_budget_function[2010301 行政运行].basic", before: "35000.00", after: "36000.00" },
    ]);
  });

  it("tells a blank cell from a zero, and reports added rows and tables", () => {
    const after = structuredClone(base);
    generalOf(after).rows[1]!.values.project = "0.00";
    generalOf(after).rows.push({ code: "2010302", name: "一般行政管理事务", values: { total: "1.00" } });
    after.tables.push({ kind: "three_public", title: "“三公”经费支出表", rows: [] });
    expect(diffDocuments(base, after)).toEqual([
      { where: "tables.general_budget_function[2010301 行政运行].project", before: null, after: "0.00" },
      { where: "tables.general_budget_function[2010302 一般行政管理事务]", before: null, after: "（该行）" },
      { where: "tables.three_public", before: null, after: "0 行" },
    ]);
  });

  it("reports a table kept as printed that changed, by its place among those tables", () => {
    const printed: OtherTable = { kind: "other", title: "项目支出明细表", unit: "万元", columns: ["项目", "金额"], rows: [{ cells: ["大厅运行经费", "197.00"] }] };
    const before = { ...base, tables: [...base.tables, printed] };
    const after = { ...base, tables: [...base.tables, { ...printed, rows: [{ cells: ["大厅运行经费", "198.00"] }] }] };
    expect(diffDocuments(before, structuredClone(before))).toEqual([]);
    expect(diffDocuments(before, after).map((c) => c.where)).toEqual(["tables.other[1]"]);
    expect(diffDocuments(before, base)).toEqual([{ where: "tables.other[1]", before: JSON.stringify(printed), after: null }]);
  });
});
