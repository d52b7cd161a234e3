import { expect, type Locator } from "@playwright/test";
import { EditorPage } from "./editor-page";

/** The editor of a 部门决算: made by hand on the dashboard, with its 绩效自评. */
export class FinalEditorPage extends EditorPage {
  /** A new blank 部门决算 made with the dashboard's "新建公开文件" form; returns its id. */
  async createFinalByHand(year: number): Promise<string> {
    await this.page.goto("/admin");
    const form = this.page.getByRole("form", { name: "新建公开文件" });
    await form.getByLabel("年度").fill(String(year));
    await form.getByLabel("类型").selectOption({ label: "部门决算" });
    await form.getByLabel("内容").selectOption({ label: "空白" });
    await form.getByRole("button", { name: "新建" }).click();
    await expect(this.page).toHaveURL(/\/admin\/disclosures\/[0-9a-f-]{36}$/);
    await expect(this.status()).toHaveText("草稿");
    return new URL(this.page.url()).pathname.split("/").pop()!;
  }

  selfEvaluations(): Locator {
    return this.page.getByRole("region", { name: "项目支出绩效自评" });
  }

  /** The field of the n-th 绩效自评 (from 1) under its heading: 项目名称, 自评得分, 自评等级 … */
  selfEvaluationField(n: number, heading: string): Locator {
    return this.page.getByLabel(`第 ${n} 个绩效自评${heading}`, { exact: true });
  }
}
