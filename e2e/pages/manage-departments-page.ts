import { expect, type Page } from "@playwright/test";

export interface DepartmentFields {
  /** division code, e.g. 500109 */
  districtCode?: string;
  code: string;
  name: string;
  /** the parent's option, e.g. "134 重庆市北碚区政务服务中心" */
  parent?: string;
  contactName?: string;
  contactPhone?: string;
}

/** /admin/departments: the list, and the form that creates or edits a department. */
export class ManageDepartmentsPage {
  constructor(private readonly page: Page) {}

  async gotoNew() {
    await this.page.goto("/admin/departments/new");
    await expect(this.page.getByRole("heading", { name: "新建部门" })).toBeVisible();
  }

  async fill(d: DepartmentFields) {
    if (d.districtCode) await this.page.getByLabel("区县").selectOption(d.districtCode);
    await this.page.getByLabel("部门编码").fill(d.code);
    await this.page.getByLabel("部门名称").fill(d.name);
    if (d.parent) {
      const parent = this.page.getByLabel("上级部门（可不选）");
      await expect(parent.locator("option", { hasText: d.parent })).toHaveCount(1);
      await parent.selectOption({ label: d.parent });
    }
    if (d.contactName !== undefined) await this.page.getByLabel("联系人", { exact: true }).fill(d.contactName);
    if (d.contactPhone !== undefined) await this.page.getByLabel("联系电话").fill(d.contactPhone);
  }

  submit(label: "创建部门" | "保存修改") {
    return this.page.getByRole("button", { name: label }).click();
  }

  async search(districtCode: string, q: string) {
    await this.page.goto("/admin/departments");
    await this.page.getByLabel("区县").selectOption(districtCode);
    await this.page.getByLabel("检索").fill(q);
    await this.page.getByRole("button", { name: "查询" }).click();
  }
}
