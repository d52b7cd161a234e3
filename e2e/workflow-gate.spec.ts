import { expect, test } from "./fixtures";
import { EditorPage } from "./pages/editor-page";
import { signedIn } from "./support/signed-in";

test("a draft with errors is submitted, approved and published only with a 说明, which the next role reads beside the findings", async ({ page, browser, loginPage }) => {
  test.slow();
  const editor = new EditorPage(page);
  await loginPage.signInAs("beibeiEditor");
  // an empty draft lacks every table the budget disclosure must publish: rule R1 errors
  const id = await editor.createDraft(2084);
  await editor.goto(id);

  await page.getByRole("button", { name: "提交审核", exact: true }).click();
  const dialog = editor.stepDialog("提交审核");
  await expect(dialog.getByTestId("step-counts")).toHaveText(/^校验结果：错误 [1-9]\d* 条、警告 \d+ 条。查看校验结果$/);
  const confirm = dialog.getByRole("button", { name: "填写说明后提交审核" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel("说明").fill("已知");
  await expect(confirm).toBeDisabled();
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(editor.status()).toHaveText("草稿");

  // the API refuses the same step without a 说明 and moves nothing
  const refused = await page.request.post(`/api/v1/admin/disclosures/${id}/submit`, { headers: { Origin: new URL(page.url()).origin } });
  expect(refused.status()).toBe(422);
  expect(((await refused.json()) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  await page.reload();
  await expect(editor.status()).toHaveText("草稿");

  const note = "本部门今年只公开说明部分，各表由财政局统一公开";
  await editor.submit({ override: note });

  const reviewer = await signedIn(browser, "beibeiReviewer");
  await reviewer.goto(id);
  const history = reviewer.page.getByRole("region", { name: "流转记录" });
  await expect(history.getByTestId("workflow-step")).toContainText(note);
  await expect(history).toContainText("北碚联系人 提交审核");
  await expect(reviewer.page.getByRole("region", { name: "校验结果" }).getByTestId("finding").first()).toBeVisible();
  await reviewer.page.getByRole("button", { name: "审核通过", exact: true }).click();
  await expect(reviewer.stepDialog("审核通过").getByRole("button", { name: "填写说明后审核通过" })).toBeDisabled();
  await reviewer.confirmStep("审核通过", "已与财政局核实各表另行公开");
  await expect(reviewer.status()).toHaveText("审核通过");

  const admin = await signedIn(browser, "admin");
  await admin.goto(id);
  await expect(admin.page.getByTestId("workflow-step")).toHaveCount(2);
  await expect(admin.page.getByRole("region", { name: "流转记录" })).toContainText("已与财政局核实各表另行公开");
  await admin.act("公开发布", "已公开", { override: "依审核意见发布说明部分" });
  // retracting is not gated: the archive keeps only the sample disclosures for the other tests
  await admin.retract(id, "测试结束，撤回测试文件");
});
