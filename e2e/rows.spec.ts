import fs from "node:fs";
import { expect, test } from "./fixtures";
import { RowsPage } from "./pages/rows-page";
import { expectNoSeriousViolations } from "./support/axe";
import { expectFitsScreen } from "./support/fits-screen";

// 30217 公务接待费 in the 基本支出 tables of the seeds, in 万元 as printed
const NANAN = "重庆市南岸区政务服务管理办公室";
const BEIBEI = "重庆市北碚区人民政府办公室";
const TONGNAN = "重庆市潼南区政务服务管理办公室";
const RECEPTION: [string, string][] = [
  [NANAN, "1.00"],
  [BEIBEI, "0.50"],
  [TONGNAN, "0.50"],
];

// the root too: an absolutely placed element escapes the body's scroll width but still widens the page

test("the row search for 30217 lists the three seeds that have 公务接待费, with their amounts, on a phone too @phone", async ({ page }) => {
  const rows = new RowsPage(page);
  await rows.open("?q=30217");
  await expect(page.getByRole("heading", { level: 2, name: /“30217”：共\s*3\s*行/ })).toBeVisible();
  expect((await rows.listed()).map(([d, a]) => [d.replace(/（本级）$/, ""), a])).toEqual(RECEPTION);
  await expect(rows.rows().first()).toContainText("南岸区");
  await expect(rows.rows().first()).toContainText("2024 年部门预算");
  await expect(rows.rows().first()).toContainText("30217公务接待费");
  await expect(rows.chart().getByRole("listitem")).toHaveCount(3);
  await expect(rows.chart().getByRole("listitem").first()).toContainText(NANAN);

  await expectFitsScreen(page);
  const smallest = await rows.chart().evaluate((figure) => Math.min(...[...figure.querySelectorAll("*")].filter((e) => e.textContent?.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize))));
  expect(smallest, "no chart text under 12 px").toBeGreaterThanOrEqual(12);
  await expectNoSeriousViolations(page);
});

test("the site header leads to 按科目查询, and the header still fits a phone @phone", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "主导航" });
  await nav.getByRole("link", { name: "按科目查询" }).click();
  await expect(page).toHaveURL(/\/rows$/);
  expect(await nav.locator("ul").evaluate((ul) => ul.scrollWidth <= ul.clientWidth), "the links fit without scrolling").toBe(true);
  // without a 科目 the page says what to type
  await expect(page.getByRole("heading", { name: "输入要查的科目" })).toBeVisible();
  await expect(page.getByRole("link", { name: "30217 公务接待费" })).toBeVisible();
  await expectFitsScreen(page);
  await expectNoSeriousViolations(page);
});

test("a name finds the same rows; they sort by amount, read in 元, and download as CSV", async ({ page }) => {
  const rows = new RowsPage(page);
  await rows.open();
  await rows.lookUp("公务接待费");
  expect((await rows.listed()).map(([d, a]) => [d.replace(/（本级）$/, ""), a])).toEqual(RECEPTION);

  await rows.amountHeading().getByRole("link").click();
  await expect(rows.amountHeading()).toHaveAttribute("aria-sort", "ascending");
  expect((await rows.listed()).at(-1)).toEqual(RECEPTION[0]);

  await page.getByRole("link", { name: "元", exact: true }).click();
  await expect(rows.amountHeading()).toContainText("金额（元）");
  expect((await rows.listed()).at(-1)?.[1]).toBe("10,000.00");

  const [download] = await Promise.all([page.waitForEvent("download"), rows.csvLink().click()]);
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
  expect(lines[0]).toBe("区县,区县代码,部门,部门编码,年度,类别,表格,科目编码,科目名称,总计（元）,人员经费（元）,公用经费（元）");
  expect(lines).toHaveLength(4);
  expect(lines.at(-1)).toContain(`南岸区,500108,${NANAN},`);
  expect(lines.at(-1)).toContain(",30217,公务接待费,10000.00,,10000.00");
  await expectNoSeriousViolations(page);
});

test("the row API refuses more than 100 a page in Chinese, naming the parameter", async ({ request }) => {
  const bad = await request.get("/api/v1/rows?code=30217&pageSize=1000");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).problems).toEqual([{ field: "pageSize", message: "每页条数（pageSize）至多 100 条" }]);
  const ok = await request.get("/api/v1/rows?code=30217");
  expect((await ok.json()).total).toBe(3);
});
