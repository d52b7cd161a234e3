import type { APIRequestContext, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect, test } from "./fixtures";
import { expectNoSeriousViolations } from "./support/axe";
import { foreignWords, readableText } from "./support/chinese-text";
import { expectFitsScreen } from "./support/fits-screen";

/** The format names a member of the public may read; every other Latin word is an internal key. */
const PUBLIC_ALLOWED = new Set(["PDF", "CSV", "XLSX", "JSON"]);

type Listed = { id: string; department: { key: string } };

/**
 * The Latin words the documents themselves print (WIFI, PUE in a narrative or an indicator): a
 * page quoting them is not leaking a key. Read from the prose and names of each document, never
 * from its codes, kinds or row keys.
 */
async function documentWords(request: APIRequestContext, listed: Listed[]): Promise<Set<string>> {
  const words = new Set<string>();
  const strings = (value: unknown): string[] =>
    typeof value === "string" ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === "object" ? Object.values(value).flatMap(strings) : [];
  for (const { id } of listed) {
    const doc = await (await request.get(`/api/v1/disclosures/${id}`)).json();
    const rowNames = doc.tables.flatMap((t: { kind: string; rows: { name?: string }[] }) => (t.kind === "three_public" ? [] : t.rows.map((r) => r.name ?? "")));
    const prose = [...strings(doc.sections), ...strings(doc.projects.map((p: { name: string }) => p.name)), ...strings(doc.performance), ...rowNames];
    for (const w of foreignWords(prose.join("\n"), new Set())) words.add(w.toUpperCase());
  }
  return words;
}

/** Every kind of public page, for each sample disclosure where the page is one per disclosure. */
async function publicPages(request: APIRequestContext) {
  const listed: Listed[] = (await (await request.get("/api/v1/disclosures?pageSize=20")).json()).items;
  expect(listed.length, "the sample disclosures are published").toBeGreaterThanOrEqual(4);
  const [a, b] = listed;
  const paths = [
    "/",
    "/districts/500109",
    "/districts/500101", // 万州区: no department has published yet
    "/search",
    "/search?q=三公经费",
    "/rows",
    "/rows?code=30217",
    "/compare",
    `/compare?ids=${a!.id}`,
    `/compare?ids=${a!.id},${b!.id}`,
    "/contact",
    "/feedback",
    "/feedback/FK-AAAA-BBBB-CCCC",
    "/no-such-page",
    ...listed.flatMap((d) => [`/disclosures/${d.id}`, `/disclosures/${d.id}?unit=元`, `/departments/${d.department.key}`]),
  ];
  return { paths, allowed: new Set([...PUBLIC_ALLOWED, ...(await documentWords(request, listed))]) };
}

/** The CSV and XLSX downloads a page links to. */
const downloadLinks = (page: Page) =>
  page.locator('a[href*=".csv"], a[href*=".xlsx"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));

async function downloadedText(request: APIRequestContext, href: string): Promise<string> {
  const response = await request.get(href);
  expect(response.status(), href).toBe(200);
  if (!href.includes(".xlsx")) return response.text();
  const book = new ExcelJS.Workbook();
  const bytes = await response.body();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book.worksheets.map((sheet) => [sheet.name, ...sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map((v) => String(v ?? "")) : []))].join("\n")).join("\n");
}

/** Text a phone shows smaller than 12 px, with the element it is in. */
const tinyText = (page: Page) =>
  page.evaluate(() => {
    const tiny: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || !el.getClientRects().length) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || el.closest("[aria-hidden=true], .sr-only")) continue;
      // SVG text is as large as its box makes it: scale the font by the rendered width
      const svg = el.closest("svg");
      const scale = svg && svg.viewBox.baseVal?.width ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
      const size = parseFloat(style.fontSize) * scale;
      if (size < 12) tiny.push(`${el.tagName.toLowerCase()} ${size.toFixed(1)}px “${node.textContent.trim().slice(0, 20)}”`);
    }
    return tiny;
  });

test("every public page and download reads in Chinese and passes axe, at 1366 px and at 390 px @phone", async ({ page, request }, info) => {
  test.setTimeout(600_000);
  const phone = info.project.name === "phone";
  const downloads = new Set<string>();
  const { paths, allowed } = await publicPages(request);
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    await expectNoSeriousViolations(page).catch((e: Error) => expect.soft(e.message, `axe on ${path}`).toBe(""));
    if (phone) {
      await expectFitsScreen(page, path);
      expect.soft(await tinyText(page), `${path} has text below 12 px`).toEqual([]);
    }
    expect.soft(foreignWords(await readableText(page), allowed), `${path} shows words that are not Chinese`).toEqual([]);
    for (const href of await downloadLinks(page)) downloads.add(href);
  }
  if (phone) return;
  expect(downloads.size, "the pages link their CSV and XLSX downloads").toBeGreaterThanOrEqual(8);
  for (const href of downloads) {
    expect.soft(foreignWords(await downloadedText(request, href), allowed), `${href} holds words that are not Chinese`).toEqual([]);
  }
});
