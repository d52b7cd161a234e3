import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { EditorPage } from "./pages/editor-page";
import { ImportPage } from "./pages/import-page";
import { LoginPage } from "./pages/login-page";
import { expectNoSeriousViolations } from "./support/axe";
import type { AccountName } from "./support/accounts";

const PDF = "lib/documents/fixtures/corpus/chongqing-rendered/beibei-zwfwzx-2025.pdf";

async function signedIn(browser: Browser, account: AccountName) {
  const page = await (await browser.newContext()).newPage();
  await new LoginPage(page).signInAs(account);
  return new EditorPage(page);
}

test("an editor imports the department's PDF: sees its figures and what was not read, saves the draft with the file; 原文 is public only once published", async ({ page, browser, loginPage }) => {
  test.slow();
  await loginPage.signInAs("beibeiEditor");
  const importer = new ImportPage(page);
  await importer.goto();
  await importer.upload(PDF);
  await expect(importer.preview()).toContainText("重庆市北碚区政务服务中心（部门编码 134）", { timeout: 90_000 });
  await expect(importer.preview()).toContainText("beibei-zwfwzx-2025.pdf（PDF，");
  // 部门支出总表 合计, in the document's unit (万元)
  await expect(importer.preview().getByRole("cell", { name: "817.90" }).first()).toBeVisible();
  // the box is there whether or not the importer left anything unread in this file
  await expect(importer.importFindings()).toContainText(/导入时未能读取的内容（\d+）/);
  await expect(importer.findings()).toBeVisible();
  const id = await importer.save("按部门原文件重新导入");

  const editor = new EditorPage(page);
  await expect(editor.status()).toHaveText("草稿");
  await expect(page.getByTestId("import-findings")).toBeVisible();
  const download = page.getByTestId("source-download");
  await expect(download).toContainText(/原文下载（PDF，\d+ 页）/);
  const own = await page.request.get(`/api/v1/disclosures/${id}/source`);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("application/pdf");

  // not public while a draft
  const visitor = await (await browser.newContext()).newPage();
  expect((await visitor.request.get(`/api/v1/disclosures/${id}/source`)).status()).toBe(404);

  await editor.submit();
  const reviewer = await signedIn(browser, "beibeiReviewer");
  await reviewer.goto(id);
  await reviewer.act("审核通过", "审核通过");
  const admin = await signedIn(browser, "admin");
  await admin.goto(id);
  await admin.act("公开发布", "已公开");

  await visitor.goto(`/disclosures/${id}`);
  const link = visitor.getByRole("region", { name: "数据下载" }).getByTestId("source-download");
  await expect(link).toContainText(/原文下载（PDF，\d+ 页）/);
  const [file] = await Promise.all([visitor.waitForEvent("download"), link.click()]);
  expect(file.suggestedFilename()).toBe("beibei-zwfwzx-2025.pdf");
});

test("another department's document is refused at the preview, with a message saying whose it is", async ({ page, loginPage }) => {
  await loginPage.signInAs("beibeiEditor");
  const importer = new ImportPage(page);
  await importer.goto();
  await importer.upload("db/sample/disclosures/nanan-zwb-2024.txt");
  await expect(importer.refusal()).toContainText("南岸区", { timeout: 60_000 });
  await expect(importer.refusal()).toContainText("不是您负责的部门");
  await expect(importer.preview()).toHaveCount(0);
});

test("an admin imports a batch: the progress bar runs to the end and each file has its result", async ({ page, loginPage, request }) => {
  test.slow();
  await loginPage.signInAs("admin");
  const { items } = await (await request.get("/api/v1/disclosures?department=500108-236")).json();
  const published = await (await request.get(items[0].url.replace("/disclosures/", "/api/v1/disclosures/") + "/export.json")).json();
  await page.goto("/admin/import/batch");
  await page.getByLabel(/选择文件或 ZIP 压缩包/).setInputFiles([
    { name: "南岸.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...published, year: 2088 })) },
    { name: "说明.txt", mimeType: "text/plain", buffer: Buffer.from("这不是预算公开文件。\n") },
  ]);
  await page.getByRole("button", { name: "开始导入" }).click();
  await expect(page).toHaveURL(/\/admin\/import\/batch\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("job-status")).toHaveText("已完成", { timeout: 90_000 });
  await expect(page.getByRole("progressbar", { name: "已处理的文件" })).toHaveAttribute("value", "2");
  const report = page.getByTestId("job-report");
  await expect(report.getByRole("row", { name: /南岸\.json/ })).toContainText("已导入");
  await expect(report.getByRole("row", { name: /南岸\.json/ }).getByRole("link", { name: "查看" })).toBeVisible();
  await expect(report.getByRole("row", { name: /说明\.txt/ })).toContainText("未导入");
  await expectNoSeriousViolations(page);
  // the page survives a reload: its state is in the database
  await page.reload();
  await expect(page.getByTestId("job-status")).toHaveText("已完成");
});
