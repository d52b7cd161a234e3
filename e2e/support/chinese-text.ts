import type { Page } from "@playwright/test";

/**
 * The Latin words of a text a person reads, leaving out what is data rather than wording: e-mail
 * and IP addresses, URLs, file names, checksums, codes like 50010925T0001, and the name of the
 * interchange format. What remains and is not allowed is an internal key that leaked.
 */
export function foreignWords(text: string, allowed: ReadonlySet<string>): string[] {
  const words = text
    .replace(/budget-disclosure\/v1/g, " ")
    .replace(/[\w.+-]+@[\w.-]+/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/[0-9a-f]*::[0-9a-f:.]*/gi, " ")
    .replace(/[\w-]+\.(?:pdf|docx?|xlsx?|txt|json|zip|csv)\b/gi, " ")
    .replace(/\b[0-9a-f]{8,}\b/g, " ")
    .replace(/\b[0-9A-Z-]*\d[0-9A-Z-]*\b/g, " ")
    .match(/[A-Za-z]{2,}/g);
  return [...new Set(words ?? [])].filter((w) => !allowed.has(w.toUpperCase()));
}

/**
 * The page's wording: its visible text with every folded part (<details>) opened, as a reader who
 * opens them all sees it, without what members of the public and departments wrote in their own
 * words (data-as-written). Hides those, so it comes last in a test of a page.
 */
export async function readableText(page: Page): Promise<string> {
  await page.evaluate(() => {
    document.querySelectorAll("details").forEach((d) => (d.open = true));
    document.querySelectorAll<HTMLElement>("[data-as-written]").forEach((e) => (e.hidden = true));
  });
  return page.locator("body").innerText();
}
