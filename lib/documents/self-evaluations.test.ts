import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { disclosureDocumentSchema } from "@/lib/disclosure/schema";
import { recognize, textModel } from "./index";

/** The unseen 决算 with 绩效自评 tables appended; every value below was written here by hand. */
const DAZU = readFileSync(join(__dirname, "fixtures/unseen/dazu-tyjrswj-2024-final.txt"), "utf8");
const read = (tables: string[]) => recognize(textModel(`${DAZU}\n${tables.join("\n")}\n`), { fileName: "dazu.txt" });

const LIST = [
  "表10　2024年度项目支出绩效自评结果汇总表",
  "单位：万元",
  "序号\t项目编码\t项目名称\t年初预算数\t全年执行数\t自评得分\t自评等级\t偏差原因及改进措施",
  "1\t50011124T000000012345\t优抚对象抚恤补助\t180.00\t180.00\t98.5\t优秀\t无",
  "2\t50011124T000000012346\t退役军人服务站建设\t150.00\t120.00\t86\t良好\t部分站点年底完工，尾款次年支付；加快进度",
  "3\t50011124T000000012347\t就业培训\t20.00\t12.00\t72\t一般\t参训人数少于预期",
  "4\t50011124T000000012348\t烈士纪念设施维护\t6.50\t2.00\t58分\t较差\t",
  "",
];

const FORMS = [
  "表11　项目支出绩效自评表",
  "项目名称\t退役军人服务站建设",
  "主管部门\t重庆市大足区退役军人事务局\t实施单位\t重庆市大足区退役军人服务中心",
  "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
  "\t年度资金总额\t150.00\t150.00\t120.00\t10\t80.00%\t8",
  "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
  "产出指标\t数量指标\t建成服务站数量\t≥20个\t20个\t20\t20\t",
  "效益指标\t社会效益指标\t退役军人满意度\t≥90%\t85%\t10\t8\t宣传不足，下年加强走访",
  "总分\t\t\t\t\t100\t86\t",
  "自评等级\t良好",
  "",
  "表11　项目支出绩效自评表",
  "项目名称\t50011124T000000012347-就业培训",
  "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
  "\t年度资金总额\t20.00\t20.00\t12.00\t10\t60.00%\t6",
  "总分\t\t\t\t\t100\t72\t",
  "评价等级：一般\t",
  "",
];

describe("绩效自评 of a 部门决算", () => {
  it("reads a table listing each project's 年初预算数, 全年执行数, 得分, 等级 and 偏差原因", () => {
    const { doc, issues } = read(LIST);
    expect(doc.performance.selfEvaluations).toEqual([
      { projectCode: "50011124T000000012345", projectName: "优抚对象抚恤补助", budget: "1800000.00", actual: "1800000.00", score: "98.5", grade: "优", gaps: "无" },
      {
        projectCode: "50011124T000000012346",
        projectName: "退役军人服务站建设",
        budget: "1500000.00",
        actual: "1200000.00",
        score: "86",
        grade: "良",
        gaps: "部分站点年底完工，尾款次年支付；加快进度",
      },
      { projectCode: "50011124T000000012347", projectName: "就业培训", budget: "200000.00", actual: "120000.00", score: "72", grade: "中", gaps: "参训人数少于预期" },
      { projectCode: "50011124T000000012348", projectName: "烈士纪念设施维护", budget: "65000.00", actual: "20000.00", score: "58", grade: "差", gaps: null },
    ]);
    expect(issues.filter((i) => /绩效自评/.test(i.message))).toEqual([]);
    expect(disclosureDocumentSchema.safeParse(doc).success).toBe(true);
    // not a table of the format, and not mistaken for a 绩效目标
    expect(doc.tables.map((t) => t.title)).not.toContain("2024年度项目支出绩效自评结果汇总表");
    expect(doc.performance.projects).toEqual([]);
  });

  it("reads one form per project, its funds in the unit the form states, the 总分 and the 自评等级", () => {
    const { doc } = read(FORMS);
    expect(doc.performance.selfEvaluations).toEqual([
      { projectCode: null, projectName: "退役军人服务站建设", budget: "1500000.00", actual: "1200000.00", score: "86", grade: "良", gaps: "宣传不足，下年加强走访" },
      { projectCode: "50011124T000000012347", projectName: "就业培训", budget: "200000.00", actual: "120000.00", score: "72", grade: "中", gaps: null },
    ]);
  });

  it("reads a 部门整体支出绩效自评表 as the department's own", () => {
    const overall = [
      "表12　部门整体支出绩效自评表",
      "部门名称\t重庆市大足区退役军人事务局",
      "年度预算资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
      "\t年度资金总额\t836.54\t860.04\t845.04\t10\t98.26%\t9.8",
      "总分\t\t\t\t\t100\t95\t",
      "自评等级\t优",
      "",
    ];
    expect(read(overall).doc.performance.selfEvaluations).toEqual([
      { projectCode: null, projectName: "部门整体支出", budget: "8365400.00", actual: "8450400.00", score: "95", grade: "优", gaps: null },
    ]);
  });

  it("leaves a grade or a score it cannot read blank and says where", () => {
    const odd = LIST.map((l) => l.replace("\t86\t良好\t", "\t186\t待定\t"));
    const { doc, issues } = read(odd);
    expect(doc.performance.selfEvaluations?.[1]).toMatchObject({ projectName: "退役军人服务站建设", score: null, grade: null });
    expect(issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("项目“退役军人服务站建设”的自评得分“186”不是 0–100 的分数"),
        expect.stringContaining("项目“退役军人服务站建设”的自评等级“待定”无法识别"),
      ]),
    );
  });

  it("is absent where a 决算 prints none", () => {
    expect(read([]).doc.performance).not.toHaveProperty("selfEvaluations");
  });
});
