import type { Browser } from "@playwright/test";
import { EditorPage } from "../pages/editor-page";
import { LoginPage } from "../pages/login-page";
import type { AccountName } from "./accounts";

/** A page of its own browser context, signed in as the account, on the disclosure pages' object. */
export async function signedIn(browser: Browser, account: AccountName): Promise<EditorPage> {
  const page = await (await browser.newContext()).newPage();
  await new LoginPage(page).signInAs(account);
  return new EditorPage(page);
}
