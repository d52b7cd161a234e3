import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DisclosureTables } from "./pages/disclosure-tables";

/**
 * The disclosure pages are served from the server's cache, one cached page per unit
 * (/disclosures/{id}/yuan and /wanyuan behind ?unit=): the 元/万元 switch must still switch, and
 * printing must still print the whole document.
 *
 * 重庆市北碚区人民政府办公室 2024 (seed beibei-zfb-2024) prints its amounts in 万元: the
 * 一般公共预算财政拨款支出表 totals 2,514.61 万元, that is 25,146,100.00 元.
 */
const DEPARTMENT = "北碚区人民政府办公室";
const TABLE = "一般公共预算财政拨款支出表";

/** What the portal adds around the document: its aids are not printed as part of it. */
const PORTAL_AIDS = ["数据一致性检查", "图表", "版本记录", "本部门历年公开", "对本文件提出意见"];

const totalCell = (page: Page) => new DisclosureTables(page).table(TABLE).getByRole("row").filter({ hasText: "合计" }).first();

test("the 元/万元 switch shows the other unit's cached page, and switches back", async ({ page }) => {
  const tables = new DisclosureTables(page);
  await tables.open(DEPARTMENT);
  await expect(totalCell(page)).toContainText("2,514.61");
  await expect(tables.table(TABLE)).toContainText("单位：万元");

  await page.getByRole("link", { name: "元", exact: true }).click();
  await expect(page).toHaveURL(/unit=%E5%85%83|unit=元/);
  await expect(page.locator('strong[aria-current="true"]')).toHaveText("元");
  await expect(totalCell(page)).toContainText("25,146,100.00");
  await expect(totalCell(page)).not.toContainText("2,514.61");
  await expect(tables.table(TABLE)).toContainText("单位：元");

  // asked again, the page in 元 comes from the cache and still reads in 元
  const again = await page.request.get(page.url());
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await again.text()).toContain("25,146,100.00");

  await page.getByRole("link", { name: "万元", exact: true }).click();
  await expect(page.locator('strong[aria-current="true"]')).toHaveText("万元");
  await expect(totalCell(page)).toContainText("2,514.61");
});

test("printing prints the whole document: every section and table, none cut at the side, without the site's navigation and forms", async ({ page }) => {
  const tables = new DisclosureTables(page);
  await tables.open(DEPARTMENT);
  const contents = page.getByRole("navigation", { name: "目录" }).last();
  const entries = await contents.getByRole("link").evaluateAll((links) => links.map((a) => ({ href: a.getAttribute("href")!, label: a.textContent!.trim() })));
  expect(entries.length, "the contents list the sections and tables").toBeGreaterThan(8);
  const tableCount = await page.locator("main table").count();

  // an A4 page's printable width at 96 dpi
  await page.setViewportSize({ width: 720, height: 1000 });
  await page.emulateMedia({ media: "print" });

  const part = (href: string) => page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`);
  const printed = entries.filter((e) => !PORTAL_AIDS.includes(e.label));
  expect(printed.map((e) => e.label)).toEqual(expect.arrayContaining(["公开表格", TABLE, "绩效目标"]));
  for (const { href, label } of printed) await expect(part(href), `${label} is printed`).toBeVisible();
  await expect(part("#feedback"), "the feedback form is not printed").toBeHidden();
  // every table, and nothing of it hidden behind a sideways scroll
  const clipped = await page.locator("main table").evaluateAll((all) =>
    all
      .filter((t) => {
        const box = t.getBoundingClientRect();
        return box.width === 0 || box.height === 0 || box.right > document.documentElement.clientWidth + 1;
      })
      .map((t) => t.closest("section")?.getAttribute("aria-labelledby") ?? t.className),
  );
  expect(clipped, "tables cut off or not printed").toEqual([]);
  await expect(page.locator("main table:visible")).toHaveCount(tableCount);

  // the site's navigation and forms are not part of the document
  await expect(page.locator('nav[aria-label="主导航"]')).toBeHidden();
  await expect(page.locator('nav[aria-label="目录"]')).toHaveCount(2);
  for (const nav of await page.locator('nav[aria-label="目录"]').all()) await expect(nav).toBeHidden();

  // Chromium lays it out on paper: several A4 pages
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages, "printed pages").toBeGreaterThan(3);
});
