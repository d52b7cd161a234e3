import { expect, test } from "./fixtures";
import { EditorPage } from "./pages/editor-page";
import { ImportPage } from "./pages/import-page";
import { signedIn } from "./support/signed-in";

// each test (and each browser project running it) has a year of its own, so that none depends on another's draft
const yearOf = (base: number) => (test.info().project.name === "phone" ? base - 50 : base);

const TSV = [
  "201\t一般公共服务支出\t100\t80\t70\t10",
  "20103\t政府办公厅（室）及相关机构事务\t100\t80\t70\t10",
  "2010301\t\t60\t55\t50\t",
  "2010350\t事业运行\t40\t30\t20\t10",
].join("\n");

test("an editor fills a table by pasting from Excel, fixes a finding, saves, reloads and submits", async ({ page, loginPage }) => {
  const editor = new EditorPage(page);
  await loginPage.signInAs("beibeiEditor");
  const year = yearOf(2091);
  const id = await editor.createDraft(year);
  await editor.goto(id);
  await expect(editor.status()).toHaveText("草稿");
  await expect(editor.saveStatus()).toHaveText("");

  await editor.addTable("一般公共预算财政拨款支出表");
  const table = editor.table("一般公共预算财政拨款支出表");
  await editor.paste(table.getByLabel("科目编码", { exact: true }), TSV);
  // the official name is filled in for a known code pasted without one
  await expect(table.getByLabel("第 4 行科目名称")).toHaveValue("行政运行");
  const total = editor.cell("2010301 行政运行 总计");
  await expect(total).toHaveValue("55.00");

  // 55 ≠ 50 + blank: the row arithmetic finding appears, and the 款 no longer sums
  const rowFinding = editor.findings().filter({ hasText: "2010301" }).filter({ hasText: "T2" });
  await expect(rowFinding).toHaveCount(1);
  await expect(table.getByText("≠").first()).toBeVisible();
  await total.fill("50");
  await total.blur();
  await expect(rowFinding).toHaveCount(0);

  // parents and 合计 follow as one types, in the column typed in
  await expect(editor.cell("合计 总计")).toHaveValue("80.00");

  await editor.save();
  await expect(editor.saveStatus()).toHaveText("已保存（版本 2）");
  await page.reload();
  await expect(editor.cell("2010301 行政运行 总计")).toHaveValue("50.00");
  await expect(editor.cell(`合计 ${year - 1}年预算数`)).toHaveValue("100.00");

  // one table of the nine: rule R1's errors need a 说明 to submit
  await editor.submit({ override: "其余各表下一步补齐" });
  await expect(page.getByRole("button", { name: "保存" })).toHaveCount(0);
});

test("a pasted block with a bad cell changes nothing and names the row and column", async ({ page, loginPage }) => {
  const editor = new EditorPage(page);
  await loginPage.signInAs("beibeiEditor");
  const year = yearOf(2092);
  await editor.goto(await editor.createDraft(year));
  await editor.addTable("一般公共预算财政拨款支出表");
  const table = editor.table("一般公共预算财政拨款支出表");
  await editor.paste(table.getByLabel("科目编码", { exact: true }), TSV);
  // the 上年数 column is headed as the document prints it: 2091年预算数 in a 2092 budget
  const prior = editor.cell(`2010301 行政运行 ${year - 1}年预算数`);

  await editor.paste(prior, "61\t51\n41\t3o");
  await expect(table.getByRole("alert")).toHaveText("粘贴未执行：第 5 行（2010350 事业运行）“总计”列：“3o”不是金额");
  await expect(prior).toHaveValue("60.00");

  // the 元/万元 toggle changes what is shown, not what is stored
  await editor.showIn("元");
  await expect(prior).toHaveValue("600,000.00");
});

test("a stale save is refused with the differences, and nothing is overwritten", async ({ page, context, loginPage }) => {
  const editor = new EditorPage(page);
  await loginPage.signInAs("beibeiEditor");
  const id = await editor.createDraft(yearOf(2093));
  await editor.goto(id);
  const other = new EditorPage(await context.newPage());
  await other.goto(id);

  await page.getByLabel("部门预算公开联系人").fill("李青");
  await editor.save();
  await expect(editor.saveStatus()).toHaveText("已保存（版本 2）");

  const otherPage = other.page;
  await otherPage.getByLabel("部门预算公开联系人").fill("王五");
  await other.save();
  const conflict = otherPage.getByRole("alert").filter({ hasText: "文件已被他人修改" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("王五");
  await conflict.getByRole("button", { name: "载入最新版本" }).click();
  await expect(otherPage.getByLabel("部门预算公开联系人")).toHaveValue("李青");
});

test("projects and performance targets with their indicator rows are saved and come back after a reload @phone", async ({ page, loginPage }) => {
  const editor = new EditorPage(page);
  await loginPage.signInAs("beibeiEditor");
  await editor.goto(await editor.createDraft(yearOf(2095)));

  await page.getByRole("button", { name: "添加项目", exact: true }).click();
  await page.getByLabel("第 1 个项目名称").fill("政务服务大厅运行维护");
  await editor.cell("第 1 个项目金额").fill("12.5");
  await page.getByRole("button", { name: "填写部门整体绩效目标" }).click();
  await page.getByLabel("整体绩效目标", { exact: true }).fill("保障政务服务大厅正常运转");
  await page.getByLabel("整体绩效目标第 1 个指标一级指标").selectOption("产出指标");
  await page.getByLabel("整体绩效目标第 1 个指标三级指标").fill("办件量");
  await page.getByRole("button", { name: "添加项目绩效目标" }).click();
  const target = page.getByRole("group", { name: /绩效目标$/ }).last();
  await target.getByLabel("项目（从项目清单中选择）").selectOption({ label: "政务服务大厅运行维护" });
  const owner = "项目“政务服务大厅运行维护”";
  await target.getByLabel(`${owner}第 1 个指标三级指标`).fill("群众满意度");
  await target.getByLabel(`${owner}第 1 个指标指标值`).fill("95");
  await target.getByRole("button", { name: "添加指标" }).click();
  await target.getByLabel(`${owner}第 2 个指标三级指标`).fill("系统可用率");
  await target.getByLabel(`${owner}第 1 个指标删除`).click();

  await editor.save();
  await expect(editor.saveStatus()).toHaveText("已保存（版本 2）");
  await page.reload();
  await expect(page.getByLabel("第 1 个项目名称")).toHaveValue("政务服务大厅运行维护");
  await expect(editor.cell("第 1 个项目金额")).toHaveValue("12.50");
  await expect(page.getByLabel("整体绩效目标第 1 个指标三级指标")).toHaveValue("办件量");
  await expect(page.getByLabel(`${owner}第 1 个指标三级指标`)).toHaveValue("系统可用率");
  await expect(page.getByLabel(`${owner}第 2 个指标三级指标`)).toHaveCount(0);
});

test("an editor creates a disclosure by hand and submits; a reviewer returns it with a cell comment; the editor fixes and resubmits; approved, published, corrected, retracted", async ({ page, browser, loginPage }) => {
  test.slow();
  const year = yearOf(2094);
  const editor = new EditorPage(page);
  await loginPage.signInAs("beibeiEditor");
  // a blank draft starts with every table the disclosure must publish
  const id = await editor.createByHand(year);
  const table = editor.table("一般公共预算财政拨款支出表");
  await editor.paste(table.getByLabel("科目编码", { exact: true }), TSV);
  const rowFinding = editor.findings().filter({ hasText: "2010301" }).filter({ hasText: "T2" });
  await expect(rowFinding).toHaveCount(1);
  await editor.cell("2010301 行政运行 总计").fill("50");
  await expect(rowFinding).toHaveCount(0);
  await editor.save();
  await expect(editor.saveStatus()).toHaveText("已保存（版本 2）");
  await editor.submit({ override: "测试流程：已知的校验问题" });

  const reviewer = await signedIn(browser, "beibeiReviewer");
  // the reviewer's dashboard lists it among what waits for review, and nothing else there
  await reviewer.page.goto("/admin");
  await reviewer.page.getByRole("navigation", { name: "按状态筛选" }).getByRole("link", { name: /^待审核（\d+）$/ }).click();
  await expect(reviewer.page).toHaveURL(/\/admin\?status=todo$/);
  const waiting = reviewer.page.getByTestId("disclosure-list");
  await expect(waiting.locator(`a[href="/admin/disclosures/${id}"]`)).toHaveCount(1);
  for (const status of await waiting.locator("tbody tr td:nth-child(3)").allTextContents()) expect(status).toBe("已提交审核");
  await reviewer.goto(id);
  await expect(reviewer.page.getByRole("button", { name: "公开发布" })).toHaveCount(0);
  await reviewer.comment(reviewer.page.getByRole("button", { name: "批注 2010350 事业运行 项目支出：10.00" }), "项目支出应为 15 万元");
  await expect(reviewer.page.getByTestId("pending-comment")).toContainText("一般公共预算财政拨款支出表 · 2010350 · 项目支出");
  await reviewer.act("退回修改", "已退回修改");

  await editor.goto(id);
  const comment = page.getByTestId("review-comment");
  await expect(comment).toContainText("项目支出应为 15 万元");
  await editor.cell("2010350 事业运行 项目支出").fill("15");
  await editor.cell("2010350 事业运行 总计").fill("35");
  await expect(table.getByRole("textbox", { name: "合计 总计", exact: true })).toHaveValue("85.00");
  await expect(editor.findings().filter({ hasText: "T2" })).toHaveCount(0);
  await editor.save();
  await expect(editor.saveStatus()).toHaveText(/^已保存（版本 \d+）$/);
  await comment.getByLabel("答复").fill("已改为 15 万元");
  await comment.getByRole("button", { name: "提交答复" }).click();
  await expect(comment).toContainText("答复（北碚联系人");
  await editor.submit({ override: "测试流程：已知的校验问题" });

  await reviewer.goto(id);
  await expect(reviewer.page.getByTestId("review-comment")).toContainText("已改为 15 万元");
  await reviewer.act("审核通过", "审核通过", { override: "测试流程：已知的校验问题" });
  const admin = await signedIn(browser, "admin");
  await admin.goto(id);
  await admin.act("公开发布", "已公开", { override: "测试流程：已知的校验问题" });

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/disclosures/${id}`);
  await expect(visitor.getByText(`${year}年部门预算情况说明`)).toBeVisible();
  await expect(visitor.getByRole("cell", { name: "85.00" }).first()).toBeVisible();
  await expect(visitor.getByTestId("revision-history")).toContainText("第 1 版（本页） · 现行版本");

  // a published disclosure is corrected by a new revision with a public reason, reviewed again
  await editor.goto(id);
  await expect(page.getByRole("button", { name: "保存" })).toHaveCount(0);
  await page.getByLabel("更正原因（必填，向公众公开）").fill("补充项目支出说明");
  await page.getByRole("button", { name: "发起更正" }).click();
  await expect(page).not.toHaveURL(new RegExp(`/admin/disclosures/${id}$`));
  await expect(editor.status()).toHaveText("草稿");
  const corrected = new URL(page.url()).pathname.split("/").pop()!;
  await editor.submit({ override: "测试流程：已知的校验问题" });
  await reviewer.goto(corrected);
  await reviewer.act("审核通过", "审核通过", { override: "测试流程：已知的校验问题" });
  await admin.goto(corrected);
  await admin.act("公开发布", "已公开", { override: "测试流程：已知的校验问题" });
  await visitor.goto(`/disclosures/${corrected}`);
  const history = visitor.getByTestId("revision-history");
  await expect(history).toContainText("第 2 版（本页） · 现行版本");
  await expect(history).toContainText("更正原因：补充项目支出说明");
  await expect(history).toContainText("第 1 版 · 已被新版本取代");

  await admin.goto(corrected);
  await admin.page.getByRole("button", { name: "撤回", exact: true }).click();
  await expect(admin.page.getByRole("region", { name: "审核操作" }).getByRole("alert")).toContainText("撤回须填写理由");
  await admin.page.getByLabel("撤回理由（必填，向公众公开）").fill("数据有误，更正后重新公开");
  await admin.act("撤回", "已撤回");
  await visitor.goto(`/disclosures/${corrected}`);
  await expect(visitor.getByText("撤回理由：数据有误，更正后重新公开")).toBeVisible();
});

test("an editor imports the portal's JSON download into a draft after seeing its figures and findings", async ({ page, loginPage, request }) => {
  await loginPage.signInAs("beibeiEditor");
  const { items } = await (await request.get("/api/v1/disclosures?department=500109-134")).json();
  const published = await (await request.get(items[0].url.replace("/disclosures/", "/api/v1/disclosures/") + "/export.json")).json();
  const year = yearOf(2089);
  const importer = new ImportPage(page);
  await importer.goto();
  await importer.upload({ name: "导出.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...published, year })) });
  await expect(importer.preview()).toContainText(`${year} 年部门预算，金额单位：万元`);
  await expect(importer.preview()).toContainText("重庆市北碚区政务服务中心（部门编码 134）");
  await expect(importer.findings()).toContainText(published.findings[0].message);
  await importer.save();
  await expect(page.getByText("草稿").first()).toBeVisible();
});
