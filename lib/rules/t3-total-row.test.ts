import { describe, expect, it } from "vitest";
import { checkTotalRows } from "./t3-total-row";
import { brief, consistentDoc, row, setCell, table, variant } from "./test-fixtures";

describe("T3 total row", () => {
  it("passes consistent totals", () => {
    expect(checkTotalRows(consistentDoc())).toEqual([]);
  });

  it("compares the 合计 row with the sum of the 类, quoting both in the source unit", () => {
    const doc = variant((d) => setCell(d, "basic_economic", "total", "total", "400.01"));
    const findings = checkTotalRows(doc);
    expect(brief(findings)).toEqual(["T3 | rounding | basic_economic | total | total"]);
    expect(findings[0]?.message).toContain("合计行“总计”列为 400.01 万元，各类之和为 400.00 万元");
    const error = variant((d) => setCell(d, "basic_economic", "total", "total", "400.02"));
    expect(brief(checkTotalRows(error))).toEqual(["T3 | error | basic_economic | total | total"]);
  });

  it("sums the other rows of an uncoded list", () => {
    const doc = variant((d) => {
      d.tables = d.tables.filter((t) => t.kind !== "procurement");
      d.tables.push(table("procurement", [
        row("total", "合计", { total: "30.00", goods: "20.00", services: "10.00" }),
        row(undefined, "办公设备", { total: "20.00", goods: "20.00" }),
        row(undefined, "物业服务", { total: "9.00", services: "9.00" }),
      ]));
    });
    expect(brief(checkTotalRows(doc))).toEqual(["T3 | error | procurement | total | total", "T3 | error | procurement | total | services"]);
  });

  it("checks the expenditure side of a two-sided summary: 本年支出 and the side total", () => {
    const detail = variant((d) => setCell(d, "fiscal_summary", "（一）一般公共服务支出", "total", "900.01", "expenditure"));
    expect(brief(checkTotalRows(detail))).toEqual(["T3 | rounding | fiscal_summary | 本年支出 | total"]);
    const total = variant((d) => setCell(d, "income_expenditure_summary", "total", "amount", "1001.00", "expenditure"));
    expect(brief(checkTotalRows(total))).toEqual(["T3 | error | income_expenditure_summary | total | amount"]);
  });

  it("checks the 人员经费合计 and 公用经费合计 of a 基本支出表 printed in two panels", () => {
    const doc = variant((d) => {
      d.tables = d.tables.filter((t) => t.kind !== "basic_economic");
      d.tables.push(table("basic_economic", [
        row("301", "工资福利支出", { total: "300.00" }),
        row("303", "对个人和家庭的补助", { total: "20.00" }),
        row(undefined, "人员经费合计", { total: "320.01" }),
        row("302", "商品和服务支出", { total: "70.00" }),
        row("310", "资本性支出", { total: "10.00" }),
        row(undefined, "公用经费合计", { total: "85.00" }),
      ]));
    });
    expect(brief(checkTotalRows(doc))).toEqual(["T3 | rounding | basic_economic | 人员经费合计 | total", "T3 | error | basic_economic | 公用经费合计 | total"]);
  });
});
