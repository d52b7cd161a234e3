import { describe, expect, it } from "vitest";
import { parseDisclosureText, recognize, textModel } from "./index";
import { classifyTitle } from "./recognize/tables/kinds";

describe("table titles are recognised by keywords", () => {
  it.each([
    ["重庆市北碚区政务服务中心部门收支总表", "income_expenditure_summary"],
    ["2024年重庆市南岸区政务服务管理办公室部门收入总表", "income_summary"],
    ["表八：2024 年重庆市南岸区政务服务管理办公室部门支出总表", "expenditure_summary"],
    ["附件 1重庆市潼南区政务服务管理办公室财政拨款收支总表", "fiscal_summary"],
    ["XX部门一般公共预算财政拨款支出预算表", "general_budget_function"],
    ["XX部门一般公共预算支出表（续）", "general_budget_function"],
    ["一般公共预算财政拨款基本支出预算表（部门预算经济分类）", "basic_economic"],
    ["一般公共预算财政拨款基本支出预算表（政府预算经济分类）", "basic_gov_economic"],
    ["一般公共预算财政拨款项目支出预算表", "project_economic"],
    ["项目支出预算表（政府经济分类）", "project_gov_economic"],
    ["XX部门一般公共预算“三公”经费支出表", "three_public"],
    ["XX部门一般公共预算三公经费支出表", "three_public"],
    ["XX部门一般公共预算支出\"三公\"经费预算表", "three_public"],
    ["XX部门政府性基金预算支出表", "gov_fund"],
    ["XX部门国有资本经营预算支出表", "state_capital"],
    ["XX部门2024年采购预算明细表", "procurement"],
    ["XX部门政府采购预算明细表", "procurement"],
    ["XX部门项目支出明细表", "project_list"],
    ["2025年部门（单位）整体支出绩效目标表", "overall_performance"],
    ["XX部门（单位）整体绩效目标表", "overall_performance"],
    ["2025年项目支出绩效目标表", "project_performance"],
    ["XX项目绩效目标表（一级项目）", "project_performance"],
    ["XX 2025 年预算项目绩效目标表-3", "project_performance"],
    ["XX部门国有资产占用情况表", "unknown"],
  ])("%s → %s", (title, kind) => {
    expect(classifyTitle(title)).toBe(kind);
  });

  it.each(["2025年无使用政府性基金预算拨款安排的支出。", "详见下表", "部门预算公开联系人：李青"])("%s is no title", (text) => {
    expect(classifyTitle(text)).toBeNull();
  });
});

const OVERALL = [
  "XX整体绩效目标表",
  "单位：万元",
  "部门名称\t104-重庆市北碚区XX局\t\t部门支出预算总额（万元）\t10.00",
  "当年整体绩效目标\t把事办好\t\t\t",
];

function documentWith(...blocks: string[][]): string {
  return ["重庆市北碚区XX局", "2025 年部门预算情况说明", "一、单位基本情况", "（一）职能职责", "做事。", ...blocks.flat()].join("\n");
}

describe("layouts beyond the seeds", () => {
  it("reads 基本支出 sub-columns (小计/人员经费/公用经费) and a 决算 document", () => {
    const text = documentWith(OVERALL, [
      "重庆市北碚区XX局部门支出总表",
      "单位：元",
      "科目编码\t科目名称\t合计\t基本支出\t\t\t项目支出",
      "\t\t\t小计\t人员经费\t公用经费\t",
      "合计\t\t100.00\t60.00\t50.00\t10.00\t40.00",
      "201\t一般公共服务支出\t100.00\t60.00\t50.00\t10.00\t40.00",
    ]).replace("部门预算", "部门决算");
    const doc = parseDisclosureText(text, { fileName: "final.txt" });
    expect(doc.kind).toBe("final");
    expect(doc.tables[0]!.rows[1]).toEqual({
      code: "201",
      name: "一般公共服务支出",
      values: { total: "100.00", basic: "60.00", project: "40.00" },
    });
  });

  it("reads markdown pipe tables and a unit given in the title", () => {
    const text = documentWith(OVERALL, [
      "## 重庆市北碚区XX局部门支出总表（单位：万元）",
      "| 科目编码 | 科目名称 | 总计 | 基本支出 | 项目支出 |",
      "| --- | --- | --- | --- | --- |",
      "| 合计 |  | 1.5 | 1.5 |  |",
      "| 201 03 01 | 行政运行 | 1.5 | 1.5 | — |",
    ]);
    const doc = parseDisclosureText(text, { fileName: "md.txt" });
    expect(doc.sourceUnit).toBe("万元");
    expect(doc.tables[0]!.rows).toEqual([
      { code: "total", name: "合计", values: { total: "15000.00", basic: "15000.00", project: null } },
      { code: "2010301", name: "行政运行", values: { total: "15000.00", basic: "15000.00", project: null } },
    ]);
  });

  it("splits an operator printed in front of the value and keeps weights as numbers", () => {
    const text = documentWith(["重庆市北碚区XX局部门支出总表", "单位：元", "科目编码\t科目名称\t总计", "合计\t\t1.00"], [
      ...OVERALL,
      "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t权重（%）\t计量单位",
      "\t产出指标\t数量指标\t办件量\t≥95\t40%\t件",
      "\t满意度指标\t满意度指标\t满意度\t满意\t60\t",
    ]);
    const doc = parseDisclosureText(text, { fileName: "ops.txt" });
    expect(doc.performance.overall).toEqual({
      goal: "把事办好",
      indicators: [
        { level1: "产出指标", level2: "数量指标", level3: "办件量", unit: "件", operator: "≥", value: "95", weight: "40", core: null },
        { level1: "满意度指标", level2: "满意度指标", level3: "满意度", unit: null, operator: "", value: "满意", weight: "60", core: null },
      ],
    });
  });

  it("finds a county by its short name and a department code only when printed", () => {
    const text = documentWith(["重庆市石柱县XX局部门支出总表", "单位：元", "科目编码\t科目名称\t总计", "合计\t\t1.00"])
      .replace("重庆市北碚区XX局", "重庆市石柱县XX局");
    const unnamed = recognize(textModel(text), { fileName: "c.txt" });
    expect(unnamed.doc.department.code).toBe("未注明");
    expect(unnamed.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^文件中找不到部门编码/)]);
    const doc = parseDisclosureText(text, { fileName: "c.txt", departmentCode: "201" });
    expect([doc.district, doc.department.code]).toEqual(["石柱土家族自治县", "201"]);
  });

  it("takes the contact over two lines and leaves it out of the sections", () => {
    const text = documentWith(
      ["专业性名词解释", "（一）基本支出：指…。", "部门预算公开联系人：张三，", "联系方式：023-1234 5678"],
      OVERALL,
      ["重庆市北碚区XX局部门支出总表", "单位：元", "科目编码\t科目名称\t总计", "合计\t\t1.00"],
    );
    const doc = parseDisclosureText(text, { fileName: "c.txt" });
    expect(doc.contact).toEqual({ name: "张三", phone: "023-12345678" });
    expect(doc.sections).toEqual({ functions: "做事。", glossary: "（一）基本支出：指…。" });
  });
});

describe("tables the format does not hold", () => {
  it("are kept as printed, whatever their unit, and reported", () => {
    const text = documentWith(
      ["重庆市北碚区XX局国有资产占用情况表", "单位：辆", "项目\t数量", "公务用车\t2"],
      OVERALL,
      ["重庆市北碚区XX局部门支出总表", "单位：元", "科目编码\t科目名称\t总计", "合计\t\t1.00"],
    );
    const { doc, issues } = recognize(textModel(text), { fileName: "u.txt" });
    expect(doc.tables.map((t) => t.kind)).toEqual(["other", "expenditure_summary"]);
    expect(doc.tables[0]).toEqual({
      kind: "other",
      title: "重庆市北碚区XX局国有资产占用情况表",
      unit: null,
      columns: ["项目", "数量"],
      rows: [{ cells: ["公务用车", "2"] }],
    });
    expect(issues).toEqual([
      { rule: "I1", severity: "info", table: "重庆市北碚区XX局国有资产占用情况表", message: "表“重庆市北碚区XX局国有资产占用情况表”不是标准预算表，已按原样保留" },
    ]);
  });
});
