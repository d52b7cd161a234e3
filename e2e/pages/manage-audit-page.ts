import { expect, type Page } from "@playwright/test";

/** /admin/audit: the filters and the entries. */
export class ManageAuditPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/admin/audit");
    await expect(this.page.getByRole("heading", { name: "审计日志" })).toBeVisible();
  }

  async filterByAction(action: string) {
    await this.page.getByLabel("操作类型").selectOption(action);
    await this.page.getByRole("button", { name: "筛选" }).click();
    await expect(this.page).toHaveURL(new RegExp(`action=${action.replace(".", "\\.")}`));
  }

  entries() {
    return this.page.getByTestId("audit-entry");
  }
}
