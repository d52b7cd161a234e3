import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { accounts, PASSWORD } from "./support/accounts";

const REFUSED = "账号或密码错误，或登录尝试过多，请稍后再试。";
// the e2e server runs behind a "proxy" (TRUST_PROXY): each test can be a client address of its own
const asClient = (page: Page, address: string) => page.setExtraHTTPHeaders({ "x-forwarded-for": address });

test("an editor signs in and sees only their own department @phone", async ({ page, loginPage }) => {
  await loginPage.signInAs("beibeiEditor");
  await expect(page.getByTestId("actor-role")).toHaveText("部门联系人");
  const scope = page.getByTestId("scope-departments").getByRole("listitem");
  await expect(scope).toHaveCount(1);
  await expect(scope).toContainText("重庆市北碚区政务服务中心");
  await expect(page.getByText("重庆市南岸区政务服务管理办公室")).toHaveCount(0);
});

test("a reviewer sees the departments of their district, and no other", async ({ page, loginPage }) => {
  await loginPage.signInAs("beibeiReviewer");
  await expect(page.getByTestId("actor-role")).toHaveText("审核人");
  const scope = page.getByTestId("scope-departments").getByRole("listitem");
  await expect(scope).toHaveCount(2);
  await expect(scope.filter({ hasText: "南岸区" })).toHaveCount(0);
});

test("a wrong password is refused with a message in Chinese", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.submit(accounts.nananEditor.email, "Wrong#Password1");
  await expect(loginPage.alert()).toHaveText(REFUSED);
  await expect(page).toHaveURL(/\/login/);
});

test("the form checks its fields before sending", async ({ loginPage, page }) => {
  await loginPage.goto();
  await loginPage.submit("not-an-email", "");
  await expect(page.getByText("邮箱格式不正确")).toBeVisible();
  await expect(page.getByText("请输入密码")).toBeVisible();
});

test("five wrong passwords pause the account for that address only: its owner signs in from another", async ({ page, loginPage }) => {
  await asClient(page, "203.0.113.50");
  await loginPage.goto();
  for (let i = 0; i < 5; i++) {
    await loginPage.submit(accounts.lockoutVictim.email, `Wrong#${i}password`);
    await expect(loginPage.alert()).toHaveText(REFUSED);
  }
  // the right password is refused from there, with the same words as a wrong one
  await loginPage.submit(accounts.lockoutVictim.email, PASSWORD);
  await expect(loginPage.alert()).toHaveText(REFUSED);
  await expect(page).toHaveURL(/\/login/);

  await asClient(page, "203.0.113.51");
  await loginPage.goto();
  await loginPage.submit(accounts.lockoutVictim.email, PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
});

test("an address that failed 20 sign-ins on any accounts is answered 429, and told so on the form", async ({ page, loginPage }) => {
  const sprayer = "203.0.113.60";
  await asClient(page, sprayer);
  // the page's extra headers do not apply to its request context
  const headers = { "x-forwarded-for": sprayer };
  const { csrfToken } = await (await page.request.get("/api/auth/csrf", { headers })).json();
  for (let i = 0; i < 20; i++) {
    const form = { email: `spray${i}@e2e.invalid`, password: "Wrong#Spray1", csrfToken, json: "true" };
    expect((await page.request.post("/api/auth/callback/credentials", { form, headers })).status()).toBe(401);
  }
  await loginPage.goto();
  const answer = page.waitForResponse("**/api/auth/callback/credentials");
  await loginPage.submit(accounts.admin.email, PASSWORD);
  const refused = await answer;
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(loginPage.alert()).toHaveText(REFUSED);
});

test("failures on one account from many addresses alert the admin on the dashboard", async ({ page, loginPage }) => {
  const target = "target@e2e.invalid";
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  for (let i = 0; i < 10; i++) {
    const form = { email: target, password: `Wrong#Guess${i}`, csrfToken, json: "true" };
    const headers = { "x-forwarded-for": `203.0.113.${70 + (i % 3)}` };
    expect((await page.request.post("/api/auth/callback/credentials", { form, headers })).status()).toBe(401);
  }
  await loginPage.signInAs("admin");
  const alert = page.getByTestId("login-attack-alert");
  await expect(alert).toContainText("登录安全警报");
  await expect(alert).toContainText(target);
  await expect(alert).toContainText("登录失败 10 次，来自 3 个地址");
});

test("signing out ends the session: the old cookie no longer opens the admin area", async ({ page, loginPage, context }) => {
  await loginPage.signInAs("admin");
  const cookies = await context.cookies();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  // replaying the cookie taken before sign-out must not work: the server ended the session
  await context.addCookies(cookies);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
});

for (const callbackUrl of ["https://evil.example/", "/\\evil.example", "/\t/evil.example", "/.//evil.example"]) {
  test(`signing in with callbackUrl ${JSON.stringify(callbackUrl)} stays on the site`, async ({ page, loginPage }) => {
    await loginPage.goto(callbackUrl);
    await loginPage.submit(accounts.admin.email, PASSWORD);
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/admin$/);
    // and so does the page's own redirect of a signed-in user
    await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/admin$/);
  });
}

test("a path of the site is where signing in goes", async ({ page, loginPage }) => {
  await loginPage.goto("/admin/users?x=1");
  await loginPage.submit(accounts.admin.email, PASSWORD);
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/admin\/users\?x=1$/);
});
