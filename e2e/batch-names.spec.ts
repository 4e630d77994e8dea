import { expect, test } from "@playwright/test";
import { unfoundProfiles } from "./fixtures";

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

test("a long list name is cut in the middle on its page, so '(sent again)' stays in view, and is whole in its title", async ({ page }) => {
  const name = "SaaStr booth scans with a rather long name to check how the header cuts it (sent again)";
  // Someone the sandbox finds no number for: the list charges nothing (later tests cap this SDR's day).
  const created = await page.request.post("/api/reveals", { data: { text: unfoundProfiles(`e2e-long-name-${Date.now()}`, 1)[0], name } });
  expect(created.status()).toBe(201);
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(`/batches/${((await created.json()) as { batchId: string }).batchId}`);
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toHaveText(name);
  await expect(title).toHaveAttribute("title", name);
  await expect(page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();
  const end = title.getByText("(sent again)");
  await expect(end).toBeInViewport({ ratio: 1 });
  // One line, cut before its end: the part before the end is what gives way.
  expect((await title.boundingBox())!.height).toBeLessThan(40);
  expect(await title.locator("span").first().evaluate((head) => head.scrollWidth > head.clientWidth)).toBe(true);
});
