import { expect, test } from "@playwright/test";
import { unfoundProfiles } from "./fixtures";

test("a batch page's filter and search live in its link, and an empty result says what hides the rows with one button that shows rows again", async ({ page }) => {
  const stamp = Date.now();
  const created = await page.request.post("/api/reveals", {
    data: { text: `https://www.linkedin.com/in/filter-ana-${stamp}/\nhttps://www.linkedin.com/in/filter-ben-${stamp}/`, name: `Filters ${stamp}` },
  });
  expect(created.status()).toBe(201);
  const { batchId } = (await created.json()) as { batchId: string };
  await page.goto(`/batches/${batchId}`);
  const rows = page.getByTestId("reveal-row");
  await expect(rows).toHaveCount(2);
  const chips = page.getByRole("group", { name: "Filter by state" });
  const search = page.getByPlaceholder(/^Search name, company, URL or number/);
  const historyLength = await page.evaluate(() => window.history.length);

  // Typed, the search is written into the link once typing pauses; the chips then count what it matches.
  await search.pressSequentially(`filter-ana-${stamp}`);
  await expect(rows).toHaveCount(1);
  await expect(page).toHaveURL(new RegExp(`[?&]q=filter-ana-${stamp}$`));
  await expect(chips.getByRole("button", { name: /^All/ })).toHaveText("All 1");
  await expect(page.getByText("Counts are of the rows the search matches.")).toBeVisible();

  await chips.getByRole("button", { name: /^Failed/ }).click();
  await expect(page).toHaveURL(new RegExp(`\\?state=failed&q=filter-ana-${stamp}$`));
  const empty = page.getByTestId("no-matching-rows");
  await expect(empty).toContainText(`No row under the “Failed” filter matches “filter-ana-${stamp}”. 1 row in another state does.`);
  // Replaced, not pushed: Back still leaves the page in one step.
  expect(await page.evaluate(() => window.history.length)).toBe(historyLength);

  // A reload (or the link sent to a teammate) shows the same.
  await page.reload();
  await expect(search).toHaveValue(`filter-ana-${stamp}`);
  await expect(chips.getByRole("button", { name: /^Failed/ })).toHaveAttribute("aria-pressed", "true");
  await expect(empty).toBeVisible();

  // The search matches a row under another chip: shown, the search kept.
  await empty.getByRole("button", { name: "Show it" }).click();
  await expect(rows).toHaveCount(1);
  await expect(search).toHaveValue(`filter-ana-${stamp}`);
  await expect(chips.getByRole("button", { name: /^All/ })).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(new RegExp(`\\?q=filter-ana-${stamp}$`));

  // A search nothing matches under any chip: one button clears both.
  await chips.getByRole("button", { name: /^Failed/ }).click();
  await search.fill(`nobody-${stamp}`);
  await expect(empty).toContainText(`No row under the “Failed” filter matches “nobody-${stamp}”.`);
  await empty.getByRole("button", { name: "Clear filter and search" }).click();
  await expect(rows).toHaveCount(2);
  await expect(search).toHaveValue("");
  await expect(search).toBeFocused();
  await expect(chips.getByRole("button", { name: /^All/ })).toHaveAttribute("aria-pressed", "true");
  await expect(chips.getByRole("button", { name: /^All/ })).toHaveText("All 2");
  await expect(page).toHaveURL(new RegExp(`/batches/${batchId}$`));
});

test("the rows a filter shows are said when the rep picks it, not again at every live update after", async ({ page }) => {
  const stamp = Date.now();
  const text = unfoundProfiles(`filter-live-${stamp}`, 30).join("\n");
  const created = await page.request.post("/api/reveals", { data: { text } });
  expect(created.status()).toBe(201);
  const { batchId } = (await created.json()) as { batchId: string };
  await page.goto(`/batches/${batchId}`);
  await page.getByRole("group", { name: "Filter by state" }).getByRole("button", { name: /^In progress/ }).click();
  const said = page.getByRole("status").filter({ hasText: /^\d+ rows? shown$/ });
  await expect(said).toHaveCount(1);
  const first = await said.textContent();
  expect(Number(first!.match(/^\d+/)![0])).toBeGreaterThan(0);
  // The list finishes under the filter: its rows leave it, and nothing more is said of them.
  await expect(page.getByText("30 / 30 done")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("reveal-row")).toHaveCount(0);
  await expect(said).toHaveText(first!);
});
