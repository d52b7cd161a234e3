import { describe, expect, it } from "vitest";
import type { SelfEvaluation } from "./schema";
import { gradeOf, selfEvaluationProblems } from "./self-evaluations";

const row = (over: Partial<SelfEvaluation> = {}): SelfEvaluation => ({
  projectCode: "50010922T000000086182",
  projectName: "大厅运行经费",
  budget: "1970000.00",
  actual: "1832100.00",
  score: "92.5",
  grade: "优",
  gaps: "部分设备采购延至次年，已调整采购计划。",
  ...over,
});
const final = (...selfEvaluations: unknown[]) => ({ kind: "final" as const, performance: { overall: null, projects: [], selfEvaluations: selfEvaluations as SelfEvaluation[] } });

describe("the grade a 绩效自评 score earns", () => {
  it("follows the four bands of the 项目支出绩效评价管理办法, each lower bound included", () => {
    expect(["100", "90", "89.99", "80", "79.5", "60", "59.99", "0"].map(gradeOf)).toEqual(["优", "优", "良", "良", "中", "中", "差", "差"]);
  });
});

describe("checking the 绩效自评 a contact entered", () => {
  it("accepts complete rows, and a row with a grade but no score", () => {
    expect(selfEvaluationProblems(final(row(), row({ projectCode: null, projectName: "政务大厅改造", score: null, grade: "良" })))).toEqual([]);
  });

  it("names the row, its project and the field of a score out of range or not a number", () => {
    expect(selfEvaluationProblems(final(row(), row({ projectCode: null, projectName: "政务大厅改造", score: "105", grade: null })))).toEqual([
      { field: "performance.selfEvaluations.1.score", message: "绩效自评第 2 行（政务大厅改造）“自评得分”：不能超过 100 分" },
    ]);
    expect(selfEvaluationProblems(final(row({ score: "九十", grade: null })))).toEqual([
      { field: "performance.selfEvaluations.0.score", message: "绩效自评第 1 行（大厅运行经费）“自评得分”：应为 0 至 100 之间的数，至多两位小数" },
    ]);
  });

  it("refuses a grade that does not fit the score, saying which grade the score earns", () => {
    expect(selfEvaluationProblems(final(row({ score: "75", grade: "优" })))).toEqual([
      {
        field: "performance.selfEvaluations.0.grade",
        message: "绩效自评第 1 行（大厅运行经费）“自评等级”为“优”，但 75 分应评为“中”（90 分及以上为优，80–90 分为良，60–80 分为中，60 分以下为差）",
      },
    ]);
  });

  it("asks for a project, a score or grade, and a grade among 优良中差", () => {
    const problems = selfEvaluationProblems(final(row({ projectCode: null, projectName: " ", score: null, grade: null }), row({ projectCode: "X1", grade: "A" as never })));
    expect(problems.map((p) => p.message)).toEqual([
      "绩效自评第 1 行“项目名称”：请填写或选择项目",
      "绩效自评第 1 行“自评得分”：请填写自评得分或自评等级",
      "绩效自评第 2 行（大厅运行经费）“自评等级”：应为优、良、中或差",
    ]);
  });

  it("refuses a second row for the same project", () => {
    expect(selfEvaluationProblems(final(row(), row({ score: "80", grade: "良" })))).toEqual([
      { field: "performance.selfEvaluations.1.projectName", message: "绩效自评第 2 行（大厅运行经费）与第 1 行是同一项目，每个项目只填一行自评" },
    ]);
  });

  it("refuses an amount that is not 元 with two decimals, and a 绩效自评 on a budget", () => {
    expect(selfEvaluationProblems(final(row({ actual: "183.21万" })))[0]!.message).toMatch(/^绩效自评第 1 行（大厅运行经费）“全年执行数”：/);
    expect(selfEvaluationProblems({ kind: "budget", performance: { overall: null, projects: [], selfEvaluations: [row()] } })).toEqual([
      { field: "performance.selfEvaluations", message: "绩效自评只随部门决算公开，部门预算不填报" },
    ]);
  });
});
