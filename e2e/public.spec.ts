import { expect, test } from "./fixtures";
import { expectNoSeriousViolations } from "./support/axe";

test("the home page lists the 26 districts and 12 counties of Chongqing @phone", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "部门预算公开" })).toBeVisible();
  // a new installation publishes the four sample disclosures
  await expect(page.getByText(/目前已公开\s*4\s*份文件/)).toBeVisible();
  const districts = page.getByRole("region", { name: /^区/ }).getByRole("listitem");
  const counties = page.getByRole("region", { name: /^县/ }).getByRole("listitem");
  await expect(districts).toHaveCount(26);
  await expect(counties).toHaveCount(12);
  await expect(districts.filter({ hasText: "北碚区" })).toContainText("2 个部门");
  await expect(page.getByRole("searchbox", { name: "检索预算公开文件" })).toBeVisible();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "联系相关部门" })).toHaveAttribute("href", "/contact");
});

test("a district page lists its departments with their disclosure contact", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("region", { name: /^区/ }).getByRole("link", { name: /北碚区/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("北碚区部门预算公开");
  await expect(page.getByRole("row", { name: /重庆市北碚区政务服务中心/ })).toContainText("李青（023-60301012）");
});

test("an address no page answers, and a disclosure that does not exist, get a 404 in Chinese within the site", async ({ page }) => {
  for (const path of ["/no-such-page", "/disclosures/00000000-0000-0000-0000-000000000000"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("没有找到该页面（404）");
    await expect(page.getByRole("searchbox", { name: "检索预算公开文件" })).toBeVisible();
    await expect(page.getByRole("link", { name: "检索公开文件" })).toHaveAttribute("href", "/search");
  }
});

test("the admin area sends the anonymous to the sign-in page", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin/);
});

test("the public list API answers with the shape of DESIGN.md and refuses bad parameters in Chinese", async ({ request }) => {
  const ok = await request.get("/api/v1/disclosures?year=2025&pageSize=5");
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body).toEqual({ total: 2, page: 1, pageSize: 5, items: expect.any(Array) });
  expect(body.items.map((i: { department: { name: string } }) => i.department.name).sort()).toEqual([
    "重庆市北碚区政务服务中心",
    "重庆市潼南区政务服务管理办公室",
  ]);
  const bad = await request.get("/api/v1/disclosures?kind=draft");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues[0]).toEqual({ parameter: "kind", message: "类型须为 budget（预算）或 final（决算）" });
});

for (const path of ["/", "/login", "/search"]) {
  test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousViolations(page);
  });
}
