import { expect, test } from "./fixtures";
import { FinalEditorPage } from "./pages/final-editor-page";
import { expectFitsScreen } from "./support/fits-screen";
import { signedIn } from "./support/signed-in";

// 北碚区政务服务中心 published its 2025 budget (the sample data): 2010301 行政运行 3.50 万元
const YEAR = 2025;

test("a contact enters last year's 决算 by hand — figures with live sums, a 绩效自评 — and it is submitted, approved and published", async ({ page, browser, loginPage }) => {
  test.slow();
  const editor = new FinalEditorPage(page);
  await loginPage.signInAs("beibeiEditor");
  const id = await editor.createFinalByHand(YEAR);
  await expect(page.getByRole("heading", { name: "决算公开表" })).toBeVisible();

  // the blank 决算 has its tables with their template rows, under the headings the documents print
  const summary = page.getByRole("region", { name: "收入支出决算总表", exact: true });
  await expect(summary.getByLabel("第 11 行项目")).toHaveValue("年初结转和结余");
  await expect(summary.getByRole("columnheader", { name: "决算数" })).toBeVisible();
  const general = editor.table("一般公共预算财政拨款支出决算表");
  // 本年支出 over 合计 基本支出 项目支出, as dazu-tyjrswj-2024-final prints it
  for (const heading of ["本年支出", "合计", "基本支出", "项目支出", "年初预算数", "调整预算数"]) {
    await expect(general.getByRole("columnheader", { name: heading, exact: true })).toBeVisible();
  }

  await editor.paste(general.getByLabel("科目编码", { exact: true }), "201\t一般公共服务支出\n20103\t政府办公厅（室）及相关机构事务\n2010301\t行政运行");
  await expect(general.getByLabel("第 4 行科目名称")).toHaveValue("行政运行");

  // typed: the 款, the 类 and the 合计 follow in the column typed in
  await editor.cell("2010301 行政运行 合计").fill("3.4");
  await editor.cell("2010301 行政运行 基本支出").fill("3.4");
  await expect(editor.cell("20103 政府办公厅（室）及相关机构事务 合计")).toHaveValue("3.40");
  await expect(editor.cell("201 一般公共服务支出 合计")).toHaveValue("3.40");
  await expect(general.getByRole("textbox", { name: "合计 合计", exact: true })).toHaveValue("3.40");

  // the 年初预算数 is checked as one types against the budget published for that year
  await editor.cell("2010301 行政运行 年初预算数").fill("3.6");
  const againstBudget = editor.findings().filter({ hasText: "已公开的2025年部门预算" }).filter({ hasText: "行政运行" });
  await expect(againstBudget).toHaveCount(1);
  await expect(againstBudget).toContainText("3.60 万元");
  await expect(againstBudget).toContainText("相差 0.10 万元");
  await editor.cell("2010301 行政运行 年初预算数").fill("3.5");
  await expect(againstBudget).toHaveCount(0);

  // the “三公” table's 预算数 and 决算数 rows
  await editor.cell("预算数 公务接待费").fill("0.5");
  await editor.cell("决算数 公务接待费").fill("0.42");

  // 绩效自评: a project typed in, a score out of range named by row and field, then the grade following the score
  await editor.selfEvaluations().getByRole("button", { name: "添加绩效自评" }).click();
  await editor.selfEvaluationField(1, "项目名称").fill("政务服务大厅运行");
  await editor.selfEvaluationField(1, "自评得分").fill("105");
  await expect(editor.selfEvaluations()).toContainText("绩效自评第 1 行（政务服务大厅运行）“自评得分”：不能超过 100 分");
  await editor.selfEvaluationField(1, "自评得分").fill("92");
  await expect(editor.selfEvaluationField(1, "自评等级")).toHaveValue("优");
  await expect(editor.selfEvaluations()).not.toContainText("不能超过");
  await editor.selfEvaluationField(1, "全年执行数").fill("3.4");
  await editor.selfEvaluationField(1, "偏差原因及改进措施").fill("部分设备采购延至次年，已调整采购计划。");
  await editor.selfEvaluations().screenshot({ path: test.info().outputPath("self-evaluation-1366.png") });

  await editor.save();
  await expect(editor.saveStatus()).toHaveText("已保存（版本 2）");
  await page.reload();
  await expect(general.getByRole("textbox", { name: "合计 合计", exact: true })).toHaveValue("3.40");
  await expect(editor.cell("决算数 公务接待费")).toHaveValue("0.42");
  await expect(editor.selfEvaluationField(1, "项目名称")).toHaveValue("政务服务大厅运行");
  await expect(editor.selfEvaluationField(1, "自评等级")).toHaveValue("优");
  await expect(editor.selfEvaluationField(1, "全年执行数")).toHaveValue("3.40");

  // the tables left blank and the figures left to fill are errors of the gate: submitted with a 说明
  await editor.submit({ override: "其余各表待财政局核对后补齐" });

  const reviewer = await signedIn(browser, "beibeiReviewer");
  await reviewer.goto(id);
  await expect(reviewer.page.getByRole("heading", { name: "项目、绩效目标与绩效自评" })).toBeVisible();
  await expect(reviewer.page.getByRole("table", { name: /项目支出绩效自评/ })).toContainText("政务服务大厅运行");
  await reviewer.act("审核通过", "审核通过", { override: "已与财政局核实，其余各表另行补齐" });

  const admin = await signedIn(browser, "admin");
  await admin.goto(id);
  await admin.act("公开发布", "已公开", { override: "依审核意见发布" });
  // the archive keeps only the sample disclosures for the other tests
  await admin.retract(id, "测试结束，撤回测试文件");
});

test("the 绩效自评 of a 决算 fits a phone's screen, and its tables are shown read-only there @phone", async ({ page, loginPage }) => {
  const editor = new FinalEditorPage(page);
  await loginPage.signInAs("beibeiEditor");
  // a year of each browser project's own
  const id = await editor.createFinalByHand(test.info().project.name === "phone" ? 2030 : 2080);
  await editor.selfEvaluations().getByRole("button", { name: "添加绩效自评" }).click();
  await editor.selfEvaluationField(1, "项目名称").fill("政务服务大厅运行");
  await editor.selfEvaluationField(1, "自评得分").fill("78");
  await expect(editor.selfEvaluationField(1, "自评等级")).toHaveValue("中");
  await expectFitsScreen(page, `the 决算 editor ${id}`);
  await editor.selfEvaluations().screenshot({ path: test.info().outputPath(`self-evaluation-${test.info().project.name}.png`) });
  if (test.info().project.name === "phone") {
    await expect(page.getByText("手机屏幕上仅供查看，请在电脑或平板上编辑此表。").first()).toBeVisible();
  }
});
