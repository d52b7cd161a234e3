import { describe, expect, it } from "vitest";
import { diffDocuments } from "./diff";
import { type DisclosureDocument, findTable, type Indicator, type OtherTable } from "./schema";
import { diffSentences, splitSentences } from "./sentence-diff";
import { finalDoc } from "@/lib/rules/final-fixtures";

const generalOf = (doc: DisclosureDocument) => findTable(doc, "general_budget_function")!;

const indicator = (level3: string, value: string): Indicator => ({ level1: "产出指标", level2: "数量指标", level3, unit: "件", operator: "≥", value, weight: "20", core: true });

const base: DisclosureDocument = {
  format: "budget-disclosure/v1",
  district: "北碚区",
  department: { code: "134", name: "重庆市北碚区政务服务中心" },
  year: 2025,
  kind: "budget",
  sourceUnit: "万元",
  sections: { overview: "收入预算 817.9 万元。支出预算 817.9 万元。" },
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
  projects: [{ code: "P01", name: "大厅运行经费", amount: "1970000.00", category: "一般性项目", functionCode: "2010350" }],
  performance: {
    overall: { goal: "提升政务服务水平。", indicators: [indicator("办件量", "10000")] },
    projects: [{ projectCode: "P01", projectName: "大厅运行经费", amount: "1970000.00", goal: "保障大厅运行。", indicators: [indicator("窗口数", "30")] }],
  },
};

describe("diffing two versions of a disclosure", () => {
  it("finds nothing between equal documents", () => {
    expect(diffDocuments(base, structuredClone(base))).toEqual([]);
  });

  it("names a changed cell by the table's printed title, the row's code and name and the column's heading", () => {
    const after = structuredClone(base);
    generalOf(after).rows[1]!.values.basic = "36000.00";
    expect(diffDocuments(base, after)).toEqual([
      {
        where: "一般公共预算财政拨款支出表 · 2010301 行政运行 · 基本支出",
        group: "一般公共预算财政拨款支出表",
        table: "general_budget_function",
        row: "2010301 行政运行",
        column: "基本支出",
        change: "changed",
        value: "amount",
        before: "35000.00",
        after: "36000.00",
      },
    ]);
  });

  it("names the narrative by its heading and keeps the whole texts, never an internal key", () => {
    const after = structuredClone(base);
    after.sections.overview = "收入预算 818 万元。支出预算 817.9 万元。";
    after.sections.functions = "负责政务服务。";
    const changes = diffDocuments(base, after);
    expect(changes.map((c) => [c.where, c.change, c.value])).toEqual([
      ["职能职责", "added", "prose"],
      ["部门收支总体情况", "changed", "prose"],
    ]);
    expect(changes[1]).toMatchObject({ before: base.sections.overview, after: after.sections.overview });
    expect(changes.map((c) => [c.where, c.group, c.row, c.column].join(" "))).not.toContainEqual(expect.stringMatching(/[a-z]/));
  });

  it("tells a blank cell from a zero, and reports added rows cell by cell and an added table whole", () => {
    const after = structuredClone(base);
    generalOf(after).rows[1]!.values.project = "0.00";
    generalOf(after).rows.push({ code: "2010302", name: "一般行政管理事务", values: { total: "1.00", basic: null } });
    after.tables.push({ kind: "three_public", title: "“三公”经费支出表", rows: [] });
    expect(diffDocuments(base, after).map((c) => [c.where, c.change, c.before, c.after])).toEqual([
      ["一般公共预算财政拨款支出表 · 2010301 行政运行 · 项目支出", "changed", null, "0.00"],
      ["一般公共预算财政拨款支出表 · 2010302 一般行政管理事务 · 总计", "added", null, "1.00"],
      ["“三公”经费支出表", "added", null, "共 0 行"],
    ]);
  });

  it("names the prior-year column by the year it holds", () => {
    const after = structuredClone(base);
    generalOf(after).rows[0]!.values.prior = "8000000.00";
    expect(diffDocuments(base, after).map((c) => c.where)).toEqual(["一般公共预算财政拨款支出表 · 合计 · 2024年预算数"]);
  });

  it("compares a table kept as printed cell by cell under its own title and column headings", () => {
    const printed: OtherTable = { kind: "other", title: "项目支出明细表", unit: "万元", columns: ["项目", "金额"], rows: [{ cells: ["大厅运行经费", "197.00"] }] };
    const before = { ...base, tables: [...base.tables, printed] };
    const after = { ...base, tables: [...base.tables, { ...printed, rows: [{ cells: ["大厅运行经费", "198.00"] }] }] };
    expect(diffDocuments(before, structuredClone(before))).toEqual([]);
    expect(diffDocuments(before, after).map((c) => [c.where, c.before, c.after])).toEqual([["项目支出明细表 · 大厅运行经费 · 金额", "197.00", "198.00"]]);
    expect(diffDocuments(before, base).map((c) => [c.where, c.change])).toEqual([["项目支出明细表", "removed"]]);
  });

  it("matches projects by code: a changed amount, a removed and an added project", () => {
    const after = structuredClone(base);
    after.projects = [
      { ...base.projects[0]!, amount: "2000000.00" },
      { code: null, name: "档案数字化", amount: "300000.00", category: null, functionCode: null },
    ];
    const before = { ...base, projects: [...base.projects, { code: "P02", name: "网络租赁", amount: null, category: null, functionCode: null }] };
    expect(diffDocuments(before, after).map((c) => [c.where, c.change, c.before, c.after])).toEqual([
      ["项目支出 · P01 大厅运行经费 · 金额", "changed", "1970000.00", "2000000.00"],
      ["项目支出 · P02 网络租赁 · 项目名称", "removed", "网络租赁", null],
      ["项目支出 · 档案数字化 · 项目名称", "added", null, "档案数字化"],
      ["项目支出 · 档案数字化 · 金额", "added", null, "300000.00"],
    ]);
  });

  it("reports indicators added, removed and changed within the overall target and each project's target", () => {
    const after = structuredClone(base);
    after.performance.overall!.indicators = [indicator("办件量", "12000"), indicator("好评率", "95")];
    after.performance.projects[0]!.indicators = [];
    after.performance.projects[0]!.goal = "保障大厅运行。延长服务时间。";
    expect(diffDocuments(base, after).map((c) => [c.where, c.change])).toEqual([
      ["部门（单位）整体支出绩效目标 · 产出指标 · 数量指标 · 办件量 · 指标值", "changed"],
      ...["计量单位", "指标性质", "指标值", "权重", "是否核心指标"].map((f) => [`部门（单位）整体支出绩效目标 · 产出指标 · 数量指标 · 好评率 · ${f}`, "added"]),
      ["项目绩效目标 · P01 大厅运行经费 · 项目绩效目标", "changed"],
      ...["计量单位", "指标性质", "指标值", "权重", "是否核心指标"].map((f) => [`项目绩效目标 · P01 大厅运行经费 · 产出指标 · 数量指标 · 窗口数 · ${f}`, "removed"]),
    ]);
  });

  it("reads the contact and the unit as the document names them", () => {
    const after = { ...structuredClone(base), sourceUnit: "元" as const, contact: { name: "张三", phone: "023-68862345" } };
    expect(diffDocuments(base, after).map((c) => [c.where, c.before, c.after])).toEqual([
      ["基本信息 · 原文金额单位", "万元", "元"],
      ["基本信息 · 预算公开联系人", null, "张三"],
      ["基本信息 · 联系方式", null, "023-68862345"],
    ]);
  });
});

describe("comparing a narrative sentence by sentence", () => {
  it("cuts at 。！？； and line breaks, keeping every character", () => {
    const text = "收入预算817.9万元。比上年增加！\n其中：基本支出302.9万元；项目支出515万元？说明“完毕。”";
    expect(splitSentences(text)).toEqual(["收入预算817.9万元。", "比上年增加！", "\n", "其中：基本支出302.9万元；", "项目支出515万元？", "说明“完毕。”"]);
    expect(splitSentences(text).join("")).toBe(text);
  });

  it("marks the one changed sentence as removed and added, the others as kept", () => {
    expect(diffSentences("收入预算817.9万元。支出预算817.9万元。", "收入预算818万元。支出预算817.9万元。")).toEqual([
      { text: "收入预算817.9万元。", change: "removed" },
      { text: "收入预算818万元。", change: "added" },
      { text: "支出预算817.9万元。", change: "same" },
    ]);
  });
});

describe("the 绩效自评 of two versions of a 决算", () => {
  it("are compared by project, naming the field that changed", () => {
    const evaluation = { projectCode: null, projectName: "政务服务大厅运行", budget: "35000.00", actual: "34000.00", score: "92", grade: "优" as const, gaps: null };
    const before = { ...finalDoc(), performance: { overall: null, projects: [], selfEvaluations: [evaluation] } };
    const after = { ...before, performance: { ...before.performance, selfEvaluations: [{ ...evaluation, score: "85", grade: "良" as const }] } };
    expect(diffDocuments(before, after).map((c) => [c.where, c.before, c.after])).toEqual([
      ["项目支出绩效自评 · 政务服务大厅运行 · 自评得分", "92", "85"],
      ["项目支出绩效自评 · 政务服务大厅运行 · 自评等级", "优", "良"],
    ]);
  });
});
