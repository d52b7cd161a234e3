import { expect, type Page } from "@playwright/test";

export class SearchPage {
  constructor(private readonly page: Page) {}

  async search(q: string) {
    await this.page.goto("/");
    await this.page.getByRole("searchbox", { name: "检索预算公开文件" }).fill(q);
    await this.page.getByRole("button", { name: "检索", exact: true }).first().click();
    await expect(this.page).toHaveURL(/\/search\?q=/);
  }

  results() {
    return this.page.getByTestId("search-results").getByRole("listitem");
  }

  async narrow(facet: string, value: RegExp | string) {
    await this.page.getByRole("region", { name: facet }).getByRole("link", { name: value }).click();
  }
}
