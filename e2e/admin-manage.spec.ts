import { expect, test } from "./fixtures";
import { expectNoSeriousViolations } from "./support/axe";
import { LoginPage } from "./pages/login-page";
import { ManageAuditPage } from "./pages/manage-audit-page";
import { ManageDepartmentsPage } from "./pages/manage-departments-page";
import { ManageTokensPage } from "./pages/manage-tokens-page";
import { ManageUsersPage } from "./pages/manage-users-page";
import { accounts } from "./support/accounts";

const MANAGE_PAGES = ["/admin/users", "/admin/users/new", "/admin/departments", "/admin/departments/500109-134", "/admin/districts", "/admin/tokens", "/admin/audit"];

test("an admin creates an editor for a department, who can then sign in to it", async ({ page, loginPage }) => {
  await loginPage.signInAs("admin");
  const users = new ManageUsersPage(page);
  await users.gotoNew();
  await users.createEditor({ email: "new.editor@e2e.invalid", name: "新联系人", district: "北碚区", departmentCode: "134", password: "New#Editor2026" });
  await expect(page).toHaveURL(/\/admin\/users\/\d+\?created=1$/);
  await expect(page.getByRole("status").filter({ hasText: "用户已创建" })).toBeVisible();
  await expect(page.getByRole("list", { name: "已选部门" })).toContainText("500109-134");

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await loginPage.submit("new.editor@e2e.invalid", "New#Editor2026");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("actor-role")).toHaveText("部门联系人");
  await expect(page.getByTestId("scope-departments").getByRole("listitem")).toHaveText([/重庆市北碚区政务服务中心/]);
});

test("resetting a password or disabling an account signs the user out everywhere", async ({ page, loginPage, browser }) => {
  const victim = await browser.newContext();
  const victimPage = await victim.newPage();
  const victimLogin = new LoginPage(victimPage);
  await victimLogin.signInAs("managedEditor");

  await loginPage.signInAs("admin");
  const users = new ManageUsersPage(page);
  await users.open(accounts.managedEditor.email);
  await users.resetPassword("Reset#Pass2026");
  await expect(users.status("密码已重置。该用户已在所有设备上退出登录。")).toBeVisible();
  await victimPage.goto("/admin");
  await expect(victimPage).toHaveURL(/\/login/);

  await victimLogin.submit(accounts.managedEditor.email, "Reset#Pass2026");
  await expect(victimPage).toHaveURL(/\/admin$/);
  await users.disable();
  await expect(users.status("账号已停用。该用户已在所有设备上退出登录。")).toBeVisible();
  await expect(page.getByRole("button", { name: "启用账号" })).toBeVisible();
  await victimPage.goto("/admin");
  await expect(victimPage).toHaveURL(/\/login/);
  await victimLogin.submit(accounts.managedEditor.email, "Reset#Pass2026");
  await expect(victimLogin.alert()).toBeVisible();
  await victim.close();
});

test("an admin creates and edits a department; a code in use in its district is refused @phone", async ({ page, loginPage }, testInfo) => {
  // in a district no other test counts, with codes of each project's own (they share one server)
  const code = testInfo.project.name === "phone" ? 9800 : 9900;
  const district = "500110";
  await loginPage.signInAs("admin");
  const departments = new ManageDepartmentsPage(page);
  await departments.gotoNew();
  await departments.fill({ districtCode: district, code: String(code), name: `綦江区测试局${code}` });
  await departments.submit("创建部门");
  await expect(page).toHaveURL(new RegExp(`/admin/departments/${district}-${code}\\?saved=1$`));
  await expect(page.getByRole("status")).toHaveText("部门已保存。");

  await departments.gotoNew();
  const child = { districtCode: district, code: String(code + 1), name: `綦江区测试中心${code}`, parent: `${code} 綦江区测试局${code}`, contactName: "赵六", contactPhone: "023-68000001" };
  await departments.fill(child);
  await departments.submit("创建部门");
  await expect(page).toHaveURL(new RegExp(`/admin/departments/${district}-${code + 1}\\?saved=1$`));

  await departments.gotoNew();
  await departments.fill({ ...child, name: "重名测试", parent: undefined });
  await departments.submit("创建部门");
  await expect(page.getByText(`綦江区已有编码为 ${code + 1} 的部门（綦江区测试中心${code}），同一区县内部门编码不能重复`)).toBeVisible();
  await expect(page.getByLabel("部门编码")).toHaveAttribute("aria-invalid", "true");

  await page.goto(`/admin/departments/${district}-${code + 1}`);
  await expect(page.getByLabel("上级部门（可不选）")).toHaveValue(String(code));
  await departments.fill({ code: String(code + 2), name: `綦江区测试服务中心${code}` });
  await departments.submit("保存修改");
  await expect(page).toHaveURL(new RegExp(`/admin/departments/${district}-${code + 2}\\?saved=1$`));

  await departments.search(district, `测试服务中心${code}`);
  await expect(page.getByRole("row").filter({ hasText: `${district}-${code + 2}` })).toContainText(`綦江区测试局${code}`);
  await expect(page.getByRole("row")).toHaveCount(2);
});

test("an admin creates a token that works as Bearer until revoked", async ({ page, loginPage, playwright, baseURL }) => {
  await loginPage.signInAs("admin");
  const tokens = new ManageTokensPage(page);
  await tokens.goto();
  const token = await tokens.create(accounts.beibeiEditor.email, "E2E 同步");
  await expect(page.getByText("此令牌只显示这一次")).toBeVisible();

  // a client of its own: no cookie, only the token
  const api = await playwright.request.newContext({ baseURL });
  const list = () => api.get("/api/v1/admin/disclosures", { headers: { Authorization: `Bearer ${token}` } });
  expect((await list()).status()).toBe(200);

  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(tokens.row("E2E 同步")).toContainText(token.slice(0, 11));
  await tokens.revoke("E2E 同步");
  expect((await list()).status()).toBe(401);
  await api.dispose();
});

test("the audit log filters by action @phone", async ({ page, loginPage }) => {
  await loginPage.signInAs("admin");
  const audit = new ManageAuditPage(page);
  await audit.goto();
  await audit.filterByAction("auth.login");
  await expect(audit.entries().first()).toBeVisible();
  const count = await audit.entries().count();
  await expect(page.locator('[data-testid="audit-entry"][data-action="auth.login"]')).toHaveCount(count);
  await expect(audit.entries().first()).toContainText(accounts.admin.email);
});

for (const path of MANAGE_PAGES) {
  test(`axe finds no serious or critical violation on ${path}`, async ({ page, loginPage }) => {
    await loginPage.signInAs("admin");
    await page.goto(path);
    await expectNoSeriousViolations(page);
  });
}

// the pages a department's contact works in
for (const path of ["/admin", "/admin?status=todo", "/admin/inbox", "/admin/import", "/admin/import/batch"]) {
  test(`axe finds no serious or critical violation on ${path} as an editor`, async ({ page, loginPage }) => {
    await loginPage.signInAs("beibeiEditor");
    await page.goto(path);
    await expectNoSeriousViolations(page);
  });
}

for (const [who, role] of [
  ["beibeiEditor", "an editor"],
  ["beibeiReviewer", "a reviewer"],
] as const) {
  test(`${role} is refused every management page, seeing nothing of it`, async ({ page, loginPage }) => {
    await loginPage.signInAs(who);
    await expect(page.getByRole("navigation", { name: "管理导航" }).getByRole("link", { name: "用户" })).toHaveCount(0);
    for (const path of MANAGE_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "页面不存在或无权访问（404）" })).toBeVisible();
      await expect(page.getByRole("table")).toHaveCount(0);
      await expect(page.getByRole("form")).toHaveCount(0);
      await expect(page.getByText(accounts.admin.email)).toHaveCount(0);
    }
  });
}
