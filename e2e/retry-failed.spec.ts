import { expect, test } from "@playwright/test";

// Clodura errors on every one of the app's 8 tries (with backoff, 1–2 minutes) before the reveal fails.
test.setTimeout(240_000);

test("a reveal Clodura kept erroring on fails uncharged, says so, and is tried again in a new batch that finds it; one it rejected is not", async ({ page }) => {
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill("https://www.linkedin.com/in/e2e-retry-sandbox-outage\nhttps://www.linkedin.com/in/e2e-retry-sandbox-422");
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\//);
  const failedBatch = page.url();

  // After a few tries in a row, every page says why lists stand still, while the reveal waits for its next try.
  const trouble = page.getByRole("status").filter({ hasText: "Clodura is not taking requests right now:" });
  await expect(trouble).toContainText(/\d+ tries in a row, the first (today|yesterday|on) .+ \(last: Clodura had a server error \(HTTP 503\)\)\. 1 reveal waits and is tried again by itself/, { timeout: 90_000 });

  // Its time is its next try's, and the page says that may not be the last.
  await expect(page.getByTestId("sending-outlook")).toContainText("It is being tried again after Clodura did not take the last try, so this may take longer.");
  const row = page.getByTestId("reveal-row").filter({ hasText: "e2e-retry-sandbox-outage" });
  await expect(row).toHaveAttribute("data-state", "failed", { timeout: 180_000 });
  await expect(trouble).toHaveCount(0);
  await expect(row.getByTestId("row-note")).toContainText("Clodura did not accept the request after 8 tries");
  const notice = page.getByRole("status", { name: "Failed reveals" });
  await expect(notice).toContainText("1 reveal failed because Clodura kept erroring. Nothing was charged for it; another try often works.");
  // The list counts 2 failed: the offer says which one it leaves out, and why.
  await expect(notice).toContainText("1 more failed because Clodura rejected it as invalid (HTTP 400 or 422): not sent again");

  // Nothing is sent on one click: it asks first, in place.
  await notice.getByRole("button", { name: "Send the 1 failed again in a new batch" }).click();
  await expect(notice).toContainText(/Worst case [\d,]+ credits, expected ~[\d,]+, less whoever the team ledger answers for free\. A new list of yours, checked like any other/);
  await notice.getByRole("button", { name: "Send them", exact: true }).click();
  await expect(page).not.toHaveURL(failedBatch);
  await expect(page).toHaveURL(/\/batches\//);
  // A pasted list is named by its people, as the first was (a named list would get "(tried again)").
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pasted: e2e-retry-sandbox-outage");
  await expect(page.getByTestId("reveal-row")).toHaveAttribute("data-state", /^(found|not_found)$/, { timeout: 30_000 });
  const triedAgain = page.url();

  // The new list links back; the failed list says it was tried again, where, and offers it no more.
  await page.getByTestId("sent-again-from").getByRole("link", { name: "Pasted: e2e-retry-sandbox-outage and e2e-retry-sandbox-422" }).click();
  await expect(page).toHaveURL(failedBatch);
  await expect(row.getByTestId("row-note")).toContainText("tried again by");
  await expect(page.getByRole("status", { name: "Failed reveals" })).toHaveCount(0);
  const sentAgain = page.getByRole("status", { name: "Sent again" });
  await expect(sentAgain).toContainText(/^1 failed sent again in Pasted: e2e-retry-sandbox-outage by Sam Rivera \(SDR\) (today|yesterday) at \d{1,2}:\d{2} [AP]M\./);
  await expect(sentAgain).toContainText("1 more failed because Clodura rejected it as invalid");
  await sentAgain.getByRole("link", { name: "Pasted: e2e-retry-sandbox-outage" }).click();
  await expect(page).toHaveURL(triedAgain);
});
