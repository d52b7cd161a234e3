import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";
import { EditorPage } from "./pages/editor-page";

// The figures are those 北碚区政务服务中心 printed in its 2025 一般公共预算财政拨款支出预算表
// (db/sample/disclosures/beibei-zwfwzx-2025.txt), in 万元; a copy of it is the draft edited here.
const ADMIN = "2010301 行政运行";
const GENERAL = "2010302 一般行政管理事务";
const PENSION = "2080505 机关事业单位基本养老保险缴费支出";
const PENSION_KUAN = "20805 行政事业单位养老支出";
const SOCIAL_LEI = "208 社会保障和就业支出";
// the 上年数 column of the 2037 draft, headed as a 2037 budget prints it
const PRIOR = "2036年预算数";

const selectedText = (cell: Locator) => cell.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0));

test("the editor's grid moves like a spreadsheet and sums only the column being typed", async ({ page, loginPage }) => {
  const editor = new EditorPage(page);
  await loginPage.signInAs("beibeiEditor");
  await editor.goto(await editor.copyOfPublished("500109-134", 2025, 2037));
  const table = editor.table("一般公共预算财政拨款支出表");
  const cell = (row: string, column: string) => table.getByRole("textbox", { name: `${row} ${column}`, exact: true });

  // Enter / Shift+Enter and the arrows move; the cell reached has its text selected
  await cell(ADMIN, "总计").focus();
  await page.keyboard.press("Enter");
  await expect(cell(GENERAL, "总计")).toBeFocused();
  expect(await selectedText(cell(GENERAL, "总计"))).toBe("515.00");
  await page.keyboard.press("Shift+Enter");
  await expect(cell(ADMIN, "总计")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(cell(GENERAL, "总计")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(cell(ADMIN, "总计")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(cell(ADMIN, "基本支出")).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(cell(ADMIN, PRIOR)).toBeFocused();
  expect(await selectedText(cell(ADMIN, PRIOR))).toBe("152.03");
  // inside the text the arrows move the caret, not the focus
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await expect(cell(ADMIN, PRIOR)).toBeFocused();

  // typing a 项 of 本年 updates its 款, 类 and 合计 at once: 24.14 + 11.57, then 748.66 + 35.71 + 11.80 + 22.72
  await cell(PENSION, "总计").click();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("24.14");
  await expect(cell(PENSION, "总计")).toBeFocused();
  await expect(cell(PENSION_KUAN, "总计")).toHaveValue("35.71");
  await expect(cell(SOCIAL_LEI, "总计")).toHaveValue("35.71");
  await expect(cell("合计", "总计")).toHaveValue("818.89");
  // the other columns keep what the document printed, though 36.92 + 18.46 + 2.66 is 58.04 and 23.14 + 11.57 is 34.71
  await expect(cell(PENSION_KUAN, PRIOR)).toHaveValue("58.05");
  await expect(cell(SOCIAL_LEI, PRIOR)).toHaveValue("58.05");
  await expect(cell("合计", PRIOR)).toHaveValue("991.07");
  await expect(cell(PENSION_KUAN, "基本支出")).toHaveValue("34.72");

  await expect(page.getByRole("button", { name: "按下级汇总填入上级行和合计" })).toHaveCount(0);
  await expect(table.getByRole("button", { name: /^删除第 \d+ 行（合计）$/ })).toHaveCount(0);
  await expect(table.getByRole("button", { name: new RegExp(`^删除第 \\d+ 行（${ADMIN}）$`) })).toBeVisible();

  // nothing is rewritten on save either
  await editor.save();
  await expect(editor.saveStatus()).toHaveText("已保存（版本 2）");
  await page.reload();
  await expect(cell("合计", "总计")).toHaveValue("818.89");
  await expect(cell("合计", PRIOR)).toHaveValue("991.07");

  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/grid-1280.png" });
  await page.setViewportSize({ width: 768, height: 1024 });
  await expect(cell("合计", "总计")).toBeEditable();
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/grid-768.png" });

  // a phone shows the tables to read, none of their amounts to type in
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByText("手机屏幕上仅供查看，请在电脑或平板上编辑此表。").first()).toBeVisible();
  await expect(page.getByRole("textbox", { name: "合计 总计", exact: true })).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: `${PENSION} 总计`, exact: true })).toHaveCount(0);
  await expect(page.getByRole("cell", { name: "818.89", exact: true }).first()).toBeVisible();
  await page.screenshot({ path: "/tmp/grid-390.png" });
});
