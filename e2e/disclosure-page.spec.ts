import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoSeriousViolations } from "./support/axe";
import { expectFitsScreen } from "./support/fits-screen";

/**
 * 重庆市北碚区人民政府办公室 2024 (seed beibei-zfb-2024, 万元): one error (no 部门收入总表) and seven
 * 0.01 万元 rounding notes; its 基本支出表 合计 prints 人员经费 1,438.25 where the 类 add up to 1,438.24.
 */
async function openSeed(page: Page, unit?: "元") {
  await page.goto("/");
  await page.getByRole("link", { name: /北碚区人民政府办公室 2024年部门预算/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("北碚区人民政府办公室");
  if (unit) {
    await page.getByRole("link", { name: unit, exact: true }).click();
    await expect(page).toHaveURL(/unit=/);
    await expect(page.locator('strong[aria-current="true"]')).toHaveText(unit);
  }
}

const report = (page: Page) => page.getByRole("region", { name: "数据一致性检查" });
const roundingToggle = (page: Page) => report(page).getByText("显示 7 条尾差");

async function bodyFitsScreen(page: Page) {
  await expectFitsScreen(page);
}

test("the page opens like the document: title, figures, downloads, contents, then a one-line report that opens @phone", async ({ page }, info) => {
  const phone = info.project.name === "phone";
  await openSeed(page);
  await expect(page.getByText("2024年部门预算情况说明", { exact: true })).toBeVisible();
  // 一般公共预算财政拨款支出表: 合计 2,514.61, 上年 2,890.22
  await expect(page.getByText("比上年减少 375.61 万元（下降 13.00%）")).toBeVisible();

  const downloads = page.getByRole("region", { name: "数据下载" });
  for (const name of [/^原文下载/, /^XLSX/, /^CSV/, /^JSON/]) await expect(downloads.getByRole("link", { name })).toBeVisible();
  const firstTable = page.locator("main table").first();
  const before = await downloads.evaluate((d, t) => !!(d.compareDocumentPosition(t!) & Node.DOCUMENT_POSITION_FOLLOWING), await firstTable.elementHandle());
  expect(before, "the downloads come before the first table").toBe(true);

  // folded to one line: the findings are not shown until it is opened
  await expect(report(page).locator("summary").first()).toHaveText("数据一致性检查：1 错误 · 0 警告 · 7 尾差");
  await expect(report(page).getByText("缺少部门收入总表")).toBeHidden();
  await expectNoSeriousViolations(page);
  await report(page).locator("summary").first().click();
  await expect(report(page).getByText(/缺少部门收入总表/)).toBeVisible();
  await expect(report(page).getByText(/属尾差/).first()).toBeHidden();
  await roundingToggle(page).click();
  await expect(report(page).getByRole("listitem").filter({ hasText: "属尾差" })).toHaveCount(7);
  await expect(report(page).getByRole("listitem").filter({ hasText: "属尾差" }).first()).toBeVisible();
  await expectNoSeriousViolations(page);
  if (phone) await bodyFitsScreen(page);
});

test("the contents reach each table, and stay beside the page on a wide screen", async ({ page }) => {
  await openSeed(page);
  const contents = page.getByRole("navigation", { name: "目录" });
  await contents.getByRole("link", { name: "一般公共预算财政拨款基本支出表", exact: true }).click();
  await expect(page).toHaveURL(/#t-basic_economic$/);
  await expect(page.locator("#t-basic_economic").getByRole("heading").first()).toBeInViewport();
  await expect(contents).toBeInViewport();
  await contents.getByRole("link", { name: "“三公”经费支出表", exact: true }).click();
  await expect(page.locator("#t-three_public").getByRole("heading").first()).toBeInViewport();
});

test("on a phone the contents are a folded list that reaches the tables @phone", async ({ page }, info) => {
  test.skip(info.project.name !== "phone", "the phone's folded list");
  await openSeed(page);
  const contents = page.getByRole("navigation", { name: "目录" });
  const link = contents.getByRole("link", { name: "一般公共预算财政拨款基本支出表", exact: true });
  await expect(link).toBeHidden();
  await contents.getByText("目录", { exact: true }).click();
  await link.click();
  await expect(page.locator("#t-basic_economic").getByRole("heading").first()).toBeInViewport();
  await bodyFitsScreen(page);
});

test("read in 元, the findings give their amounts in 元 @phone", async ({ page }) => {
  await openSeed(page, "元");
  await report(page).locator("summary").first().click();
  await roundingToggle(page).click();
  // 1,438.25 万元 and 1,438.24 万元, 0.01 万元 apart
  const note = report(page).getByRole("listitem").filter({ hasText: "合计行“人员经费”列" });
  await expect(note).toContainText("为 14,382,500.00 元，各类之和为 14,382,400.00 元，相差 100.00 元");
  await expect(report(page)).not.toContainText("万元");
});

test("查看所在位置 puts the focus on the cell, with the finding beside it and the table's header in view @phone", async ({ page }, info) => {
  await openSeed(page, "元");
  await report(page).locator("summary").first().click();
  await roundingToggle(page).click();
  const note = report(page).getByRole("listitem").filter({ hasText: "合计行“人员经费”列" });
  await note.getByRole("link", { name: /查看所在位置/ }).click();

  const cell = page.locator("#t-basic_economic-total-personnel");
  await expect.poll(() => cell.evaluate((c) => c.contains(document.activeElement))).toBe(true);
  const callout = page.getByRole("note", { name: "该处的检查发现" });
  await expect(callout).toBeVisible();
  await expect(callout).toContainText("14,382,500.00 元");
  await expect(callout).toBeInViewport();
  await expect(page.locator("#t-basic_economic thead").first()).toBeInViewport();
  await expect(cell).toBeInViewport();
  await expectNoSeriousViolations(page);
  if (info.project.name === "phone") await bodyFitsScreen(page);

  await page.keyboard.press("Escape");
  await expect(callout).toBeHidden();
  await expect(note.getByRole("link", { name: /查看所在位置/ })).toBeFocused();
});
