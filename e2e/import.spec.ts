import fs from "node:fs";
import { expect, test } from "./fixtures";
import { EditorPage } from "./pages/editor-page";
import { ImportPage } from "./pages/import-page";
import { expectNoSeriousViolations } from "./support/axe";
import { signedIn } from "./support/signed-in";

const PDF = "lib/documents/fixtures/corpus/chongqing-rendered/beibei-zwfwzx-2025.pdf";

test("an editor imports the department's PDF: sees its figures and what was not read, saves the draft with the file; 原文 is public only once published", async ({ page, browser, loginPage }) => {
  test.slow();
  await loginPage.signInAs("beibeiEditor");
  const importer = new ImportPage(page);
  await importer.goto();
  await importer.upload(PDF);
  await expect(importer.preview()).toContainText("重庆市北碚区政务服务中心（部门编码 134）", { timeout: 90_000 });
  await expect(importer.preview()).toContainText("beibei-zwfwzx-2025.pdf（PDF，");
  // page 3 of the PDF: 一般公共预算财政拨款支出预算表, 合计, 2024年预算数 991.07 and 2025年 总计 817.90 (万元)
  const functions = importer.table("一般公共预算财政拨款支出表");
  await expect(functions.getByRole("columnheader", { name: "2024年预算数" })).toBeVisible();
  await expect(functions.getByText("单位：万元")).toBeVisible();
  const total = functions.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "合计", exact: true }) });
  await expect(total.getByRole("cell", { name: "991.07", exact: true })).toBeVisible();
  await expect(total.getByRole("cell", { name: "817.90", exact: true })).toBeVisible();
  // its findings stand beside it, and the summary counts them all
  await expect(importer.findingsOf("一般公共预算财政拨款支出表")).toBeVisible();
  await expect(importer.summary()).toContainText(/错误 \d+ 条、警告 \d+ 条、未能读取 \d+ 处/);
  // the narrative waits, collapsed
  await expect(importer.preview().locator("details").first()).not.toHaveAttribute("open", "");
  // the sample year is published: this import is a correction
  await expect(importer.correctionNotice()).toContainText(/该部门 2025 年预算已公开（第 \d+ 版）/);
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

  // the file has no 部门收入总表 (rule R1): each step carries a 说明
  await editor.submit({ override: "原文未单独公开部门收入总表，照原文导入" });
  const reviewer = await signedIn(browser, "beibeiReviewer");
  await reviewer.goto(id);
  await reviewer.act("审核通过", "审核通过", { override: "原文未单独公开部门收入总表，照原文导入" });
  const admin = await signedIn(browser, "admin");
  await admin.goto(id);
  await admin.act("公开发布", "已公开", { override: "原文未单独公开部门收入总表，照原文导入" });

  await visitor.goto(`/disclosures/${id}`);
  const link = visitor.getByRole("region", { name: "数据下载" }).getByTestId("source-download");
  await expect(link).toContainText(/原文下载（PDF，\d+ 页）/);
  const [file] = await Promise.all([visitor.waitForEvent("download"), link.click()]);
  expect(file.suggestedFilename()).toBe("beibei-zwfwzx-2025.pdf");
});

test("the Nan'an contact importing a Beibei document is refused at the preview, told whose it is, and sent none of its figures", async ({ page, loginPage }) => {
  await loginPage.signInAs("nananEditor");
  const importer = new ImportPage(page);
  await importer.goto();
  const [answer] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === "/api/v1/admin/import", { timeout: 60_000 }),
    importer.upload("db/sample/disclosures/beibei-zwfwzx-2025.txt"),
  ]);
  expect(answer.status()).toBe(403);
  expect(await answer.json()).not.toHaveProperty("document");
  await expect(importer.refusal()).toContainText("beibei-zwfwzx-2025.txt");
  await expect(importer.refusal()).toContainText("重庆市北碚区政务服务中心（部门编码 134）");
  await expect(importer.refusal()).toContainText("只能导入本人负责部门的文件");
  await expect(importer.preview()).toHaveCount(0);
});

test("importing a year already published asks for 更正原因 at the top, and nothing is saved without it", async ({ page, loginPage }) => {
  await loginPage.signInAs("nananEditor");
  const importer = new ImportPage(page);
  await importer.goto();
  await importer.upload("db/sample/disclosures/nanan-zwb-2024.txt");
  await expect(importer.correctionNotice()).toContainText(/该部门 2024 年预算已公开（第 \d+ 版），导入将作为更正版本，须填写更正原因，原因将向公众公开/, { timeout: 60_000 });
  const reason = importer.reason();
  await expect(importer.saveStep().getByText("（必填，向公众公开）")).toBeVisible();
  await expect(reason).toHaveAttribute("aria-required", "true");
  await expect(reason).toHaveJSProperty("required", true);
  // asked before the figures: above the preview's first table
  const above = async (a: typeof reason, b: typeof reason) => (await a.boundingBox())!.y < (await b.boundingBox())!.y;
  expect(await above(reason, importer.preview())).toBe(true);
  await expect(importer.saveButton()).toBeDisabled();
  await expect(importer.saveStep()).toContainText("请先填写更正原因。");
  await reason.fill("   ");
  await expect(importer.saveButton()).toBeDisabled();
  await reason.fill("按区财政局批复更正项目支出");
  await expect(importer.saveButton()).toBeEnabled();

  // the server checks too: the same file sent without a reason is refused, in Chinese, and stores nothing
  const file = { name: "nanan-zwb-2024.txt", mimeType: "text/plain", buffer: fs.readFileSync("db/sample/disclosures/nanan-zwb-2024.txt") };
  const versions = async () => ((await (await page.request.get("/api/v1/admin/disclosures?department=500108-236&year=2024")).json()) as { total: number }).total;
  const before = await versions();
  const refused = await page.request.post("/api/v1/admin/import/draft", { multipart: { file }, headers: { origin: new URL(page.url()).origin } });
  expect(refused.status()).toBe(400);
  const { problems } = (await refused.json()) as { problems: { message: string }[] };
  expect(problems.map((p) => p.message).join()).toContain("须填写更正原因");
  expect(await versions()).toBe(before);
});

test("a table of 500 rows shows its first 50 until 展开全部", async ({ page, loginPage, request }) => {
  await loginPage.signInAs("admin");
  const { items } = await (await request.get("/api/v1/disclosures?department=500108-236")).json();
  const published = await (await request.get(items[0].url.replace("/disclosures/", "/api/v1/disclosures/") + "/export.json")).json();
  const long = { kind: "other", title: "部门项目明细表", unit: "万元", columns: ["项目名称", "金额"], rows: Array.from({ length: 500 }, (_, i) => ({ cells: [`项目${i + 1}`, "1.00"] })) };
  const importer = new ImportPage(page);
  await importer.goto();
  await importer.upload({ name: "长表.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...published, year: 2087, tables: [...published.tables, long] })) });
  const table = importer.table("部门项目明细表");
  await expect(table.getByRole("row")).toHaveCount(51, { timeout: 60_000 });
  await expect(importer.preview()).toContainText("共 500 行，只显示了前 50 行。");
  await importer.preview().getByRole("button", { name: "展开全部：部门项目明细表" }).click();
  await expect(table.getByRole("row")).toHaveCount(501);
  await expect(table.getByRole("cell", { name: "项目500", exact: true })).toBeVisible();
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
