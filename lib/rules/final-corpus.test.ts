import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { Finding } from "@/lib/disclosure/schema";
import { importFile } from "@/lib/documents/import-file";
import { checkDisclosure } from "./index";
import { brief } from "./test-fixtures";

// reading a 25-page PDF takes a few seconds on a busy 2-core machine
vi.setConfig({ testTimeout: 60_000 });

const CORPUS = join(__dirname, "../documents/fixtures/corpus");
const read = (file: string) => importFile(new Uint8Array(readFileSync(join(CORPUS, file))), file);

/** The findings of the 决算 rules on narrative statements: percentages, 决算数大于/小于预算数, a stated 年初预算 (N1), 执行率 (X1 info). */
function statementFindings(findings: Finding[]): string[] {
  const percentOrBudget = (f: Finding) => f.rule === "N1" && (f.message.startsWith("说明称") || /年初预算为|支出决算为/.test(f.message.split("原文")[0]!));
  return brief(findings.filter((f) => percentOrBudget(f) || (f.rule === "X1" && f.severity === "info"))).sort();
}

describe("决算 rules on the corpus", () => {
  it("find the planted errors of ptczj_2024_final_altered.pdf", async () => {
    const doc = await read("ptczj_2024_final_altered.pdf");
    const findings = doc.findings ?? [];
    const all = brief(findings);
    // “收入支出总计 0 万元” against the 收入支出决算总表 总计 2,995.39
    expect(all).toContain("N1 | error | final_income_expenditure_summary | total | amount");
    expect(findings.find((f) => f.table === "final_income_expenditure_summary" && f.rule === "N1")!.message).toContain("2,995.39 万元");
    expect(statementFindings(findings)).toEqual([
      // planted: 行政运行 1,511.89 < 1,560.05, 职业年金 80.38 < 80.81, 行政单位医疗 60.99 < 62.29 yet “大于” / “大于” / “等于”
      "N1 | error | final_general_budget_function | 2010601 | total",
      "N1 | error | final_general_budget_function | 2080506 | total",
      "N1 | error | final_general_budget_function | 2101101 | total",
      // inherited: 一般公共服务支出 2,106.66 / 2,940.05 = 71.65 %, stated 71.73 %
      "N1 | error | final_general_budget_function | 201 | total",
      // the 三公 table is blank (planted): the stated 年初预算 0.95 has no 预算数, and 完成预算的 0% of 因公出国, 公务用车
      // and 公务接待 is a completion rate against a 预算数 of 0
      "N1 | error | final_three_public | budget | outbound",
      "N1 | error | final_three_public | budget | reception",
      "N1 | error | final_three_public | budget | total",
      "N1 | error | final_three_public | budget | vehicleSubtotal",
    ].sort());
    // with the published budget (三公 0.95, all 公务接待费), the blank 预算数 differ from it
    const budget = { ...doc, kind: "budget" as const, tables: [{ kind: "three_public" as const, title: "", rows: [{ name: "current", values: { total: "9500.00", reception: "9500.00" } }] }] };
    const against = brief(checkDisclosure({ ...doc, findings: [] }, { budget }).filter((f) => f.rule === "X1" && f.severity === "error" && f.table === "final_three_public"));
    expect(against).toEqual(["X1 | error | final_three_public | budget | reception", "X1 | error | final_three_public | budget | total"]);
  });

  it("find in ptczj_2024_final.pdf only what the document really has", async () => {
    // checked by hand on its p21–23: shares 2,940.05/2,946.25 = 99.79 %, 6.2/2,946.25 = 0.21 %, 2,336.91/2,940.05 = 79.49 %,
    // 603.14/2,940.05 = 20.51 %, 326.72/2,940.05 = 11.11 %, 60.99/2,940.05 = 2.07 %, 445.69/2,940.05 = 15.16 % — right;
    // 2,106.66/2,940.05 = 71.65 % ≠ 71.73 %. Completion 2,940.05/2,993.92 = 98.20 % right; 三公 0.00/0.95 = 0 % right, but
    // 因公出国 and 公务用车 “完成预算的 0%” are rates against a 预算数 of 0 (blank). Changes 56.95/(2,995.39 + 56.95) = 1.87 %,
    // 63.14/(2,940.05 + 63.14) = 2.10 %, 2.55/(184.65 − 2.55) = 1.40 % — right. The 11 项 say 小于 where 决算 < 年初预算 and
    // 持平 where equal, and their 决算 are the table's. 公务接待费 spent 0.00 of 0.95 (0 %) with a reason given only for 三公 as a whole.
    const findings = (await read("ptczj_2024_final.pdf")).findings ?? [];
    expect(statementFindings(findings)).toEqual([
      "N1 | error | final_expenditure | 201 | total",
      "N1 | error | final_three_public | budget | outbound",
      "N1 | error | final_three_public | budget | vehicleSubtotal",
      "X1 | info | final_three_public | final | reception",
    ]);
  });

  it("find in ghzy_2024_final.pdf only what the document really has", async () => {
    // by hand on its p20–25: shares of 9,746.50 — 754.75 = 7.74 %, 236.63 = 2.43 %, 3,832.36 = 39.32 %, 4,461.67 = 45.78 %,
    // 461.08 = 4.73 % — right; 5,377.64/9,759.38 = 55.10 %, 4,381.74/9,759.38 = 44.90 % right; but 9,746.50/9,759.38 = 99.868 %
    // (stated 99.86 %) and 9,746.50/10,210.34 = 95.457 % (stated 95.45 %) are truncated, not rounded. The 13 项 completion rates
    // (54.53/54.53 … 2,739.56/3,110.14 = 88.08 %) are right; 三公 0.39/2.85 = 13.68 % right; 因公出国 and 公务用车 “完成预算的
    // 0.00%” are against 预算数 0.00. 执行率 of 三公 13.68 % is explained (“决算数小于预算数的主要原因”), 公务接待费 too.
    const findings = (await read("ghzy_2024_final.pdf")).findings ?? [];
    expect(statementFindings(findings)).toEqual([
      "N1 | error | final_general_budget_function | total | total",
      "N1 | error | final_general_budget_function | total | total",
      "N1 | error | final_three_public | budget | outbound",
      "N1 | error | final_three_public | budget | vehicleSubtotal",
    ]);
  });
});
