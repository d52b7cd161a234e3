import { describe, expect, it } from "vitest";
import { checkDisclosure } from "@/lib/rules";
import { blankTables } from "./blank-template";
import { emptyDocument } from "./next-year";
import { tableKindsFor } from "./schema";

const department = { code: "134", name: "重庆市北碚区政务服务中心" };

describe("the tables a blank draft starts with", () => {
  it("has every table a budget must publish, titled with the department and with its 合计 rows", () => {
    const tables = blankTables("budget", department.name);
    expect(tables).toHaveLength(9);
    expect(tables.map((t) => t.title)).toContain("重庆市北碚区政务服务中心一般公共预算财政拨款支出表");
    for (const t of tables.filter((t) => t.kind !== "three_public")) expect(t.rows.some((r) => r.code === "total")).toBe(true);
    const threePublic = tables.find((t) => t.kind === "three_public")!;
    expect(threePublic.rows.map((r) => r.name)).toEqual(["prior", "current"]);
    const summary = tables.find((t) => t.kind === "income_expenditure_summary")!;
    expect(summary.rows.filter((r) => r.code === "total").map((r) => r.side)).toEqual(["income", "expenditure"]);
    expect(summary.rows.filter((r) => r.side === "income").map((r) => r.name)).toContain("一般公共预算资金");
  });

  it("leaves R1 nothing missing, for a budget and for final accounts, and every amount blank", () => {
    for (const kind of ["budget", "final"] as const) {
      const doc = { ...emptyDocument({ district: "北碚区", department, year: 2030, kind }), tables: blankTables(kind, department.name) };
      expect(doc.tables.every((t) => tableKindsFor(kind).includes(t.kind))).toBe(true);
      expect(checkDisclosure(doc).filter((f) => f.rule === "R1" && f.message.startsWith("缺少"))).toEqual([]);
      expect(doc.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.values))).every((v) => v === null)).toBe(true);
    }
  });
});

describe("the tables a blank 部门决算 starts with", () => {
  const tables = blankTables("final", department.name);
  const of = (kind: string) => tables.find((t) => t.kind === kind)!;
  const names = (kind: string, side: "income" | "expenditure") => of(kind).rows.filter((r) => r.side === side).map((r) => r.name);

  it("has the nine 决算 tables of 财预〔2016〕143号 under the titles the 决算 template prints", () => {
    expect(tables.map((t) => t.title.replace(department.name, ""))).toEqual([
      "收入支出决算总表",
      "收入决算表",
      "支出决算表",
      "财政拨款收入支出决算总表",
      "一般公共预算财政拨款支出决算表",
      "一般公共预算财政拨款基本支出决算表",
      "财政拨款“三公”经费支出决算表",
      "政府性基金预算财政拨款收入支出决算表",
      "国有资本经营预算财政拨款收入支出决算表",
    ]);
  });

  it("prints both sides of the 收入支出决算总表 down to their 总计, with the 结转 lines", () => {
    expect(names("final_income_expenditure_summary", "income")).toEqual([
      "一、一般公共预算财政拨款收入",
      "二、政府性基金预算财政拨款收入",
      "三、国有资本经营预算财政拨款收入",
      "四、上级补助收入",
      "五、事业收入",
      "六、经营收入",
      "七、附属单位上缴收入",
      "八、其他收入",
      "本年收入合计",
      "使用非财政拨款结余（含专用结余）",
      "年初结转和结余",
      "总计",
    ]);
    expect(names("final_income_expenditure_summary", "expenditure")).toEqual(["本年支出合计", "结余分配", "年末结转和结余", "总计"]);
    // the 总计 of each side is its total row, the last one of the side
    const totals = of("final_income_expenditure_summary").rows.filter((r) => r.code === "total");
    expect(totals.map((r) => [r.side, r.name])).toEqual([["income", "总计"], ["expenditure", "总计"]]);
  });

  it("gives the 财政拨款收入支出决算总表 one 决算数 on the income side and its four columns on the expenditure side", () => {
    const table = of("final_fiscal_summary");
    expect(names("final_fiscal_summary", "income")).toEqual(["一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款", "本年收入合计", "年初财政拨款结转和结余", "总计"]);
    expect(names("final_fiscal_summary", "expenditure")).toEqual(["本年支出合计", "年末财政拨款结转和结余", "总计"]);
    expect(Object.keys(table.rows.find((r) => r.side === "income")!.values)).toEqual(["total"]);
    expect(Object.keys(table.rows.find((r) => r.side === "expenditure")!.values)).toEqual(["total", "generalBudget", "govFund", "stateCapital"]);
  });

  it("has the “三公” 预算数 and 决算数 rows and a 合计 row in every classified table", () => {
    expect(of("final_three_public").rows.map((r) => r.name)).toEqual(["budget", "final"]);
    for (const kind of ["final_income", "final_expenditure", "final_general_budget_function", "final_basic_economic", "final_gov_fund", "final_state_capital"]) {
      expect(of(kind).rows.map((r) => r.code)).toEqual(["total"]);
    }
    // the general-budget table carries 年初预算数 and 调整预算数 beside its 决算数
    expect(Object.keys(of("final_general_budget_function").rows[0]!.values)).toEqual(["total", "basic", "project", "budgetInitial", "budgetAdjusted"]);
  });
});
