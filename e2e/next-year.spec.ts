import { expect, test } from "./fixtures";
import { EditorPage } from "./pages/editor-page";

// 北碚区政务服务中心 (500109-134) has its 2025 budget published in the sample data
const NEXT_YEAR = 2026;

const REQUIRED_TABLES = [
  "部门收支总表",
  "部门收入总表",
  "部门支出总表",
  "财政拨款收支总表",
  "一般公共预算财政拨款支出表",
  "一般公共预算财政拨款基本支出表",
  "政府性基金预算支出表",
  "政府采购预算明细表",
];

test("next year's draft keeps last year's projects, targets and indicators, each to confirm, with 上年数 read-only", async ({ page, loginPage }) => {
  const editor = new EditorPage(page);
  await loginPage.signInAs("beibeiEditor");
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "新建公开文件" });
  await form.getByLabel("年度").fill(String(NEXT_YEAR));
  await form.getByLabel("内容").selectOption({ label: "沿用上年已公开文件" });
  await form.getByRole("button", { name: "新建" }).click();
  await expect(page).toHaveURL(/\/admin\/disclosures\/[0-9a-f-]{36}$/);
  await expect(editor.status()).toHaveText("草稿");

  const summary = page.getByRole("status").filter({ hasText: "沿用上年：" });
  await expect(summary).toContainText(/沿用上年：\d+ 项待确认/);
  const pending = async () => Number(/沿用上年：(\d+) 项待确认/.exec(await summary.innerText())?.[1]);

  // the projects, each asking whether it continues
  await expect(page.getByLabel("第 1 个项目名称")).toHaveValue("大厅运行经费");
  await expect(page.getByLabel("第 2 个项目名称")).toHaveValue("北碚区政务服务中心综合窗口人员专项经费");
  const firstProject = page.getByRole("row").filter({ has: page.getByLabel("第 1 个项目名称") });
  await expect(firstProject.getByText("待确认")).toBeVisible();
  await expect(firstProject.getByText("上年项目，请确认是否继续")).toBeVisible();

  // the overall target with its seven indicators, marked for review
  const overall = page.getByRole("region", { name: "部门整体绩效目标", exact: true });
  await expect(overall.getByText("待确认")).toBeVisible();
  await expect(overall.getByLabel("整体绩效目标第 7 个指标三级指标")).toHaveValue("预决算公开率");
  await expect(overall.getByLabel("整体绩效目标第 8 个指标三级指标")).toHaveCount(0);
  await expect(overall.getByLabel("整体绩效目标第 2 个指标一级指标")).toHaveValue("产出指标");
  await expect(overall.getByLabel("整体绩效目标第 2 个指标二级指标")).toHaveValue("时效指标");

  // both project targets with their indicators, each tied to its project
  for (const name of ["大厅运行经费", "北碚区政务服务中心综合窗口人员专项经费"]) {
    const target = page.getByRole("group", { name: `项目“${name}”绩效目标` });
    await expect(target.getByText("待确认")).toBeVisible();
    await expect(target.getByLabel("项目（从项目清单中选择）")).toHaveValue(/^\d+$/);
    await expect(target.getByLabel(`项目“${name}”第 1 个指标三级指标`)).not.toHaveValue("");
  }

  // last year's 预算数 are this year's 上年数, shown and not typed in
  const general = page.getByRole("region", { name: "一般公共预算财政拨款支出表", exact: true });
  const priorTotal = general.getByRole("textbox", { name: `合计 ${NEXT_YEAR - 1}年预算数`, exact: true });
  await expect(priorTotal).toHaveValue("817.90");
  await expect(priorTotal).not.toBeEditable();
  await expect(general.getByRole("textbox", { name: "合计 总计", exact: true })).toBeEditable();
  await expect(editor.cell("上年预算 合计")).toHaveValue("3.80");
  await expect(editor.cell("上年预算 合计")).not.toBeEditable();
  await expect(editor.cell("本年预算 合计")).toBeEditable();

  // confirming a project and a section takes them off the count
  const before = await pending();
  await firstProject.getByRole("button", { name: /^确认沿用/ }).click();
  await expect(firstProject.getByText("待确认")).toHaveCount(0);
  await expect(summary).toContainText(`沿用上年：${before - 1} 项待确认`);
  const overview = page.getByRole("textbox", { name: "二、部门收支总体情况" });
  await expect(overview).toHaveValue(new RegExp(`${NEXT_YEAR}年年初预算数`));
  await page.getByRole("button", { name: "已更新二、部门收支总体情况" }).click();
  await expect(summary).toContainText(`沿用上年：${before - 2} 项待确认`);
});

test("a blank draft starts with the 9 required tables, each with its 合计 row, the contact and the standard headings", async ({ page, loginPage }) => {
  const editor = new EditorPage(page);
  await loginPage.signInAs("beibeiEditor");
  await editor.createByHand(2081);

  for (const label of REQUIRED_TABLES) {
    await expect(page.getByRole("region", { name: label, exact: true }).getByRole("textbox", { name: /^合计 / }).first()).toBeVisible();
  }
  const threePublic = page.getByRole("region", { name: "“三公”经费支出表", exact: true });
  await expect(threePublic.getByRole("textbox", { name: "上年预算 合计" })).toBeVisible();
  await expect(threePublic.getByRole("textbox", { name: "本年预算 合计" })).toBeVisible();

  await expect(page.getByLabel("部门预算公开联系人")).not.toHaveValue("");
  await expect(page.getByRole("heading", { name: "一、单位基本情况" })).toBeVisible();
  const functions = page.getByLabel("（一）职能职责");
  await expect(functions).toHaveValue("");
  await expect(functions).toHaveAccessibleDescription(/职能/);
});
