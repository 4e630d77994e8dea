import { expect, test } from "@playwright/test";

const people = Array.from({ length: 100 }, (_, i) => `https://www.linkedin.com/in/e2e-stop-${i}/`).join("\n");

test("an SDR stops a batch midway: what was not sent is cancelled at no cost, what was sent finishes, the rest can be sent later", async ({ page }) => {
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill(people);
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);

  // Escape backs out of the confirmation without stopping anything.
  await page.getByRole("button", { name: "Stop sending" }).click();
  const confirm = page.getByRole("group", { name: "Stop sending this batch?" });
  await expect(confirm).toContainText(/Cancel up to [\d,]+ reveals? not yet sent\? They cost nothing\./);
  await expect(confirm.getByRole("button", { name: "Keep sending" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Stop sending" })).toBeFocused();

  await page.getByRole("button", { name: "Stop sending" }).click();
  await confirm.getByRole("button", { name: "Stop sending" }).click();
  const notice = page.getByRole("status").filter({ hasText: "Stopped by Sam Rivera (SDR)" });
  await expect(notice).toContainText(/were not sent here and cost nothing/);
  // When, in words a rep reads at a glance (yesterday only if the test straddles midnight).
  await expect(notice).toContainText(/Stopped by Sam Rivera \(SDR\) (today|yesterday) at \d{1,2}:\d{2} [AP]M:/);
  await expect(page.getByRole("button", { name: "Stop sending" })).toHaveCount(0);
  // The focus goes on to what the rep may do next, not to whatever was nearest the gone confirmation.
  await expect(notice.getByRole("button", { name: /^Send the \d+ cancelled in a new batch$/ })).toBeFocused();

  // Every row ends final: the ones sent before the stop are answered, the rest cancelled.
  // The progress does not read as complete: what was answered, and what was never sent.
  const progress = page.getByText(/^\d+ \/ 100 done · \d+ not sent$/);
  await expect(progress).toBeVisible({ timeout: 20_000 });
  const counts = async () => ((await progress.textContent()) ?? "").match(/^(\d+) \/ 100 done · (\d+) not sent$/)!.slice(1).map(Number) as [number, number];
  await expect.poll(async () => (await counts()).reduce((sum, n) => sum + n), { timeout: 20_000 }).toBe(100);
  const [, cancelled] = await counts();
  expect(cancelled).toBeGreaterThan(0);
  expect(cancelled).toBeLessThan(100);
  await expect(notice).toContainText(`${cancelled} reveals were not sent here and cost nothing.`);
  // The list's figures are of the people it sent: its estimate leaves the rest out, and the end is announced so.
  await expect(page.getByRole("region", { name: "Credits" })).toContainText(`leaves out the ${cancelled} not sent`);
  await expect(page.getByRole("status").filter({ hasText: `Done: ` })).toHaveText(new RegExp(`^Done: \\d+ of ${100 - cancelled} found\\. ${cancelled} not sent\\.$`));

  await page.getByRole("group", { name: "Filter by state" }).getByRole("button", { name: /Cancelled/ }).click();
  const rows = page.getByTestId("reveal-row");
  await expect(rows.first()).toHaveAttribute("data-state", "cancelled");
  await expect(rows.first()).toContainText("Stopped by Sam Rivera (SDR) before it was sent: nothing charged.");

  // Sent after all, as a new batch; stopped again so the queue is clear for the next test.
  const first = page.url();
  // It asks first: a new batch spends credits.
  await notice.getByRole("button", { name: `Send the ${cancelled} cancelled in a new batch` }).click();
  await expect(page).toHaveURL(first);
  // What it may cost is said before it is sent, as on the paste page.
  await expect(notice).toContainText(/Worst case [\d,]+ credits, expected ~[\d,]+, less whoever the team ledger answers for free\./);
  // The question opens on its way out: Enter pressed twice does not spend.
  await expect(notice.getByRole("button", { name: "Cancel" })).toBeFocused();
  await notice.getByRole("button", { name: "Send them", exact: true }).click();
  await expect(page).not.toHaveURL(first);
  await expect(page.getByTestId("batch-owner")).toHaveText(`${cancelled} people · by Sam Rivera (SDR)`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Pasted: e2e-stop-/);
  await page.getByRole("button", { name: "Stop sending" }).click();
  await page.getByRole("group", { name: "Stop sending this batch?" }).getByRole("button", { name: "Stop sending" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stopped by Sam Rivera (SDR)" })).toBeVisible();

  await page.goto(first);
  await expect(notice).toBeVisible();
  // Still not sent here, and where they went: as a manager's sending them again says it.
  await expect(notice).toContainText(`${cancelled} reveals were not sent here and cost nothing; ${cancelled} sent again by Sam Rivera (SDR).`);
  await expect(notice.getByRole("button", { name: /cancelled in a new batch/ })).toHaveCount(0);
  await page.getByRole("group", { name: "Filter by state" }).getByRole("button", { name: /Cancelled/ }).click();
  await expect(rows.first()).toContainText("Stopped before it was sent; sent again by Sam Rivera (SDR) in a new batch.");
});
