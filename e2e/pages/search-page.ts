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

  /** The toggle of the filters, shown on a phone only. */
  filterToggle() {
    return this.page.getByRole("complementary", { name: "筛选" }).locator("summary");
  }

  async openFilters() {
    if (await this.filterToggle().isVisible()) {
      const details = this.page.getByRole("complementary", { name: "筛选" }).locator("details");
      if ((await details.getAttribute("open")) === null) await this.filterToggle().click();
    }
  }

  async narrow(facet: string, value: RegExp | string) {
    await this.openFilters();
    await this.page.getByRole("region", { name: facet }).getByRole("link", { name: value }).click();
  }

  sortBy() {
    return this.page.getByRole("combobox", { name: "排序" });
  }

  csvLink() {
    return this.page.getByRole("link", { name: "下载检索结果（CSV）" });
  }
}
