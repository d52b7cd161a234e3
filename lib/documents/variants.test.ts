import Decimal from "decimal.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { disclosureDocumentSchema, isStandardTable } from "@/lib/disclosure/schema";
import { parseDisclosureText } from "./index";
import { tables as seedTables } from "./fixtures/beibei-zwfwzx-2025.tables";
import { performance as seedPerformance } from "./fixtures/beibei-zwfwzx-2025.performance";

/**
 * variant-yuan.txt is beibei-zwfwzx-2025.txt re-laid out the ways other real documents are: amounts in
 * 元, tables in another order under other titles (表1：, year prefix, 三公 without quotes, 整体绩效目标表),
 * markdown headings, a table split by a page break with title and header repeated, a header repeated
 * without its title, codes as 类/款/项 columns (one row leaving out the shared parts), 增幅% columns, a
 * full-width amount, "-" blanks, a procurement table listing a project, and a project target with its
 * indicator columns in another order. Its figures must be the seed's, to the 分.
 */
const variant = readFileSync(join(__dirname, "fixtures/variant-yuan.txt"), "utf8");
const doc = parseDisclosureText(variant, { fileName: "variant-yuan.txt" });

const yuan = (printed: string | null) =>
  printed === null ? null : new Decimal(printed.replace(/,/g, "")).times(10000).toFixed(2);

describe("a re-laid-out variant of a seed", () => {
  it("is valid and keeps its header", () => {
    expect(disclosureDocumentSchema.safeParse(doc).error?.issues ?? []).toEqual([]);
    expect(doc.sourceUnit).toBe("元");
    expect(doc.department).toEqual({ code: "134", name: "重庆市北碚区政务服务中心" });
    expect(doc.district).toBe("北碚区");
    expect(doc.year).toBe(2025);
  });

  it("finds the sections under markdown headings", () => {
    expect(Object.keys(doc.sections).sort()).toEqual(
      ["budgetNotes", "functions", "glossary", "otherNotes", "overview", "structure", "threePublicNotes"].sort(),
    );
    expect(doc.sections.structure).toBe("下设综合科、政务运行科、电子政务科、政务督导科。");
  });

  it("reads every table once, in the order printed", () => {
    expect(doc.tables.map((t) => t.kind)).toEqual([
      "income_expenditure_summary",
      "expenditure_summary",
      "general_budget_function",
      "three_public",
      "basic_economic",
      "gov_fund",
      "fiscal_summary",
      "procurement",
    ]);
  });

  it.each(seedTables.map((t) => [t.kind, t] as const))("has the seed's figures in %s", (_kind, expected) => {
    const table = doc.tables.filter(isStandardTable).find((t) => t.kind === expected.kind)!;
    const actual = table.rows.map((row) => [row.side ? `${row.side}:${row.name}` : (row.code ?? row.name), row.values]);
    const wanted = expected.rows.map(([key, values]) => [
      key,
      Object.fromEntries(Object.entries(values).map(([column, printed]) => [column, yuan(printed)])),
    ]);
    expect(actual).toEqual(wanted);
  });

  it("joins a table split by a page break and keeps its note", () => {
    const table = doc.tables.filter(isStandardTable).find((t) => t.kind === "general_budget_function")!;
    expect(table.rows).toHaveLength(20);
    expect(table.note).toBe("本表反映2025年当年一般公共预算财政拨款支出情况。");
  });

  it("ignores the 增幅% column instead of misreading it", () => {
    for (const table of doc.tables.filter(isStandardTable)) {
      for (const row of table.rows) expect(Object.values(row.values)).not.toContain("-174700.00");
    }
    expect(doc.tables.filter(isStandardTable).find((t) => t.kind === "expenditure_summary")!.rows[2]!.values).toEqual({
      total: "7486600.00",
      basic: "2336600.00",
      project: "5150000.00",
    });
  });

  it("reads a procurement table that lists projects", () => {
    expect(doc.tables.filter(isStandardTable).find((t) => t.kind === "procurement")!.rows).toEqual([
      { code: "total", name: "合计", values: { total: "367400.00", goods: "367400.00", works: null, services: null } },
      {
        name: "50010922T000000086182-大厅运行经费",
        values: { total: "367400.00", goods: "367400.00", works: null, services: null },
      },
    ]);
    // the procured project is the one of the performance table, not a second one
    expect(doc.projects.map((p) => [p.code, p.amount])).toEqual([
      ["50010922T000000086182", "1970000.00"],
      ["50010924T000003999521", "3180000.00"],
    ]);
  });

  it("reads indicators by the header, whatever the column order", () => {
    expect(doc.performance.overall?.indicators).toEqual(seedPerformance.overall);
    expect(doc.performance.projects.map((p) => p.indicators)).toEqual(seedPerformance.projects.map((p) => p.indicators));
    // 当年预算（万元） states its unit: the table's 单位：元 does not apply to it
    expect(doc.performance.projects.map((p) => p.amount)).toEqual(["1970000.00", "3180000.00"]);
  });
});
