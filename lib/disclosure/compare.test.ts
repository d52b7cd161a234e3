import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { changeBetween, comparedColumnHeading, compareDisclosures, documentLabels, inComparisonOrder } from "./compare";
import { importTextDocument } from "@/lib/documents";

const load = (f: string) => importTextDocument(new Uint8Array(fs.readFileSync(`db/sample/disclosures/${f}`)), f);

describe("comparing disclosures", () => {
  // 北碚区人民政府办公室 2024 and 南岸区政务服务管理办公室 2024, both printed in 万元
  const [beibei, nanan] = [load("beibei-zfb-2024.txt"), load("nanan-zwb-2024.txt")];
  const tables = compareDisclosures([beibei, nanan]);
  const table = (kind: string) => tables.find((t) => t.kind === kind)!;
  const part = (kind: string, side: "income" | "expenditure" | null) => table(kind).parts.find((p) => p.side === side)!;
  const row = (kind: string, side: "income" | "expenditure" | null, name: string) => part(kind, side).rows.find((r) => r.name === name)!;

  it("shows the income of 财政拨款收支总表 as printed: 本年收入, 一般公共预算资金 and 收入合计", () => {
    const income = part("fiscal_summary", "income");
    expect(income.columns).toEqual(["amount"]);
    expect(row("fiscal_summary", "income", "本年收入").values.amount).toEqual(["25146100.00", "9677300.00"]);
    expect(row("fiscal_summary", "income", "一般公共预算资金").values.amount).toEqual(["25146100.00", "9677300.00"]);
    expect(row("fiscal_summary", "income", "收入合计")).toMatchObject({ code: "", total: true, values: { amount: ["25146100.00", "9677300.00"] } });
  });

  it("keeps the two sides of a summary table apart, each with the columns it prints", () => {
    const spending = part("fiscal_summary", "expenditure");
    expect(spending.columns).toEqual(["total", "generalBudget"]); // 政府性基金预算 and 国有资本经营预算 are blank in both
    expect(row("fiscal_summary", "expenditure", "支出合计").values).toEqual({ total: ["25146100.00", "9677300.00"], generalBudget: ["25146100.00", "9677300.00"] });
    // 部门收支总表 calls both totals 合计: 2,514.61 received and 2,514.61 spent in 北碚
    expect(row("income_expenditure_summary", "income", "合计").values.amount).toEqual(["25146100.00", "9677300.00"]);
    expect(row("income_expenditure_summary", "expenditure", "合计").values.amount).toEqual(["25146100.00", "9677300.00"]);
    expect(part("income_expenditure_summary", "income").rows.filter((r) => r.name === "合计")).toHaveLength(1);
  });

  it("gives the change from the first to the second, in 元 and in %", () => {
    // 本年收入 967.73 − 2,514.61 = −1,546.88 万元, −61.52 % of 2,514.61
    expect(row("fiscal_summary", "income", "本年收入").changes.amount).toEqual([{ amount: "-15468800.00", percent: "-61.52" }]);
    // 公务接待费: 3.50 → 1.00 万元
    expect(row("three_public", null, "本年（2024年预算数）").changes.reception).toEqual([{ amount: "-25000.00", percent: "-71.43" }]);
  });

  it("names the 三公 rows by year, and leaves blank the year a document does not print", () => {
    // 北碚 prints 2023年预算数 37.00 and 2024年预算数 27.50; 南岸 only 2024年 2.90
    expect(row("three_public", null, "上年（2023年预算数）").values.total).toEqual(["370000.00", null]);
    expect(row("three_public", null, "本年（2024年预算数）").values.total).toEqual(["275000.00", "29000.00"]);
    expect(table("three_public").parts[0]!.rows.map((r) => r.name)).not.toContain("current");
  });

  it("names the 三公 rows 本年 and 上年 when the documents are of different years", () => {
    const later = load("beibei-zwfwzx-2025.txt");
    const three = compareDisclosures([beibei, later]).find((t) => t.kind === "three_public")!;
    expect(three.parts[0]!.rows.map((r) => r.name).sort()).toEqual(["上年", "本年"].sort());
  });

  it("lines up coded rows, leaving blank only the rows a document does not have", () => {
    const general = part("general_budget_function", null);
    // 2010306 政务公开审批 267.92 万元 only in 南岸
    expect(general.rows.find((r) => r.code === "2010306")).toMatchObject({ name: "政务公开审批", differs: true });
    expect(general.rows.find((r) => r.code === "2010306")!.values.total![0]).toBeNull();
    expect(general.rows[0]).toMatchObject({ code: "", name: "合计", values: { total: ["25146100.00", "9677300.00"] } });
  });

  it("marks equal figures as not differing", () => {
    const same = compareDisclosures([beibei, beibei]);
    expect(same.flatMap((t) => t.parts.flatMap((p) => p.rows)).some((r) => r.differs)).toBe(false);
  });
});

describe("the change between two figures", () => {
  it("has no % where the first is 0 or blank, and nothing where either is blank", () => {
    expect(changeBetween("0.00", "35000.00")).toEqual({ amount: "35000.00", percent: null });
    expect(changeBetween(null, "35000.00")).toEqual({ amount: null, percent: null });
    expect(changeBetween("40000.00", null)).toEqual({ amount: null, percent: null });
    expect(changeBetween("40000.00", "35000.00")).toEqual({ amount: "-5000.00", percent: "-12.50" });
  });

  it("reads the documents oldest first, in the given order among the same year", () => {
    expect(inComparisonOrder([{ year: 2025, n: 1 }, { year: 2024, n: 2 }, { year: 2025, n: 3 }]).map((d) => d.n)).toEqual([2, 1, 3]);
  });
});

describe("the heading of each document's column", () => {
  const head = (departmentKey: string, departmentName: string, year: number, revision = 1) => ({ departmentKey, departmentName, year, revision });
  it("is the year for one department, the department for one year, else both", () => {
    expect(documentLabels([head("500109-134", "重庆市北碚区政务服务中心", 2024), head("500109-134", "重庆市北碚区政务服务中心", 2025)])).toEqual(["2024年", "2025年"]);
    expect(documentLabels([head("500109-1", "北碚区人民政府办公室", 2024), head("500108-9", "南岸区政务服务管理办公室", 2024)])).toEqual(["北碚区人民政府办公室", "南岸区政务服务管理办公室"]);
    expect(documentLabels([head("500109-1", "北碚区人民政府办公室", 2024), head("500109-134", "重庆市北碚区政务服务中心", 2025)])).toEqual(["北碚区人民政府办公室 2024年", "重庆市北碚区政务服务中心 2025年"]);
    expect(documentLabels([head("500109-134", "政务服务中心", 2025, 1), head("500109-134", "政务服务中心", 2025, 2)])).toEqual(["2025年第 1 版", "2025年第 2 版"]);
    // a department's budget and final of one year are told apart by their kind
    const kinded = (kind: "budget" | "final") => ({ ...head("500109-134", "政务服务中心", 2025), kind });
    expect(documentLabels([kinded("budget"), kinded("final")])).toEqual(["2025年部门预算", "2025年部门决算"]);
  });
});

describe("the heading of a compared column", () => {
  it("is printed with the year where the documents share one, else as 本年 / 上年", () => {
    const budget = (year: number) => ({ year, kind: "budget" as const });
    expect(comparedColumnHeading({ docs: [budget(2024), budget(2024)], table: "general_budget_function", column: "prior", side: null })).toEqual({ group: null, heading: "2023年预算数" });
    expect(comparedColumnHeading({ docs: [budget(2024), budget(2025)], table: "general_budget_function", column: "prior", side: null })).toEqual({ group: null, heading: "上年预算数" });
    expect(comparedColumnHeading({ docs: [budget(2024), budget(2025)], table: "fiscal_summary", column: "amount", side: "income" })).toEqual({ group: null, heading: "预算数" });
    expect(comparedColumnHeading({ docs: [budget(2024), budget(2025)], table: "general_budget_function", column: "basic", side: null })).toEqual({ group: "本年预算数", heading: "基本支出" });
  });
});
