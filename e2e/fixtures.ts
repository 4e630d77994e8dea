import { readFileSync } from "node:fs";
import type { Browser, Download, Page } from "@playwright/test";
import { demoAccounts } from "../lib/auth/demo-accounts";
import type { Role } from "../lib/auth/roles";
import { findProfileUrls } from "../lib/clodura/sandbox/test-support";

export function demoUser(role: Role) {
  const account = demoAccounts.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  return account;
}

/** The second demo SDR, so a test can show a team of two. */
export function secondDemoSdr() {
  const account = demoAccounts.filter((candidate) => candidate.role === "sdr")[1];
  if (!account) throw new Error("no second demo SDR");
  return account;
}

export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/reveal$/);
}

/** A fresh browser context signed in as `account` (never the project's stored session), for two people side by side. */
export async function signedIn(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await signIn(page, account);
  return page;
}

/** A downloaded file's text, BOM included. */
export async function downloadedText(download: Download): Promise<string> {
  return readFileSync(await download.path(), "utf8");
}

/** People the sandbox finds no number for (partners asked): a list of them charges nothing. */
export const unfoundProfiles = (prefix: string, count: number) => findProfileUrls({ found: false, viaPartners: true, prefix }, count);
