import { expect, type Locator, type Page } from "@playwright/test";
import { SearchPage } from "./search-page";

/** The tables and charts of a published disclosure, as the public reads them. */
export class DisclosureTables {
  constructor(private readonly page: Page) {}

  /** Opens a department's published disclosure the way a reader finds it: by searching its name. */
  async open(department: string) {
    await new SearchPage(this.page).search(department);
    await this.page.getByTestId("search-results").getByRole("link", { name: new RegExp(department) }).first().click();
    await expect(this.page.getByRole("heading", { level: 1, name: department })).toBeVisible();
  }

  /** A table's section, by the title it is printed under. */
  table(title: string): Locator {
    return this.page.getByRole("region", { name: title, exact: true });
  }

  /** The box a table scrolls sideways in. */
  scrollBox(title: string): Locator {
    return this.table(title).getByRole("region");
  }

  rowHeader(title: string, name: string): Locator {
    return this.table(title).getByRole("rowheader", { name, exact: true });
  }

  charts(): Locator {
    return this.page.locator("figure");
  }
}

/** A computed style of an element, as a number where it is one (px, weight). */
export const styleOf = (locator: Locator, property: string) =>
  locator.evaluate((e, p) => getComputedStyle(e).getPropertyValue(p), property);

export const box = async (locator: Locator) => (await locator.boundingBox())!;
