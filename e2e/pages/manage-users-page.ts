import { expect, type Page } from "@playwright/test";

/** /admin/users: the list, and the form that creates an account. */
export class ManageUsersPage {
  constructor(private readonly page: Page) {}

  async gotoNew() {
    await this.page.goto("/admin/users/new");
    await expect(this.page.getByRole("heading", { name: "新建用户" })).toBeVisible();
  }

  /** Fills and sends the form for an editor of one department (picked by district and department code). */
  async createEditor({ email, name, district, departmentCode, password }: { email: string; name: string; district: string; departmentCode: string; password: string }) {
    await this.page.getByLabel("邮箱（登录名）").fill(email);
    await this.page.getByLabel("姓名").fill(name);
    await this.page.getByLabel("角色").selectOption("editor");
    await this.page.getByLabel("区县", { exact: true }).selectOption({ label: district });
    const department = this.page.getByLabel("部门", { exact: true });
    await expect(department).toBeEnabled();
    const option = department.locator("option", { hasText: new RegExp(`^${departmentCode} `) });
    await department.selectOption((await option.getAttribute("value"))!);
    await this.page.getByRole("button", { name: "添加部门" }).click();
    await expect(this.page.getByRole("list", { name: "已选部门" })).toContainText(departmentCode);
    await this.page.getByLabel("初始密码").fill(password);
    await this.page.getByRole("button", { name: "创建用户" }).click();
  }

  /** Opens an account's page from the list. */
  async open(email: string) {
    await this.page.goto("/admin/users");
    await this.page.getByRole("link", { name: email }).click();
    await expect(this.page.getByRole("heading", { name: "重置密码" })).toBeVisible();
  }

  async resetPassword(password: string) {
    await this.page.getByLabel("新密码", { exact: true }).fill(password);
    await this.page.getByLabel("再次输入新密码").fill(password);
    await this.page.getByRole("button", { name: "重置密码" }).click();
  }

  async disable() {
    this.page.once("dialog", (d) => void d.accept());
    await this.page.getByRole("button", { name: "停用账号" }).click();
  }

  /** the outcome a form or button announces */
  status(text: string) {
    return this.page.getByRole("status").filter({ hasText: text });
  }
}
