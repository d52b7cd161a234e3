import { expect, test } from "./fixtures";
import { EditorPage } from "./pages/editor-page";
import { signedIn } from "./support/signed-in";

const REASON = "更正行政运行基本支出和单位构成";
const STRUCTURE_BEFORE = "下设综合科、政务运行科、电子政务科、政务督导科。";
const STRUCTURE_AFTER = "下设综合科、政务运行科、电子政务科、政务督导科、审批服务科。";

test("the reviewer of a correction sees its 更正原因, the changed cell before and after, and the changed sentence; the audit log reads in Chinese", async ({ page, loginPage, browser }) => {
  test.slow();
  const editor = new EditorPage(page);
  await loginPage.signInAs("beibeiEditor");
  // 北碚区政务服务中心's 2025 budget, published in the sample data: 2010301 行政运行 基本支出 3.50 万元
  const { items } = (await (await page.request.get("/api/v1/disclosures?department=500109-134&year=2025")).json()) as { items: { url: string }[] };
  const publishedId = items[0]!.url.split("/").pop()!;
  await editor.goto(publishedId);
  await page.getByLabel("更正原因（必填，向公众公开）").fill(REASON);
  await page.getByRole("button", { name: "发起更正" }).click();
  await expect(page).not.toHaveURL(new RegExp(`/admin/disclosures/${publishedId}$`));
  await expect(editor.status()).toHaveText("草稿");
  const id = new URL(page.url()).pathname.split("/").pop()!;
  // the revision corrected is the one now public (another test may have corrected it before)
  const revision = Number((await page.getByTestId("disclosure-revision").textContent())!.match(/\d+/)![0]);

  await editor.table("一般公共预算财政拨款支出表").getByRole("textbox", { name: "2010301 行政运行 基本支出", exact: true }).fill("4.50");
  const structure = page.getByRole("textbox", { name: "（二）单位构成" });
  await expect(structure).toHaveValue(STRUCTURE_BEFORE);
  await structure.fill(STRUCTURE_AFTER);
  await editor.save();
  await expect(editor.saveStatus()).toContainText("已保存");
  await editor.submit({ override: "样例文件原有的校验问题，本次只更正一处金额和一句说明" });

  const reviewer = await signedIn(browser, "beibeiReviewer");
  await reviewer.goto(id);
  const changes = reviewer.page.getByTestId("revision-changes");
  await expect(changes.getByRole("heading", { name: new RegExp(`^与第 ${revision - 1} 版相比的更改`) })).toBeVisible();
  await expect(changes).toContainText(`更正原因：${REASON}`);
  const cell = changes
    .getByRole("region", { name: "一般公共预算财政拨款支出表", exact: true })
    .getByTestId("revision-change")
    .filter({ hasText: "2010301 行政运行 · 基本支出" });
  await expect(cell).toContainText(`第 ${revision - 1} 版3.50 万元`);
  await expect(cell).toContainText(`第 ${revision} 版4.50 万元`);
  const sentence = changes.getByRole("region", { name: "单位构成", exact: true });
  await expect(sentence.locator("del")).toHaveText(`［删除：${STRUCTURE_BEFORE}］`);
  await expect(sentence.locator("ins")).toHaveText(`［新增：${STRUCTURE_AFTER}］`);
  // the unit toggle reads the changes in 元 too, with thousands separators
  await reviewer.showIn("元");
  await expect(cell).toContainText(`第 ${revision} 版45,000.00 元`);

  const admin = await signedIn(browser, "admin");
  await admin.page.goto("/admin/audit?action=disclosure.submit");
  const entry = admin.page.getByTestId("audit-entry").first();
  await expect(entry.getByRole("link", { name: /2025/ })).toHaveAttribute("href", `/admin/disclosures/${id}`);
  await expect(entry.getByRole("row", { name: /^状态/ })).toContainText("草稿");
  await expect(entry.getByRole("row", { name: /^状态/ })).toContainText("已提交审核");
  await expect(entry).toContainText("版本号");
  const text = await admin.page.getByRole("region", { name: "记录" }).innerText();
  expect(text).not.toContain('"status"');
  expect(text).not.toContain("disclosure.submit");
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
});
