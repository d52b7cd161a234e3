import { expect, type Locator, type Page } from "@playwright/test";

const BEIBEI_SERVICE_CENTRE = { district: "北碚区", department: { code: "134", name: "重庆市北碚区政务服务中心" } };

/** The disclosure page: the editor of a draft, or the read-only view with the review tools. */
export class EditorPage {
  /** Confirmations (提交, 审核通过, 发布, 撤回) are accepted. */
  constructor(readonly page: Page) {
    page.on("dialog", (dialog) => void dialog.accept());
  }

  /**
   * A new empty draft of 北碚区政务服务中心 for the year, created by the signed-in editor through
   * the admin API; returns its id.
   */
  async createDraft(year: number): Promise<string> {
    const baseURL = new URL(this.page.url()).origin;
    const response = await this.page.request.post("/api/v1/admin/disclosures", {
      headers: { Origin: baseURL },
      data: { format: "budget-disclosure/v1", ...BEIBEI_SERVICE_CENTRE, year, kind: "budget", sourceUnit: "万元", sections: {}, tables: [], projects: [], performance: { overall: null, projects: [] } },
    });
    expect(response.status(), await response.text()).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  /**
   * A new draft for `year` holding a copy of the department's document published for `from` (the
   * sample data of db/sample/disclosures), figures and 上年数 as printed; returns its id.
   */
  async copyOfPublished(department: string, from: number, year: number): Promise<string> {
    const { items } = (await (await this.page.request.get(`/api/v1/disclosures?department=${department}&year=${from}`)).json()) as { items: { url: string }[] };
    const published = await (await this.page.request.get(items[0]!.url.replace("/disclosures/", "/api/v1/disclosures/"))).json();
    const response = await this.page.request.post("/api/v1/admin/disclosures", { headers: { Origin: new URL(this.page.url()).origin }, data: { ...published, year } });
    expect(response.status(), await response.text()).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  /** A new empty draft made with the dashboard's "新建公开文件" form; returns its id. */
  async createByHand(year: number): Promise<string> {
    await this.page.goto("/admin");
    const form = this.page.getByRole("form", { name: "新建公开文件" });
    await form.getByLabel("年度").fill(String(year));
    await form.getByLabel("内容").selectOption({ label: "空白" });
    await form.getByRole("button", { name: "新建" }).click();
    await expect(this.page).toHaveURL(/\/admin\/disclosures\/[0-9a-f-]{36}$/);
    await expect(this.status()).toHaveText("草稿");
    return new URL(this.page.url()).pathname.split("/").pop()!;
  }

  async goto(id: string) {
    await this.page.goto(`/admin/disclosures/${id}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  status() {
    return this.page.getByTestId("disclosure-status");
  }

  async addTable(label: string) {
    await this.page.getByLabel("添加表").selectOption({ label });
    await this.page.getByRole("button", { name: "添加", exact: true }).click();
  }

  table(label: string): Locator {
    return this.page.getByRole("region", { name: label });
  }

  /** Dispatches a paste of tab-separated text on an element, as a copy from Excel would. */
  async paste(target: Locator, tsv: string) {
    await target.focus();
    await target.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, tsv);
  }

  cell(name: string): Locator {
    return this.page.getByRole("textbox", { name, exact: true });
  }

  /** The 元/万元 toggle (its radios are visually hidden behind their labels). */
  async showIn(unit: "元" | "万元") {
    await this.page.getByRole("group", { name: "金额显示单位" }).getByText(unit, { exact: true }).click();
    await expect(this.page.getByRole("radio", { name: unit, exact: true })).toBeChecked();
  }

  findings(): Locator {
    return this.page.getByTestId("finding");
  }

  async save() {
    await this.page.keyboard.press("Control+s");
  }

  saveStatus(): Locator {
    return this.page.getByTestId("save-status");
  }

  /**
   * Takes a review step and waits for the new status. 提交审核, 审核通过 and 公开发布 confirm in the
   * step dialog, with the 说明 that a document with errors needs.
   */
  async act(action: string, status: string, { override }: { override?: string } = {}) {
    await this.page.getByRole("button", { name: action, exact: true }).click();
    if (["提交审核", "审核通过", "公开发布"].includes(action)) await this.confirmStep(action, override);
    await expect(this.status()).toHaveText(status);
  }

  /** The open step dialog: its counts, and the 说明 field while the document has errors. */
  stepDialog(action: string): Locator {
    return this.page.getByRole("dialog", { name: `确认${action}` });
  }

  /** Confirms the step, writing the 说明 when the dialog asks for one (the document has errors). */
  async confirmStep(action: string, override?: string) {
    const dialog = this.stepDialog(action);
    await expect(dialog).toBeVisible();
    const note = dialog.getByLabel("说明");
    if (override && (await note.count()) > 0) {
      await note.fill(override);
      await dialog.getByRole("button", { name: `填写说明后${action}` }).click();
    } else {
      await dialog.getByRole("button", { name: `确定${action}` }).click();
    }
  }

  /** An admin retracts a published disclosure through the API, with its public reason. */
  async retract(id: string, reason: string) {
    const response = await this.page.request.post(`/api/v1/admin/disclosures/${id}/retract`, { headers: { Origin: new URL(this.page.url()).origin }, data: { reason } });
    expect(response.status(), await response.text()).toBe(200);
  }

  /** A reviewer picks a place in the read-only document and writes a comment on it. */
  async comment(place: Locator, body: string) {
    await place.click();
    await this.page.getByLabel(/^批注位置：/).fill(body);
    await this.page.getByRole("button", { name: "添加批注", exact: true }).click();
  }

  async submit(options: { override?: string } = {}) {
    await this.act("提交审核", "已提交审核", options);
  }
}
