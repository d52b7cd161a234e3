import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { foreignWords } from "./support/chinese-text";
import { EditorPage } from "./pages/editor-page";
import { signedIn } from "./support/signed-in";

/**
 * Words of Latin letters a person may read on an admin page: format and file names, the product
 * names the import page speaks of, and the HTTP header an integrator types (接口令牌). Anything
 * else is an internal key that leaked.
 */
const ALLOWED = new Set(["PDF", "DOCX", "DOC", "XLSX", "XLS", "JSON", "ZIP", "TXT", "CSV", "UTF", "GB", "MB", "KB", "WORD", "EXCEL", "WPS", "API", "CTRL", "TAB", "ENTER", "SHIFT", "AUTHORIZATION", "BEARER"]);

async function expectChinese(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(foreignWords(await page.locator("body").innerText(), ALLOWED), `${path} shows words that are not Chinese`).toEqual([]);
}

test("every admin page of the editor → reviewer → admin loop reads in Chinese", async ({ page, browser, loginPage }) => {
  test.slow();
  const editor = new EditorPage(page);
  await loginPage.signInAs("beibeiEditor");
  const id = await editor.copyOfPublished("500109-134", 2025, 2083);
  for (const path of ["/admin", `/admin/disclosures/${id}`, "/admin/import", "/admin/import/batch"]) await expectChinese(page, path);
  await editor.goto(id);
  await editor.submit({ override: "测试中文界面，照常提交" });
  await expectChinese(page, `/admin/disclosures/${id}`);

  const reviewer = await signedIn(browser, "beibeiReviewer");
  for (const path of ["/admin", "/admin?status=todo", `/admin/disclosures/${id}`]) await expectChinese(reviewer.page, path);
  await reviewer.goto(id);
  await reviewer.act("审核通过", "审核通过", { override: "测试中文界面，照常通过" });

  const admin = await signedIn(browser, "admin");
  for (const path of ["/admin", `/admin/disclosures/${id}`, "/admin/audit", "/admin/users", "/admin/departments", "/admin/districts", "/admin/tokens", "/admin/inbox"]) {
    await expectChinese(admin.page, path);
  }
  await admin.goto(id);
  await admin.act("公开发布", "已公开", { override: "测试中文界面，照常发布" });
  await expectChinese(admin.page, `/admin/disclosures/${id}`);
  await expectChinese(admin.page, "/admin/audit");
  await admin.retract(id, "测试结束，撤回测试文件");
});
