import { describe, expect, it } from "vitest";
import { canonicalDocument } from "./canonical";
import { type DisclosureDocument, findTable } from "./schema";

const doc: DisclosureDocument = {
  format: "budget-disclosure/v1",
  district: "大足区",
  department: { code: "327", name: "重庆市大足区退役军人事务局" },
  year: 2024,
  kind: "final",
  sourceUnit: "元",
  sections: {},
  tables: [
    {
      kind: "final_fiscal_summary",
      title: "财政拨款收入支出决算总表",
      rows: [
        { name: "一般公共预算财政拨款", side: "income", values: { total: "8365432.10" } },
        { name: "社会保障和就业支出", side: "expenditure", values: { total: "7565442.70", generalBudget: "7565442.70" } },
      ],
    },
    {
      kind: "other",
      title: "部门整体支出绩效自评表",
      unit: "",
      columns: ["指标", "年度指标值", " 实际完成值 "],
      rows: [{ cells: ["  服务对象满意度 ", "≥90%", "   "] }, { cells: ["", null] }],
    },
  ],
  projects: [],
  performance: { overall: null, projects: [] },
};

describe("the canonical document", () => {
  const canonical = canonicalDocument(doc);

  it("keeps a table kept as printed as printed, a cell of blanks null and an unstated unit null", () => {
    expect(canonical.tables[1]).toEqual({
      kind: "other",
      title: "部门整体支出绩效自评表",
      unit: null,
      columns: ["指标", "年度指标值", " 实际完成值 "],
      rows: [{ cells: ["  服务对象满意度 ", "≥90%", null] }, { cells: [null, null] }],
    });
  });

  it("gives an income row of the 财政拨款收入支出决算总表 its 决算数 only, an expenditure row every column", () => {
    const [income, expenditure] = findTable(canonical, "final_fiscal_summary")!.rows;
    expect(income?.values).toEqual({ total: "8365432.10" });
    expect(expenditure?.values).toEqual({ total: "7565442.70", generalBudget: "7565442.70", govFund: null, stateCapital: null });
  });

  it("is its own canonical form", () => {
    expect(canonicalDocument(canonical)).toEqual(canonical);
  });

  it("keeps a 决算's 绩效自评 with its blank fields null, and gives a document without any no such part", () => {
    const evaluated = canonicalDocument({ ...doc, performance: { ...doc.performance, selfEvaluations: [{ projectCode: null, projectName: "退役军人服务站运行", score: "88", grade: "良" }] } });
    expect(evaluated.performance.selfEvaluations).toEqual([{ projectCode: null, projectName: "退役军人服务站运行", budget: null, actual: null, score: "88", grade: "良", gaps: null }]);
    expect(canonical.performance).not.toHaveProperty("selfEvaluations");
    expect(canonicalDocument({ ...doc, performance: { ...doc.performance, selfEvaluations: [] } }).performance).not.toHaveProperty("selfEvaluations");
  });
});
