import { expect, type Page } from "@playwright/test";

/** /rows, 按科目查询: one 科目 across every department. */
export class RowsPage {
  constructor(private readonly page: Page) {}

  async open(query = "") {
    await this.page.goto(`/rows${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "按科目查询" })).toBeVisible();
  }

  async lookUp(subject: string) {
    await this.page.getByRole("searchbox", { name: "科目编码或名称" }).fill(subject);
    await this.page.getByRole("button", { name: "查询", exact: true }).click();
    await expect(this.page).toHaveURL(/\/rows\?q=/);
  }

  rows() {
    return this.page.getByTestId("row-results").locator("tbody tr");
  }

  /** Each row as 部门 and its 金额, as the table shows them. */
  async listed(): Promise<[string, string][]> {
    return this.rows().evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector("th")!.textContent!.trim(), tr.querySelector("[data-testid=row-amount]")!.textContent!.trim()] as [string, string]),
    );
  }

  amountHeading() {
    return this.page.getByRole("columnheader", { name: /^金额/ });
  }

  chart() {
    return this.page.getByTestId("top-departments");
  }

  csvLink() {
    return this.page.getByRole("link", { name: "下载查询结果（CSV）" });
  }
}
