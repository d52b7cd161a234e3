import { describe, expect, it } from "vitest";
import { checkRowArithmetic } from "./t2-row-arithmetic";
import { brief, consistentDoc, row, setCell, table, variant } from "./test-fixtures";

describe("T2 row arithmetic", () => {
  it("passes consistent rows", () => {
    expect(checkRowArithmetic(consistentDoc())).toEqual([]);
  });

  it("checks total = basic + project, with rounding for two cells", () => {
    const rounding = variant((d) => setCell(d, "expenditure_summary", "201", "total", "900.01"));
    expect(brief(checkRowArithmetic(rounding))).toEqual(["T2 | rounding | expenditure_summary | 201 | total"]);
    const error = variant((d) => setCell(d, "general_budget_function", "201", "basic", "299.00"));
    expect(brief(checkRowArithmetic(error))).toEqual(["T2 | error | general_budget_function | 201 | total"]);
  });

  it("leaves alone a table that prints none of the parts (a 基本支出表 in 人员经费 | 公用经费 panels)", () => {
    const doc = variant((d) => {
      d.tables = d.tables.filter((t) => t.kind !== "basic_economic");
      d.tables.push(table("basic_economic", [row("301", "工资福利支出", { total: "300.00" }), row("302", "商品和服务支出", { total: "70.00" })]));
    });
    expect(brief(checkRowArithmetic(doc))).toEqual([]);
    const onePart = variant((d) => {
      d.tables = d.tables.filter((t) => t.kind !== "basic_economic");
      d.tables.push(table("basic_economic", [row("301", "工资福利支出", { total: "300.00", personnel: "300.00" }), row("302", "商品和服务支出", { total: "70.00" })]));
    });
    expect(brief(checkRowArithmetic(onePart))).toEqual(["T2 | error | basic_economic | 302 | total"]);
  });

  it("checks total = personnel + publicUse", () => {
    const doc = variant((d) => setCell(d, "basic_economic", "total", "personnel", "351.00"));
    expect(brief(checkRowArithmetic(doc))).toEqual(["T2 | error | basic_economic | total | total"]);
  });

  it("checks the 三公 total and the 公务用车 subtotal", () => {
    const subtotal = variant((d) => setCell(d, "three_public", "current", "vehicleOperation", "7.00"));
    expect(brief(checkRowArithmetic(subtotal))).toEqual(["T2 | error | three_public | current | vehicleSubtotal"]);
    const total = variant((d) => setCell(d, "three_public", "prior", "reception", "5.00"));
    expect(brief(checkRowArithmetic(total))).toEqual(["T2 | error | three_public | prior | total"]);
    // the rows are named as the table prints them, 本年 and 上年
    expect(checkRowArithmetic(total)[0]?.message).toMatch(/^“三公”经费支出表“上年”行/);
    expect(checkRowArithmetic(subtotal)[0]?.message).toMatch(/^“三公”经费支出表“本年”行/);
    // a blank subtotal stands for its parts: one slip, one finding
    const blankSubtotal = variant((d) => setCell(d, "three_public", "current", "vehicleSubtotal", ""));
    expect(brief(checkRowArithmetic(blankSubtotal))).toEqual(["T2 | error | three_public | current | vehicleSubtotal"]);
  });

  it("checks procurement, income sources and the fiscal summary's fund columns", () => {
    const doc = variant((d) => {
      setCell(d, "procurement", "total", "works", "1.00");
      setCell(d, "income_summary", "201", "carryover", "5.00");
      setCell(d, "fiscal_summary", "本年支出", "govFund", "3.00", "expenditure");
    });
    expect(brief(checkRowArithmetic(doc))).toEqual([
      "T2 | error | income_summary | 201 | total",
      "T2 | error | fiscal_summary | 本年支出 | total",
      "T2 | error | procurement | total | total",
    ]);
  });
});
