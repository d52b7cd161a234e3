import { expect, type Page } from "@playwright/test";

/** 导入文件: upload a file, read the preview, give the 更正原因 and the department, save the draft. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/admin/import");
    await expect(this.page.getByRole("heading", { name: "导入已有的公开文件" })).toBeVisible();
  }

  /** Uploads a file; the preview, or the refusal, follows. */
  async upload(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByLabel(/选择文件/).setInputFiles(file);
  }

  preview() {
    return this.page.getByRole("region", { name: "解析结果" });
  }

  /** A table of the preview, by its official name. */
  table(name: string) {
    return this.preview().getByRole("region", { name, exact: true });
  }

  /** The findings beside a table (or 项目和绩效目标). */
  findingsOf(part: string) {
    return this.preview().getByRole("region", { name: `${part}：检查结果` });
  }

  /** Every finding the preview shows: the summary's and those beside the tables. */
  findings() {
    return this.page.getByTestId("import-result");
  }

  /** The box that counts 错误、警告、未能读取. */
  summary() {
    return this.page.getByRole("region", { name: "检查结果", exact: true });
  }

  /** What the preview says when the year is already published. */
  correctionNotice() {
    return this.page.getByTestId("correction-notice");
  }

  saveStep() {
    return this.page.getByRole("region", { name: "保存为草稿" });
  }

  reason() {
    return this.page.getByLabel(/^更正原因/);
  }

  saveButton() {
    return this.page.getByRole("button", { name: /^保存为草稿/ });
  }

  refusal() {
    return this.page.getByRole("alert").filter({ hasNotText: /^$/ });
  }

  /** Saves the draft (with the correction's reason when given) and answers the new disclosure's id. */
  async save(reason?: string): Promise<string> {
    if (reason) await this.reason().fill(reason);
    await this.saveButton().click();
    await expect(this.page).toHaveURL(/\/admin\/disclosures\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    return new URL(this.page.url()).pathname.split("/").pop()!;
  }
}
