import { expect, type Page } from "@playwright/test";

/** /admin/tokens: create a token (shown once) and revoke one. */
export class ManageTokensPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/admin/tokens");
    await expect(this.page.getByRole("heading", { name: "接口令牌", level: 1 })).toBeVisible();
  }

  /** Creates a token and returns it as shown. */
  async create(userEmail: string, name: string): Promise<string> {
    await this.page.getByLabel("所属用户邮箱").fill(userEmail);
    await this.page.getByLabel("令牌名称").fill(name);
    await this.page.getByRole("button", { name: "创建令牌" }).click();
    const shown = this.page.getByTestId("new-token");
    await expect(shown).toHaveValue(/^cqbd_/);
    return shown.inputValue();
  }

  row(name: string) {
    return this.page.getByTestId("token-row").filter({ hasText: name });
  }

  async revoke(name: string) {
    this.page.once("dialog", (d) => void d.accept());
    await this.row(name).getByRole("button", { name: /吊销/ }).click();
    await expect(this.row(name)).toContainText("吊销");
    await expect(this.row(name).getByRole("button")).toHaveCount(0);
  }
}
