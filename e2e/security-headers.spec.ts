import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";
import { SearchPage } from "./pages/search-page";

/** Every Content-Security-Policy violation the page reports, from the console and as events. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (msg) => {
    if (msg.text().includes("Content Security Policy")) seen.push(`${page.url()}: ${msg.text()}`);
  });
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  return seen;
}

/** Opens a page and checks it was sent with a policy naming its inline scripts by nonce or by hash. */
async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  const policy = (await response!.allHeaders())["content-security-policy"] ?? "";
  // this site's files, and inline scripts with the nonce (a page rendered for this request) or
  // with their hashes (a page kept for everybody) only: no 'unsafe-inline'
  expect(policy, path).toMatch(/(^|; )script-src 'self' (?:'nonce-[A-Za-z0-9+/=]{24}'|(?:'sha256-[A-Za-z0-9+/=]{44}' ?)+)(;|$)/);
  await page.waitForLoadState("networkidle");
}

test("the public pages run their scripts under the policy: no violation, and the pages work", async ({ page }) => {
  const violations = await watchViolations(page);
  await open(page, "/");
  const disclosure = await page.locator('a[href^="/disclosures/"]').first().getAttribute("href");
  await open(page, disclosure!);
  await open(page, `${disclosure}?unit=${encodeURIComponent("元")}`);
  await open(page, "/districts/500109");
  const department = await page.locator('a[href^="/departments/"]').first().getAttribute("href");
  await open(page, department!);
  // the order select submits on change: only a hydrated page does that
  const search = new SearchPage(page);
  await open(page, `/search?q=${encodeURIComponent("三公经费")}`);
  await search.sortBy().selectOption({ label: "按支出总额" });
  await expect(page).toHaveURL(/sort=amount/);
  // a page kept for everybody (the cache in front of Next.js) runs its scripts by their hashes;
  // a new query each time, or the browser would revalidate its own copy (304, the nonce page)
  let policy = "";
  for (let i = 0; i < 10 && !policy.includes("'sha256-"); i++) {
    const response = await page.goto(`${disclosure}?kept=${i}`);
    policy = (await response!.allHeaders())["content-security-policy"] ?? "";
    await page.waitForLoadState("networkidle");
  }
  expect(policy).toContain("'sha256-");
  expect(violations).toEqual([]);
  // and the policy is in force: an inline script without the nonce does not run, and is seen
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "document.body.dataset.injected = 'ran'";
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
});

test("signing in and the admin pages run under the policy too", async ({ page }) => {
  const violations = await watchViolations(page);
  // the sign-in form signs in from its script
  await new LoginPage(page).signInAs("admin");
  for (const path of ["/admin", "/admin/users", "/admin/audit", "/admin/departments", "/admin/inbox", "/admin/import"]) await open(page, path);
  expect(violations).toEqual([]);
});

test("a page rendered per request names a new nonce each time; the API gets a policy that allows nothing", async ({ request }) => {
  const nonce = async () => /'nonce-([^']+)'/.exec((await request.get("/search?q=x")).headers()["content-security-policy"] ?? "")?.[1];
  const [a, b] = [await nonce(), await nonce()];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
  const api = await request.get("/api/v1/disclosures");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});
