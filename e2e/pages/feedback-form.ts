import { expect, type Locator, type Page } from "@playwright/test";

/** The feedback form of /contact and of a disclosure page. */
export class FeedbackFormPage {
  readonly form: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByRole("form", { name: "意见反馈" });
  }

  /** Brings the form on screen (a disclosure page loads it only then). */
  async show() {
    await this.page.locator("#feedback").scrollIntoViewIfNeeded();
    await expect(this.form).toBeVisible();
  }

  async fill({ category, message, table, row }: { category: string; message: string; table?: string; row?: string }) {
    await this.form.getByLabel(category).check();
    if (table) await this.form.getByLabel("涉及的表格（可不选）").selectOption(table);
    if (row) await this.form.getByLabel("涉及的行（可不选）").selectOption(row);
    await this.form.getByLabel("意见内容").fill(message);
  }

  async submit() {
    await this.form.getByRole("button", { name: "提交意见" }).click();
  }

  /** Opens the form of a disclosure page from the keyboard: the focus on its 填写意见 button. */
  async openFromKeyboard() {
    await this.page.getByRole("button", { name: "填写意见" }).focus();
    await expect(this.form).toBeVisible();
  }

  /** Any error a field shows, or the fields marked invalid. */
  errors() {
    return this.form.locator('[id$="-error"], [aria-invalid="true"]');
  }

  /** The tracking code shown once the feedback is accepted. */
  async trackingCode() {
    const code = this.page.getByTestId("tracking-code");
    await expect(code).toBeVisible();
    return (await code.textContent())!.trim();
  }
}
