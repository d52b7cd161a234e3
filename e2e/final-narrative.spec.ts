import { expect, test } from "./fixtures";
import { ImportPage } from "./pages/import-page";

const FINAL = "lib/documents/fixtures/corpus/ghzy_2024_final.pdf";

test("a 部门决算's narrative previews under the 决算's own parts and headings, each part where the document prints it", async ({ page, loginPage }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  await loginPage.signInAs("admin");
  const importer = new ImportPage(page);
  await importer.goto();
  await importer.upload(FINAL);
  await expect(importer.preview()).toContainText("2024 年部门决算", { timeout: 90_000 });
  const narrative = importer.preview().locator("details").first();
  // pp4–30: 主要职能, 单位构成, 收支, 财政拨款, 三公, 绩效, 机关运行经费, 政府采购, 国有资产, 名词解释
  await expect(narrative.locator("summary")).toHaveText("文字说明（共 10 部分）");
  await narrative.locator("summary").click();
  for (const name of ["第一部分 部门概况", "第二部分 部门决算情况说明", "第三部分 名词解释"]) {
    await expect(narrative.getByRole("heading", { name, exact: true })).toBeVisible();
  }
  // p27 “（一）机关运行经费支出情况 机关运行经费支出 142.80 万元”, under its own heading, not under 其他重要事项
  const operating = narrative.getByRole("region", { name: "四、机关运行经费支出情况" });
  await expect(operating).toContainText("机关运行经费支出 142.80万元");
  await expect(narrative.getByRole("region", { name: "八、其他重要事项的情况说明" })).toHaveCount(0);
  // p26 “十、预算绩效管理情况”: 平均得分99.33分
  await expect(narrative.getByRole("region", { name: "七、预算绩效管理情况" })).toContainText("平均得分99.33分");
  // p6: the units it covers
  await expect(narrative.getByRole("region", { name: "二、机构设置" })).toContainText("上海市普陀区土地发展中心（下属事业单位）");
  await operating.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/final-narrative-390.png" });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
