import { expect, test } from "./fixtures";
import { accounts, PASSWORD } from "./support/accounts";

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
  await expect(loginPage.alert()).toHaveText("邮箱或密码不正确。");
  await expect(page).toHaveURL(/\/login/);
});

test("the form checks its fields before sending", async ({ loginPage, page }) => {
  await loginPage.goto();
  await loginPage.submit("not-an-email", "");
  await expect(page.getByText("邮箱格式不正确")).toBeVisible();
  await expect(page.getByText("请输入密码")).toBeVisible();
});

test("five wrong passwords lock the account, and then the right one is refused too", async ({ loginPage }) => {
  await loginPage.goto();
  for (let i = 0; i < 4; i++) {
    await loginPage.submit(accounts.lockoutVictim.email, `Wrong#${i}password`);
    await expect(loginPage.alert()).toHaveText("邮箱或密码不正确。");
  }
  await loginPage.submit(accounts.lockoutVictim.email, "Wrong#5password");
  await expect(loginPage.alert()).toContainText("账号已临时锁定");
  await loginPage.submit(accounts.lockoutVictim.email, PASSWORD);
  await expect(loginPage.alert()).toContainText("账号已临时锁定");
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

test("the sign-in page never redirects off the site", async ({ page, loginPage }) => {
  await page.goto("/login?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await loginPage.submit(accounts.admin.email, PASSWORD);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/admin$/);
});
