import { expect, test } from "./fixtures";
import { box, DisclosureTables, styleOf } from "./pages/disclosure-tables";
import { expectNoSeriousViolations } from "./support/axe";
import { expectFitsScreen } from "./support/fits-screen";

// seeds/beibei-zwfwzx-2025.txt: its 财政拨款收支总表 and 一般公共预算财政拨款支出预算表
const DEPARTMENT = "重庆市北碚区政务服务中心";
const FISCAL = "财政拨款收支总表";
const GENERAL = "一般公共预算财政拨款支出表";

test("the 财政拨款收支总表 sets 收入 beside 支出 as printed, and the 科目 read by their level", async ({ page }) => {
  const tables = new DisclosureTables(page);
  await tables.open(DEPARTMENT);

  // 一、本年收入 817.90 beside 一、本年支出 817.90, and 收入合计 beside 支出合计 on the last line
  for (const [income, expenditure] of [["本年收入", "本年支出"], ["收入合计", "支出合计"]] as const) {
    const left = await box(tables.rowHeader(FISCAL, income));
    const right = await box(tables.rowHeader(FISCAL, expenditure));
    expect(Math.abs(left.y - right.y), `${income} | ${expenditure}`).toBeLessThan(2);
    expect(left.x).toBeLessThan(right.x);
  }
  await expect(tables.table(FISCAL).getByRole("columnheader", { name: "2025年收入" })).toBeVisible();
  await expect(tables.table(FISCAL).getByRole("columnheader", { name: "2025年支出" })).toBeVisible();
  await expect(tables.table(FISCAL).getByRole("row", { name: /^一般公共预算资金/ })).toContainText("817.90");

  // 201 一般公共服务支出 (类) bold; 20103 (款) indented once, 2010301 行政运行 (项) twice
  const weight = Number(await styleOf(tables.rowHeader(GENERAL, "一般公共服务支出"), "font-weight"));
  expect(weight).toBeGreaterThanOrEqual(600);
  expect(Number(await styleOf(tables.rowHeader(GENERAL, "行政运行"), "font-weight"))).toBeLessThan(600);
  const indent = async (name: string) => parseFloat(await styleOf(tables.rowHeader(GENERAL, name), "padding-left"));
  const [lei, kuan, xiang] = [await indent("一般公共服务支出"), await indent("政府办公厅（室）及相关机构事务"), await indent("行政运行")];
  expect(kuan).toBeGreaterThan(lei);
  expect(xiang).toBeGreaterThan(kuan);
  // the prior year's column as the document heads it
  await expect(tables.table(GENERAL).getByRole("columnheader", { name: "2024年预算数" })).toBeVisible();
  await expect(tables.table(GENERAL).getByRole("columnheader", { name: "2025年预算数" })).toBeVisible();

  // each table keeps its 对本表提意见 link
  await expect(tables.table(FISCAL).getByRole("link", { name: /对本表提意见/ })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("the charts read at 12 px or more and nothing is wider than the screen @phone", async ({ page }) => {
  const tables = new DisclosureTables(page);
  await tables.open(DEPARTMENT);

  await expect(tables.charts().first()).toBeVisible();
  const tooSmall = await tables.charts().evaluateAll((figures) =>
    figures.flatMap((f) => [...f.querySelectorAll("*")])
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ""))
      .filter((e) => parseFloat(getComputedStyle(e).fontSize) < 12)
      .map((e) => `${e.textContent} ${getComputedStyle(e).fontSize}`),
  );
  expect(tooSmall).toEqual([]);
  // 201 一般公共服务支出 748.66 万元, the largest 类
  await expect(tables.charts().first().getByRole("listitem").first()).toContainText("748.66");
  await expectFitsScreen(page);
  await expectNoSeriousViolations(page);
});

test("on a phone 收入 stacks above 支出 and the 科目 columns stay while the amounts scroll @phone", async ({ page, isMobile }) => {
  test.skip(!isMobile, "the layout below 640 px");
  const tables = new DisclosureTables(page);
  await tables.open(DEPARTMENT);

  const income = await box(tables.rowHeader(FISCAL, "收入合计"));
  const expenditure = await box(tables.rowHeader(FISCAL, "本年支出"));
  expect(expenditure.y).toBeGreaterThan(income.y);

  // the general-budget table is wider than the screen: the 科目 stays put while the amounts scroll
  const scroller = tables.scrollBox(GENERAL);
  await expect(scroller).toHaveAttribute("tabindex", "0");
  await expect(tables.table(GENERAL).getByText("左右滑动查看更多列")).toBeVisible();
  const code = tables.table(GENERAL).getByRole("cell", { name: "201", exact: true });
  expect(await styleOf(code, "position")).toBe("sticky");
  const name = tables.rowHeader(GENERAL, "一般公共服务支出");
  const before = await box(name);
  const amount = tables.table(GENERAL).getByRole("row", { name: /^201 / }).getByRole("cell").last();
  const amountBefore = await box(amount);
  await scroller.evaluate((e) => e.scrollBy({ left: 400 }));
  await expect.poll(async () => (await box(amount)).x).toBeLessThan(amountBefore.x - 50);
  // only the table's own 1 px border scrolls away
  expect(Math.abs((await box(name)).x - before.x)).toBeLessThanOrEqual(1.5);
  await expectFitsScreen(page);
});
