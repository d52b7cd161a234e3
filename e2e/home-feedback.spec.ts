import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoSeriousViolations } from "./support/axe";
import { FeedbackFormPage } from "./pages/feedback-form";
import { expectFitsScreen } from "./support/fits-screen";

// The server sits "behind a proxy" (e2e/support/serve.ts): each test is its own client address.
const asClient = (page: Page, address: string) => page.setExtraHTTPHeaders({ "x-forwarded-for": address });

async function disclosureUrl(request: APIRequestContext, department: string) {
  const { items } = await (await request.get(`/api/v1/disclosures?department=${department}`)).json();
  return items[0].url as string;
}


test("the home page lists the latest publications with whose date they carry, and mutes the districts with none @phone", async ({ page }) => {
  await page.goto("/");
  const latest = page.getByRole("region", { name: "最新公开" }).getByRole("listitem");
  expect(await latest.count()).toBeGreaterThanOrEqual(4);
  expect(await latest.count()).toBeLessThanOrEqual(10);
  // the sample data was loaded by the portal: no department's own date is known, so the portal's is shown as such
  const tongnan = latest.filter({ hasText: "重庆市潼南区政务服务管理办公室 2025年部门预算" });
  await expect(tongnan).toContainText("潼南区");
  await expect(tongnan).toContainText(/本平台发布于 \d{4}-\d{2}-\d{2}/);
  await expect(tongnan.getByRole("link")).toHaveAttribute("href", /^\/disclosures\/[0-9a-f-]{36}$/);

  // 北碚区: 政务服务中心 has published its 2025 budget, 人民政府办公室 only 2024's
  const beibei = page.getByRole("region", { name: /^区/ }).getByRole("listitem").filter({ hasText: "北碚区" });
  await expect(beibei).toContainText("本年已公开 1/2 个部门");
  await expect(page.getByTestId("district-legend")).toContainText("已在本平台公开 2025 年部门预算的部门数");
  await expect(page.getByTestId("district-legend")).toContainText("灰色：该区县尚无部门在本平台公开文件");

  const chengkou = page.getByRole("link", { name: /^城口县/ });
  await expect(chengkou).toHaveAttribute("data-muted", "true");
  await expect(chengkou).toContainText("尚无公开文件");
  await expect(chengkou).toHaveAttribute("href", "/districts/500229");
  // muted: no hover emphasis
  const background = () => chengkou.evaluate((el) => getComputedStyle(el).backgroundColor);
  const before = await background();
  await chengkou.hover();
  expect(await background()).toBe(before);
  expect(await page.locator("[data-muted]").count()).toBeGreaterThanOrEqual(30);

  await expectFitsScreen(page);
  await expectNoSeriousViolations(page);
});

test("a district where nothing is published says what the law expects and whom to ask @phone", async ({ page }) => {
  await page.goto("/districts/500229");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("城口县部门预算公开");
  const empty = page.getByTestId("nothing-published");
  await expect(empty).toContainText("《中华人民共和国预算法》");
  await expect(empty).toContainText("批复后二十日内由各部门向社会公开");
  await expect(empty.getByTestId("operator-contact")).toContainText("平台运维方：");
  await expect(empty.getByTestId("operator-contact").getByRole("link")).toHaveAttribute("href", /^tel:/);
  await expect(empty.getByRole("link", { name: /联系与反馈/ })).toHaveAttribute("href", "/contact?district=500229#contacts");
  await expectFitsScreen(page);
  await expectNoSeriousViolations(page);
});

test("a district's departments read as cards on a phone, names never one character a line @phone", async ({ page }, info) => {
  await page.goto("/districts/500109");
  if (info.project.name !== "phone") {
    await expect(page.getByRole("row", { name: /重庆市北碚区政务服务中心/ })).toContainText("李青（023-60301012）");
    await expect(page.getByTestId("department-name").first()).toBeHidden();
    return;
  }
  await expect(page.getByRole("table")).toBeHidden();
  const names = page.getByTestId("department-name");
  await expect(names).toHaveCount(2);
  for (const name of await names.all()) {
    const { height, line } = await name.evaluate((el) => ({ height: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) }));
    expect(height, await name.textContent() ?? "").toBeLessThan(3 * line);
  }
  const cards = page.getByRole("list", { name: "北碚区各部门" }).getByRole("listitem");
  await expect(cards.filter({ hasText: "重庆市北碚区政务服务中心" })).toContainText("李青（023-60301012）");
  await expectFitsScreen(page);
  await expectNoSeriousViolations(page);
});

test("the feedback form takes the focus when opened from the keyboard, has no empty box, and shows no error before anything is typed @phone", async ({ page, request }) => {
  await page.goto(await disclosureUrl(request, "500109-134"));
  const button = page.getByRole("button", { name: "填写意见" });
  // far down the page the form is not loaded yet: the button stands alone, without a reserved empty box
  expect(await button.evaluate((b) => b.parentElement!.getBoundingClientRect().height)).toBeLessThan(80);
  const form = new FeedbackFormPage(page);
  await form.openFromKeyboard();
  await expect(form.form.getByRole("radio").first()).toBeFocused();
  // through every field without typing: nothing is called wrong
  for (let i = 0; i < 8; i++) await page.keyboard.press("Tab");
  await expect(form.errors()).toHaveCount(0);
  // typed in, then emptied: that field, and only that one, says so
  await form.form.getByLabel("意见内容").fill("有");
  await form.form.getByLabel("意见内容").fill("");
  await expect(form.form.getByText("请填写意见内容")).toBeVisible();
  await expect(form.form.getByText(/^请选择意见类别/)).toHaveCount(0);
});

test("after sending, the tracking link is copied with one button, and the link shows the progress", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await asClient(page, "203.0.113.60");
  await page.goto("/contact");
  const form = new FeedbackFormPage(page);
  await expect(form.errors()).toHaveCount(0);
  await form.fill({ category: "其他", message: "城口县何时公开部门预算？" });
  await page.waitForTimeout(3000); // a person takes longer than 3 s; the form's token refuses less
  await form.submit();
  const code = await form.trackingCode();
  await expect(page.getByTestId("tracking-link")).toHaveText(`${baseURL}/feedback/${code}`);
  await page.getByRole("button", { name: "复制查询链接" }).click();
  await expect(page.getByTestId("copy-outcome")).toHaveText("已复制");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/feedback/${code}`);
  await expectNoSeriousViolations(page);
  await page.getByTestId("tracking-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("留言办理进度");
  await expect(page.getByText(`查询码 ${code}`)).toBeVisible();
});

test("an unknown tracking code gets its own message, a lookup form and 404 @phone", async ({ page }) => {
  for (const path of ["/feedback/FK-AAAA-BBBB-CCCC", "/feedback/no-such-code"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("未找到该查询码");
    await expect(page.getByText("没有找到该页面（404）")).toHaveCount(0);
    await expect(page.getByLabel("查询码")).toBeVisible();
  }
  await page.getByLabel("查询码").fill("FK-AAAA-BBBB-CCCD");
  await page.getByRole("button", { name: "查看办理进度" }).click();
  await expect(page).toHaveURL(/\/feedback\/FK-AAAA-BBBB-CCCD$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("未找到该查询码");
  await expectFitsScreen(page);
  await expectNoSeriousViolations(page);
});

test("the portal has a favicon", async ({ page, request }) => {
  const icon = await request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  await page.goto("/");
  await expect(page.locator('head link[rel="icon"]')).toHaveAttribute("href", /\/icon\.svg/);
});
