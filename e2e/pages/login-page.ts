import { expect, type Page } from "@playwright/test";
import { type AccountName, accounts, PASSWORD } from "../support/accounts";

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto(callbackUrl?: string) {
    await this.page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login");
    await expect(this.page.getByRole("heading", { name: "部门登录" })).toBeVisible();
  }

  async submit(email: string, password: string) {
    await this.page.getByLabel("邮箱").fill(email);
    await this.page.getByLabel("密码").fill(password);
    await this.page.getByRole("button", { name: "登录" }).click();
  }

  async signInAs(name: AccountName) {
    await this.goto();
    await this.submit(accounts[name].email, PASSWORD);
    await expect(this.page).toHaveURL(/\/admin$/);
  }

  /** the form's own message (Next.js keeps an empty route announcer with the same role) */
  alert() {
    return this.page.locator("form").getByRole("alert");
  }
}
