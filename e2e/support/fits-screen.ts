import { expect, type Page } from "@playwright/test";

/**
 * The page is no wider than the screen. Measured against the viewport the test set, not
 * innerWidth: a phone zooms out to a page wider than itself and innerWidth grows with it. The
 * root's width counts too: absolutely placed text (screen-reader labels) widens it, not the body.
 */
export async function expectFitsScreen(page: Page, what = page.url()) {
  const width = await page.evaluate(() => Math.max(document.body.scrollWidth, document.documentElement.scrollWidth));
  expect.soft(width, `${what} is wider than the screen`).toBeLessThanOrEqual(page.viewportSize()!.width);
}
