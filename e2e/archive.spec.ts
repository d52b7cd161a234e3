import fs from "node:fs";
import { expect, test } from "./fixtures";
import { expectNoSeriousViolations } from "./support/axe";
import type { Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import { SearchPage } from "./pages/search-page";

const SEED_DEPARTMENTS = ["重庆市北碚区人民政府办公室", "重庆市北碚区政务服务中心", "重庆市南岸区政务服务管理办公室", "重庆市潼南区政务服务管理办公室"];

test("searching 接待 finds the four seed departments, narrows by district, and opens one @phone", async ({ page }) => {
  const search = new SearchPage(page);
  await search.search("接待");
  for (const name of SEED_DEPARTMENTS) await expect(search.results().filter({ hasText: name })).toHaveCount(1);
  await search.narrow("区县", /北碚区/);
  await expect(page).toHaveURL(/district=500109/);
  await expect(search.results()).toHaveCount(2);
  await search.results().filter({ hasText: "政务服务中心" }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("重庆市北碚区政务服务中心");
});

test("a disclosure page reads like the document, toggles its unit and links findings to their cells", async ({ page }) => {
  const search = new SearchPage(page);
  await search.search("人民政府办公室");
  await search.results().first().getByRole("link").click();
  const general = page.locator("#t-general_budget_function");
  // 一般公共预算财政拨款支出表 合计 2024 总计: 2,514.61 万元 in the document
  await expect(general.getByRole("row", { name: /合计/ })).toContainText("2,514.61");
  await page.getByRole("link", { name: "元", exact: true }).click();
  await expect(page).toHaveURL(/unit=/);
  await expect(page.locator("#t-general_budget_function").getByRole("row", { name: /合计/ })).toContainText("25,146,100.00");
  // a finding jumps to its cell: 基本支出表 合计 人员经费 (1,438.25 printed, the 类 add up to 1,438.24)
  await page.goto(page.url().replace(/\?.*/, ""));
  // the report opens from its one line, the rounding notes from theirs
  await page.getByText("数据一致性检查：").click();
  await page.getByText(/^显示 \d+ 条尾差$/).click();
  const link = page.locator('a[href="#t-basic_economic-total-personnel"]').first();
  await link.click();
  await expect(page.locator("#t-basic_economic-total-personnel")).toHaveText("1,438.25");
});

test("each download holds the disclosure", async ({ page, request }) => {
  const search = new SearchPage(page);
  await search.search("政务服务中心");
  await search.results().filter({ hasText: "北碚区政务服务中心" }).getByRole("link").click();
  for (const [label, check] of [
    ["XLSX", (b: Buffer) => expect(b.subarray(0, 2).toString()).toBe("PK")],
    ["CSV", (b: Buffer) => expect(b.toString("utf8")).toMatch(/^\uFEFF区县代码,区县,.*\n500109,北碚区,134,重庆市北碚区政务服务中心,2025/s)],
    ["JSON", (b: Buffer) => expect(JSON.parse(b.toString("utf8"))).toMatchObject({ format: "budget-disclosure/v1", year: 2025, department: { code: "134" } })],
  ] as const) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: new RegExp(`^${label}`) }).click()]);
    check(fs.readFileSync((await download.path())!));
  }
  expect((await request.get(page.url().replace("/disclosures/", "/api/v1/disclosures/") + "/export.pdf")).status()).toBe(404);
});

test("an unpublished draft is unreachable by URL, search and API", async ({ page, loginPage, request }) => {
  await loginPage.signInAs("beibeiEditor");
  const doc = await (await request.get("/api/v1/disclosures?department=500109-134")).json();
  const published = await (await request.get(doc.items[0].url.replace("/disclosures/", "/api/v1/disclosures/"))).json();
  const created = await page.request.post("/api/v1/admin/disclosures", {
    data: { ...published, year: 2040, sections: { overview: "尚未公开的草稿独有词：琥珀计划" } },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect((await request.get(`/disclosures/${id}`)).status()).toBe(404);
  expect((await request.get(`/api/v1/disclosures/${id}`)).status()).toBe(404);
  expect((await request.get(`/api/v1/disclosures/${id}/export.json`)).status()).toBe(404);
  expect((await (await request.get(`/api/v1/disclosures?q=${encodeURIComponent("琥珀计划")}`)).json()).total).toBe(0);
  expect(await (await request.get("/sitemap.xml")).text()).not.toContain(id);
});

test("axe finds no serious or critical violation on a disclosure page", async ({ page, request }) => {
  const { items } = await (await request.get("/api/v1/disclosures?department=500152-363")).json();
  await page.goto(items[0].url);
  await expectNoSeriousViolations(page);
});

test("a disclosure page lists the department's other years with the change against the year before, until one is retracted", async ({ browser, request }) => {
  const { items } = await (await request.get("/api/v1/disclosures?department=500109-134")).json();
  const published = await (await request.get(items[0].url.replace("/disclosures/", "/api/v1/disclosures/"))).json();
  const as = async (who: "beibeiEditor" | "beibeiReviewer" | "admin") => {
    const page = await browser.newPage();
    await new LoginPage(page).signInAs(who);
    return page;
  };
  const step = async (page: Page, path: string, data: object = {}) => {
    const res = await page.request.post(path, { data, headers: { Origin: new URL(page.url()).origin } });
    expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
    return res.json();
  };
  const editor = await as("beibeiEditor");
  const { id } = await step(editor, "/api/v1/admin/disclosures", { ...published, year: 2038 });
  // the sample lacks 部门收入总表 (rule R1): each step says why it goes on
  const override = { override: "样例文件缺部门收入总表，照原文公开" };
  await step(editor, `/api/v1/admin/disclosures/${id}/submit`, override);
  await step(await as("beibeiReviewer"), `/api/v1/admin/disclosures/${id}/approve`, override);
  const admin = await as("admin");
  await step(admin, `/api/v1/admin/disclosures/${id}/publish`, override);

  const reader = await browser.newPage();
  await reader.goto(`/disclosures/${id}`);
  const years = reader.getByRole("region", { name: "本部门历年公开" });
  await expect(years.getByRole("row")).toHaveCount(3);
  await expect(years.getByRole("link", { name: "2025 年部门预算" })).toHaveAttribute("href", items[0].url);
  const current = years.getByRole("row", { name: /2038 年（本文件）/ });
  // the same figures as 2025: 支出总额 and every other column unchanged
  await expect(current.getByRole("cell").first()).toContainText(/^[\d,]+\.\d{2}\+0\.00（0\.0%）$/);

  await step(admin, `/api/v1/admin/disclosures/${id}/retract`, { reason: "测试用文件，已撤回" });
  await reader.goto(items[0].url);
  await expect(reader.getByText("本部门在本平台尚无其他年度的部门预算公开文件。")).toBeVisible();
});
