import path from "node:path";
import { expect, test, type Page, type Route } from "@playwright/test";
import { demoUser } from "./fixtures";

// A rep on a slow connection types, pastes or picks a file while the page's scripts are still loading.
// The server-rendered fields accept the input; the page must keep it once it becomes interactive.

/** Holds every script of the page until `release` is called, so input lands before React hydrates. */
async function holdScripts(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let holding = true;
  await page.route("**/_next/static/**/*.js", (route) => (holding ? held.push(route) : route.continue()));
  return async () => {
    holding = false;
    await Promise.all(held.map((route) => route.continue()));
  };
}

test("a paste made before the page finished loading is kept and can be revealed", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/reveal", { waitUntil: "domcontentloaded" });
  await page.getByLabel("LinkedIn URLs").fill("https://www.linkedin.com/in/early-paste-person");
  await release();

  await expect(page.getByText("1 person will be revealed.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Pasted lines" })).toContainText("early-paste-person");
  await expect(page.getByRole("button", { name: "Reveal phones" })).toBeEnabled();
});

test("a CSV file chosen before the page finished loading is checked", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/upload", { waitUntil: "domcontentloaded" });
  await page.getByLabel("CSV file").setInputFiles(path.join(import.meta.dirname, "fixtures", "team-list.csv"));
  await release();

  await expect(page.getByRole("list", { name: "Validation summary" })).toBeVisible();
  await expect(page.getByLabel("LinkedIn URL column")).toHaveValue("3");
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("an email and password typed before the sign-in page finished loading sign in", async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto("/login", { waitUntil: "domcontentloaded" });
    const manager = demoUser("manager");
    await page.getByLabel("Email").fill(manager.email);
    await page.getByLabel("Password").fill(manager.password);
    await release();

    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/reveal$/);
  });
});
