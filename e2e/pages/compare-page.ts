import { expect, type Locator, type Page } from "@playwright/test";

/** /compare: the picker, and the comparison's tables, each in its own scrolling box. */
export class ComparePage {
  readonly picker: Locator;

  constructor(private readonly page: Page) {
    this.picker = page.getByRole("form", { name: "选择要对比的文件（2 至 4 份）" });
  }

  async open(search = "") {
    await this.page.goto(`/compare${search}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("对比公开文件");
  }

  /** Lists the published disclosures whose department or text holds `q`. */
  async find(q: string) {
    await this.picker.getByLabel("部门名称或关键词").fill(q);
    await this.picker.getByRole("button", { name: "查找" }).click();
    await expect(this.picker.getByLabel("部门名称或关键词")).toHaveValue(q);
  }

  /** Ticks an offered disclosure, named as listed: 区县 · 部门 · 年度类型. */
  async choose(label: string) {
    await this.picker.getByRole("list", { name: "可选文件" }).getByLabel(label).check();
  }

  chosen() {
    return this.picker.getByRole("list", { name: "已选文件" }).getByRole("checkbox");
  }

  async compare() {
    await this.picker.getByRole("button", { name: "对比所选" }).click();
  }

  /** One table (or one side of a 收支总表) of the comparison: “财政拨款收支总表（收入）”. */
  table(name: string) {
    return this.page.getByRole("region", { name: `${name}（可左右滚动）`, exact: true });
  }

  /** A row of a compared table, by the 科目 it starts with. */
  row(table: string, name: string | RegExp) {
    return this.table(table).getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: typeof name === "string" ? new RegExp(`^${name}`) : name }) });
  }
}
