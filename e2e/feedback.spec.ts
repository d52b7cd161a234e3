import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoSeriousViolations } from "./support/axe";
import { FeedbackFormPage } from "./pages/feedback-form";
import { LoginPage } from "./pages/login-page";

// The server sits "behind a proxy" (e2e/support/serve.ts): each test is its own client address.
const asClient = (page: Page, address: string) => page.setExtraHTTPHeaders({ "x-forwarded-for": address });
const MARKUP = `三公经费合计与明细不符 <script>alert("xss")</script><img src=x onerror=alert(1)>`;

async function disclosureUrl(request: APIRequestContext, department: string) {
  const { items } = await (await request.get(`/api/v1/disclosures?department=${department}`)).json();
  return items[0].url as string;
}

/** No script the text holds may run: no dialog, no element made of it. */
function refuseDialogs(page: Page) {
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
}
async function expectShownAsText(page: Page) {
  await expect(page.getByText(MARKUP).first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
}

test("the form checks its fields in the browser and says what is missing, in Chinese @phone", async ({ page, request }) => {
  await asClient(page, "203.0.113.1");
  await page.goto(await disclosureUrl(request, "500109-134"));
  const form = new FeedbackFormPage(page);
  await form.show();
  await form.submit();
  await expect(form.form.getByText("请选择意见类别（数据有误、表述不清、内容缺失或其他）")).toBeVisible();
  await expect(form.form.getByText("请填写意见内容")).toBeVisible();
  await expect(form.form.getByLabel("意见内容")).toHaveAttribute("aria-invalid", "true");
  await form.fill({ category: "其他", message: "字".repeat(2001) });
  await expect(form.form.getByText("已输入 2001 / 2000 字")).toBeVisible();
  await form.submit();
  await expect(form.form.getByText("意见内容至多 2000 个字（现为 2001 个字）")).toBeVisible();
  await expect(page.getByTestId("tracking-code")).toHaveCount(0);
});

test("the API refuses bad input with field errors and takes 5 posts from one address in 10 minutes, not a 6th", async ({ request }) => {
  const post = (data: object) => request.post("/api/v1/feedback", { data, headers: { "x-forwarded-for": "203.0.113.2" } });
  const bad = await post({ category: "wrong", message: "" });
  expect(bad.status()).toBe(400);
  const { problems } = await bad.json();
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ field: "category", message: expect.stringContaining("请选择意见类别") }),
      expect.objectContaining({ field: "message", message: "请填写意见内容" }),
    ]),
  );
  for (let i = 1; i <= 5; i++) expect((await post({ category: "unclear", message: `第 ${i} 条` })).status()).toBe(201);
  const sixth = await post({ category: "unclear", message: "第 6 条" });
  expect(sixth.status()).toBe(429);
  expect(Number(sixth.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await sixth.json()).error).toMatch(/^提交过于频繁：同一网络地址 10 分钟内至多提交 5 条意见/);
  // another address is not held back
  expect((await request.post("/api/v1/feedback", { data: { category: "unclear", message: "另一地址" }, headers: { "x-forwarded-for": "203.0.113.3" } })).status()).toBe(201);
});

test("feedback on a row is answered in public by its department; markup stays text everywhere; another department never sees it", async ({ browser, request }) => {
  const url = await disclosureUrl(request, "500109-134");
  const visitor = await browser.newPage();
  refuseDialogs(visitor);
  await asClient(visitor, "203.0.113.4");
  await visitor.goto(url);
  // the table is picked on the page, beside the table itself
  await visitor.getByRole("link", { name: /^对本表提意见\s*：“三公”经费支出表$/ }).click();
  await expect(visitor).toHaveURL(/[?&]table=three_public#feedback$/);
  const form = new FeedbackFormPage(visitor);
  await form.show();
  await expect(form.form.getByLabel("涉及的表格（可不选）")).toHaveValue("three_public");
  await form.fill({ category: "数据有误", message: MARKUP, row: "本年" });
  await visitor.waitForTimeout(3000); // a person takes longer than 3 s; the form's token refuses less
  await form.submit();
  const code = await form.trackingCode();
  expect(code).toMatch(/^FK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  await visitor.goto(`/feedback/${code}`);
  await expectShownAsText(visitor);
  await expect(visitor.getByText("“三公”经费支出表 · 行：本年")).toBeVisible();

  // the other department's contact does not see it
  const other = await browser.newPage();
  await new LoginPage(other).signInAs("nananEditor");
  await other.goto("/admin/inbox");
  await expect(other.getByRole("heading", { name: "意见反馈", level: 1 })).toBeVisible();
  await expect(other.getByText("三公经费合计与明细不符")).toHaveCount(0);

  // its department's contact answers it in public
  const editor = await browser.newPage();
  refuseDialogs(editor);
  await new LoginPage(editor).signInAs("beibeiEditor");
  await editor.goto("/admin/inbox");
  const item = editor.getByTestId("inbox-item").filter({ hasText: "三公经费合计与明细不符" });
  await expect(item).toHaveCount(1);
  await expectShownAsText(editor);
  await item.getByRole("link", { name: /查看与办理/ }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(`公众留言 ${code}`);
  await expectShownAsText(editor);
  await editor.getByRole("textbox", { name: "答复" }).fill("经核对，合计数无误：明细含公务用车购置费。");
  await editor.getByLabel(/在文件页面公开答复/).check();
  await editor.getByRole("button", { name: "提交答复" }).click();
  await expect(editor.getByText("答复已保存。")).toBeVisible();
  await expect(editor.getByTestId("feedback-answer")).toHaveText("经核对，合计数无误：明细含公务用车购置费。");

  // the public sees the question and the answer under the disclosure, and the sender their status
  await visitor.goto(url);
  const answers = visitor.getByTestId("public-answers");
  await expect(answers).toContainText("经核对，合计数无误：明细含公务用车购置费。");
  await expect(answers.getByText(MARKUP)).toBeVisible();
  await expect(visitor.locator('img[src="x"]')).toHaveCount(0);
  await visitor.goto(`/feedback/${code}`);
  await expect(visitor.getByText("经核对，合计数无误：明细含公务用车购置费。")).toBeVisible();
  for (const p of [visitor, other, editor]) await p.close();
});

test("a reviewer's comment reaches the department's inbox marked 审核意见, and no other department's", async ({ browser, request }) => {
  const signedIn = async (who: "beibeiEditor" | "beibeiReviewer" | "nananEditor") => {
    const p = await browser.newPage();
    await new LoginPage(p).signInAs(who);
    return p;
  };
  const editor = await signedIn("beibeiEditor");
  const published = await (await request.get((await disclosureUrl(request, "500109-134")).replace("/disclosures/", "/api/v1/disclosures/"))).json();
  const origin = { Origin: new URL(editor.url()).origin };
  const created = await editor.request.post("/api/v1/admin/disclosures", { data: { ...published, year: 2039 }, headers: origin });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  // the sample lacks 部门收入总表 (rule R1): the submission says why it goes on
  expect((await editor.request.post(`/api/v1/admin/disclosures/${id}/submit`, { data: { override: "样例文件缺部门收入总表" }, headers: origin })).status()).toBe(200);
  const reviewer = await signedIn("beibeiReviewer");
  const comment = "请补充2039年机关运行经费的增减原因";
  const returned = await reviewer.request.post(`/api/v1/admin/disclosures/${id}/return`, {
    data: { comments: [{ anchor: { section: "overview" }, body: comment }] },
    headers: origin,
  });
  expect(returned.status()).toBe(200);

  await editor.goto("/admin/inbox?kind=review");
  const item = editor.getByTestId("inbox-item").filter({ hasText: comment });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("审核意见");
  await expect(item).toContainText("待答复");
  await expect(item.getByRole("link", { name: /在审核页面查看与答复/ })).toHaveAttribute("href", `/admin/disclosures/${id}`);
  const other = await signedIn("nananEditor");
  await other.goto("/admin/inbox");
  await expect(other.getByText(comment)).toHaveCount(0);
  for (const p of [editor, reviewer, other]) await p.close();
});

for (const path of ["/contact", "/feedback"]) {
  test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousViolations(page);
  });
}
