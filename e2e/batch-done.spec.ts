import { expect, test } from "@playwright/test";
import { unfoundProfiles } from "./fixtures";

test("a list that finishes while the rep is on another page says so there, with a link to its results", async ({ page }) => {
  const people = Array.from({ length: 30 }, (_, i) => `https://www.linkedin.com/in/e2e-done-notice-${i}/`).join("\n");
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill(people);
  await page.getByLabel("List name").fill("Webinar follow-ups");
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
  const batchUrl = page.url();
  await expect(page.getByText(/\d+ \/ 30 done/)).toBeVisible();

  // The rep moves on while it runs; no notice on the batch's own page, one on the next page when it ends, and the
  // People page there catches up without a reload.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  await expect(page).toHaveURL(/\/people$/);
  await page.getByRole("searchbox", { name: "Search people" }).fill("e2e-done-notice");
  const notice = page.getByRole("status").filter({ hasText: "Webinar follow-ups is done" });
  await expect(notice).toContainText(/Webinar follow-ups is done: \d+ of 30 found\./, { timeout: 30_000 });
  await expect(page.getByTestId("person-row")).toHaveCount(30);

  await notice.getByRole("link", { name: "Open the results" }).click();
  await expect(page).toHaveURL(batchUrl);
  await expect(page.getByText("30 / 30 done")).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test("a list done without finding anyone says what it was estimated at and what it came to, with no saving highlighted", async ({ page }) => {
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill(unfoundProfiles(`e2e-done-none-${Date.now().toString(36)}`, 2).join("\n"));
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
  const credits = page.getByRole("region", { name: "Credits" });
  await expect(page.getByText("2 / 2 done")).toBeVisible({ timeout: 20_000 });

  // Nothing left to answer: the estimate is of before sending, beside what the list came to.
  await expect(credits.getByText("Estimated before sending")).toBeVisible();
  await expect(credits).toContainText(/worst case [\d,]+ · came to 0/);
  await expect(page.getByTestId("batch-spent")).toHaveText("0 credits");
  // A saving of 0 reads as the figures beside it, not in the accent colour of one worth looking at.
  await expect(page.getByTestId("batch-saved")).toHaveText("0 credits");
  const colour = (testId: string) => page.getByTestId(testId).evaluate((element) => getComputedStyle(element).color);
  expect(await colour("batch-saved")).toBe(await colour("batch-spent"));
});
