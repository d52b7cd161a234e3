import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { SearchPage } from "./pages/search-page";
import { expectNoSeriousViolations } from "./support/axe";
import { expectFitsScreen } from "./support/fits-screen";

const SEED_DEPARTMENTS = ["重庆市北碚区人民政府办公室", "重庆市北碚区政务服务中心", "重庆市南岸区政务服务管理办公室", "重庆市潼南区政务服务管理办公室"];

test("三公经费 finds all four seeds, each with its passage and the words marked as printed: “三公”经费 @phone", async ({ page }) => {
  const search = new SearchPage(page);
  await search.search("三公经费");
  await expect(search.results()).toHaveCount(4);
  for (const name of SEED_DEPARTMENTS) {
    const result = search.results().filter({ hasText: name });
    await expect(result).toHaveCount(1);
    await expect(result.getByTestId("snippet").locator("mark").first()).toHaveText("三公”经费");
  }
  await expectNoSeriousViolations(page);
});

test("a 科目 code shows the row it names, with its amount in the document's unit", async ({ page }) => {
  await page.goto("/search?q=30217");
  const row = page.getByTestId("search-results").getByRole("listitem").filter({ hasText: "南岸区政务服务管理办公室" }).getByTestId("snippet-row");
  // seeds/nanan-zwb-2024.txt: 30217 公务接待费 1.00 (万元)
  await expect(row).toHaveText("一般公共预算财政拨款基本支出表：30217 公务接待费，总计 1.00 万元");
  await expect(row.locator("mark")).toHaveText("30217");
});

test("changing the order reorders the results at once, without pressing 检索 @phone", async ({ page }) => {
  const search = new SearchPage(page);
  await page.goto("/search?q=三公经费");
  await page.waitForLoadState("networkidle");
  await expect(search.results().first()).not.toContainText("重庆市北碚区人民政府办公室");
  await search.sortBy().selectOption({ label: "按支出总额" });
  await expect(page).toHaveURL(/sort=amount/);
  // the largest of the four: 北碚区人民政府办公室 2024, 支出 2,514.61 万元
  await expect(search.results().first()).toContainText("重庆市北碚区人民政府办公室");
  await expect(search.sortBy()).toHaveValue("amount");
});

test("the results download as a CSV Excel opens, with Chinese headers and one line a result", async ({ page }) => {
  const search = new SearchPage(page);
  await page.goto("/search?q=三公经费");
  const [download] = await Promise.all([page.waitForEvent("download"), search.csvLink().click()]);
  expect(download.suggestedFilename()).toBe("检索结果-三公经费.csv");
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
  expect(lines[0]).toBe("区县,区县代码,部门,部门编码,年度,类别,支出合计（元）,基本支出（元）,项目支出（元）,“三公”经费（元）,公开日期,链接");
  expect(lines).toHaveLength(1 + 4);
  expect(lines.find((l) => l.includes("重庆市北碚区人民政府办公室"))).toContain(",25146100.00,"); // 2,514.61 万元 in 元
});

test("on a phone the filters are folded above the results and the page is no wider than the screen @phone", async ({ page }, info) => {
  const search = new SearchPage(page);
  await page.goto("/search?q=三公经费&year=2024");
  const district = page.getByRole("region", { name: "区县" });
  if (info.project.name === "phone") {
    await expect(search.filterToggle()).toHaveText("筛选（1 项已选）");
    await expect(district).toBeHidden();
    const box = await search.filterToggle().boundingBox();
    const firstResult = await search.results().first().boundingBox();
    expect(box!.y).toBeLessThan(firstResult!.y);
    expect(firstResult!.y, "the first result is on the first screen").toBeLessThan(844);
    await expectFitsScreen(page);
    await search.filterToggle().click();
    await expect(district).toBeVisible();
    await expectNoSeriousViolations(page);
  } else {
    await expect(search.filterToggle()).toBeHidden();
    await expect(district).toBeVisible();
  }
});
