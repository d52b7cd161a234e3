import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ComparePage } from "./pages/compare-page";
import { expectNoSeriousViolations } from "./support/axe";
import { expectFitsScreen } from "./support/fits-screen";

const BEIBEI_2024 = "北碚区 · 重庆市北碚区人民政府办公室 · 2024年部门预算";
const NANAN_2024 = "南岸区 · 重庆市南岸区政务服务管理办公室 · 2024年部门预算";

async function expectNoWiderThanScreen(page: Page) {
  await expectFitsScreen(page);
}

/** Picks 北碚区人民政府办公室 2024 and 南岸区政务服务管理办公室 2024 in the picker, as the public would. */
async function compareBeibeiWithNanan(compare: ComparePage) {
  await compare.open();
  await compare.find("北碚区人民政府办公室");
  await compare.choose(BEIBEI_2024);
  await compare.find("南岸区政务服务管理办公室");
  await expect(compare.chosen()).toHaveCount(1);
  await expect(compare.chosen().first()).toBeChecked();
  await compare.choose(NANAN_2024);
  await compare.compare();
}

test("compare shows the income of 财政拨款收支总表, the change in amount and %, and the 三公 rows by year @phone", async ({ page }, info) => {
  const compare = new ComparePage(page);
  await compareBeibeiWithNanan(compare);
  await expect(page.getByRole("list").filter({ hasText: BEIBEI_2024 }).first()).toContainText(NANAN_2024);

  // 北碚 2,514.61 and 南岸 967.73 万元, as the documents print them: −1,546.88, −61.52 %
  for (const name of ["本年收入", "一般公共预算资金", "收入合计"]) {
    const row = compare.row("财政拨款收支总表（收入）", name);
    await expect(row.getByRole("cell").nth(0), name).toHaveText("2,514.61");
    await expect(row.getByRole("cell").nth(1), name).toHaveText("967.73");
  }
  await expect(compare.row("财政拨款收支总表（收入）", "本年收入").getByRole("cell").nth(2)).toHaveText("-1,546.88-61.52%");
  await expect(compare.row("财政拨款收支总表（支出）", "支出合计").getByRole("cell").first()).toHaveText("2,514.61");

  // 三公: 北碚 prints 2023年 37.00 and 2024年 27.50; 南岸 only 2024年 2.90
  const threePublic = compare.table("“三公”经费支出表");
  await expect(compare.row("“三公”经费支出表", "本年（2024年预算数）").getByRole("cell").nth(1)).toHaveText("2.90");
  await expect(compare.row("“三公”经费支出表", "上年（2023年预算数）").getByRole("cell").first()).toHaveText("37.00");
  await expect(threePublic).not.toContainText(/prior|current/);
  await expect(page.locator("main")).not.toContainText(/\b(prior|current|income|expenditure|total|amount|fiscal_summary|three_public)\b/);
  await expect(page.getByTestId("compare-note")).toContainText("金额单位：万元");

  await page.getByRole("link", { name: "元", exact: true }).click();
  await expect(compare.row("财政拨款收支总表（收入）", "本年收入").getByRole("cell").first()).toHaveText("25,146,100.00");
  await expect(page.getByTestId("compare-note")).toContainText("金额单位：元");

  await expectNoSeriousViolations(page);
  if (info.project.name === "phone") {
    await expectNoWiderThanScreen(page);
    // the 科目 column stays put while the figures scroll under it
    const box = compare.table("一般公共预算财政拨款支出表");
    const header = box.getByRole("rowheader").first();
    const before = (await header.boundingBox())!.x;
    await box.evaluate((el) => el.scrollBy(400, 0));
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect((await header.boundingBox())!.x).toBeCloseTo(before, 0);
    await expect(page.getByText("左右滑动查看全部栏目 →").first()).toBeVisible();
  }
});

test("one document keeps the picker, with the department's other years and the district's other departments @phone", async ({ page }, info) => {
  const compare = new ComparePage(page);
  await compare.open();
  await expect(compare.picker).toBeVisible();
  await expect(compare.chosen()).toHaveCount(0);
  await expectNoSeriousViolations(page);
  if (info.project.name === "phone") await expectNoWiderThanScreen(page);

  await compare.find("北碚区人民政府办公室");
  await compare.choose(BEIBEI_2024);
  await compare.picker.getByRole("button", { name: "查找" }).click();
  await expect(compare.chosen()).toHaveCount(1);
  await expect(compare.picker.getByRole("list", { name: "已选文件" })).toContainText(BEIBEI_2024);
  await expect(page.getByText("已选一份文件，请再选一至三份与之对比。")).toBeVisible();
  await expectNoSeriousViolations(page);
  if (info.project.name === "phone") await expectNoWiderThanScreen(page);

  await compare.picker.getByRole("link", { name: "北碚区 2024 年的其他部门" }).click();
  await expect(compare.picker.getByLabel("区县")).toHaveValue("500109");
  await expect(compare.picker.getByLabel("年度")).toHaveValue("2024");
  await expect(compare.chosen()).toHaveCount(1);
});
