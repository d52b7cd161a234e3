import { expect, type Page } from "@playwright/test";

/** 导入文件: upload a file, read the preview, choose the department, save the draft. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/admin/import");
    await expect(this.page.getByRole("heading", { name: "导入已有的公开文件" })).toBeVisible();
  }

  /** Uploads a file and waits until it is parsed, or refused. */
  async upload(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByLabel(/选择文件/).setInputFiles(file);
  }

  preview() {
    return this.page.getByRole("region", { name: "解析结果" });
  }

  /** The box of what the importer saw but could not read (I1). */
  importFindings() {
    return this.page.getByTestId("import-findings");
  }

  findings() {
    return this.page.getByRole("region", { name: /^一致性检查（\d+）$/ });
  }

  refusal() {
    return this.page.getByRole("alert").filter({ hasNotText: /^$/ });
  }

  /** Saves the draft (with the correction's reason when given) and answers the new disclosure's id. */
  async save(reason?: string): Promise<string> {
    if (reason) await this.page.getByLabel(/^更正原因/).fill(reason);
    await this.page.getByRole("button", { name: /^保存为草稿/ }).click();
    await expect(this.page).toHaveURL(/\/admin\/disclosures\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    return new URL(this.page.url()).pathname.split("/").pop()!;
  }
}
