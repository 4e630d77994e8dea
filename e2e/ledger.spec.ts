import { expect, test } from "@playwright/test";
import { unfoundProfiles } from "./fixtures";

const person = "https://www.linkedin.com/in/kim-ledger/";

test("a person revealed once is answered from the team ledger for free the next time", async ({ page }) => {
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill(person);
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\//);
  await expect(page.getByTestId("reveal-row")).toHaveAttribute("data-state", "found", { timeout: 20_000 });

  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill(person);
  const line = page.getByRole("list", { name: "Pasted lines" }).locator('[data-status="ok"]');
  // Sam revealed them: the preview says "you", as People does.
  // With the time: a reveal of minutes ago is the one the rep recognises.
  await expect(line).toContainText(/Already revealed by you today at \d{1,2}:\d{2} [AP]M: number found — free/);
  // Nothing is sent, and the page says so rather than "0 people will be revealed" beside "Reveal phones".
  await expect(page.getByText("Everyone pasted is in the team ledger: this creates a batch with their results at 0 credits.")).toBeVisible();
  await expect(page.getByText(/will be revealed/)).toHaveCount(0);
  await page.getByRole("button", { name: "Add 1 free result" }).click();
  await expect(page).toHaveURL(/\/batches\//);

  const row = page.getByTestId("reveal-row");
  await expect(row).toHaveAttribute("data-state", "cached");
  await expect(row).toContainText("From ledger (free)");
  await expect(row).toContainText(/Revealed by Sam Rivera \(SDR\) today at \d{1,2}:\d{2} [AP]M/);
  await expect(row.getByTestId("phone-number").first()).toContainText(/\+\d{1,3}( \d{2,})+/);
  await expect(row.getByTestId("row-credits")).toHaveText("0");
  // Nobody was asked for this list: its header does not say partner providers were.
  await expect(page.getByRole("main")).toContainText("all answered free from the team ledger");
  await expect(page.getByRole("main")).not.toContainText("partner providers asked");
  // The number was paid for once, by Sam's reveal: this free row does not say "charged".
  await expect(row.locator('[data-provider-status="found"]')).toContainText("paid by the earlier reveal");
  await expect(row.locator('[data-provider-status="found"]')).not.toContainText("charged");

  // A number the rep has is a found one: the Found chip, and so its export, holds the free answer too.
  await expect(page.getByText("1 found · including 1 free from the ledger")).toBeVisible();
  const filters = page.getByRole("group", { name: "Filter by state" });
  await expect(filters.getByRole("button", { name: /^Found/ })).toHaveText("Found 1");
  await expect(filters.getByRole("button", { name: /^Not found/ })).toHaveText("Not found 0");
  await filters.getByRole("button", { name: /^Found/ }).click();
  await expect(page.getByTestId("reveal-row")).toHaveCount(1);

  // Free answers of both kinds: the line says how many of them came with a number.
  const unfound = unfoundProfiles("e2e-ledger-mix", 1)[0]!;
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill(unfound);
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\//);
  await expect(page.getByTestId("reveal-row")).toHaveAttribute("data-state", "not_found", { timeout: 20_000 });
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill(`${person}\n${unfound}`);
  await page.getByRole("button", { name: "Add 2 free results" }).click();
  await expect(page).toHaveURL(/\/batches\//);
  await expect(page.getByText("1 found · 1 not found · including 2 free from the ledger, 1 with a number")).toBeVisible();
  // The free answer without a number says so beside who gave it, as the paste preview did.
  await expect(page.getByTestId("reveal-row").filter({ hasText: "no number found" })).toHaveCount(1);
  await expect(page.getByTestId("reveal-row").filter({ hasText: "no number found" })).toContainText(/Revealed by Sam Rivera \(SDR\) today at \d{1,2}:\d{2} [AP]M: no number found/);
});
