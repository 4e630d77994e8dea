import { expect, test } from "@playwright/test";

test("a list named when pasted keeps its name on the batch page, in the tab title and the list, and can be renamed", async ({ page }) => {
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill("https://www.linkedin.com/in/e2e-named-list/");
  await page.getByLabel("List name (optional)").fill("Acme webinar");
  await page.getByLabel("List name (optional)").press("Enter");
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toContainText("Acme webinar");
  await expect(page).toHaveTitle(/· Acme webinar · Reveal Desk$/);
  await expect(page).toHaveTitle(/^Done · Acme webinar/, { timeout: 20_000 });

  // Escape leaves the name as it was; Enter saves the new one.
  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("List name").fill("Scrapped");
  // Emptied, it says what the list will be called: the name a paste gets, not nothing.
  await page.getByLabel("List name").fill("");
  await expect(page.getByText("Saved empty, the list is called “Pasted: e2e-named-list” again.")).toBeVisible();
  await page.getByLabel("List name").press("Escape");
  await expect(title).toContainText("Acme webinar");
  await expect(page.getByRole("button", { name: "Rename" })).toBeFocused();
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByLabel("List name")).toHaveValue("Acme webinar");
  await page.getByLabel("List name").fill("Acme webinar, day 2");
  await page.getByLabel("List name").press("Enter");
  await expect(title).toContainText("Acme webinar, day 2");
  await expect(page.getByRole("button", { name: "Rename" })).toBeFocused();
  await expect(page).toHaveTitle("Done · Acme webinar, day 2 · Reveal Desk");

  await page.goto("/batches");
  await expect(page.getByRole("link", { name: "Acme webinar, day 2" })).toBeVisible();
});
