import { readFileSync } from "node:fs";
import type { Browser, Download, Page } from "@playwright/test";
import { demoAccounts } from "../lib/auth/demo-accounts";
import type { Role } from "../lib/auth/roles";
import { planSandboxReveal } from "../lib/clodura/sandbox/scenarios";

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

/** People the sandbox finds no number for: a list of them charges nothing, so the tests after keep their budgets. */
export function unfoundProfiles(prefix: string, count: number): string[] {
  const urls: string[] = [];
  for (let i = 0; urls.length < count; i += 1) {
    const url = `https://www.linkedin.com/in/${prefix}-${i}`;
    if (planSandboxReveal({ personKey: url, linkedinUrl: url, viaPartners: true, form: "multi", trackingId: "x" }).chargedProvider === null) urls.push(url);
  }
  return urls;
}
