import { expect, test } from "@playwright/test";
import { demoUser, signedIn } from "./fixtures";

const people = Array.from({ length: 100 }, (_, i) => `https://www.linkedin.com/in/e2e-race-${i}/`).join("\n");

test("an SDR sending their stopped list's people again just after a manager did is told who did, and the focus stays on it", async ({ page, browser }) => {
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill(people);
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
  const list = page.url();
  await page.getByRole("button", { name: "Stop sending" }).click();
  await page.getByRole("group", { name: "Stop sending this batch?" }).getByRole("button", { name: "Stop sending" }).click();
  const stopped = page.getByRole("status").filter({ hasText: "Stopped by Sam Rivera (SDR)" });
  const offer = stopped.getByRole("button", { name: /^Send the \d+ cancelled in a new batch$/ });
  await expect(offer).toBeVisible();
  await expect(page.getByText(/^\d+ \/ 100 done · \d+ not sent$/)).toBeVisible({ timeout: 20_000 });

  // Meanwhile a manager, on the same list, sends them first.
  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto(list);
  await manager.getByRole("status").filter({ hasText: "Stopped by Sam Rivera (SDR)" }).getByRole("button", { name: /^Send the \d+ cancelled in a new batch$/ }).click();
  await manager.getByRole("button", { name: "Send them", exact: true }).click();
  await expect(manager).not.toHaveURL(list);
  const stopTheirs = manager.getByRole("button", { name: "Stop sending" });
  if (await stopTheirs.isVisible()) {
    await stopTheirs.click();
    await manager.getByRole("group", { name: "Stop sending this batch?" }).getByRole("button", { name: "Stop sending" }).click();
  }

  // Sam's page still offers them: the press is refused, and what happened stays said where the offer was, focused.
  await offer.click();
  await stopped.getByRole("button", { name: "Send them", exact: true }).click();
  const refused = page.getByRole("status", { name: "Not sent again" });
  await expect(refused).toHaveText(/^Morgan Lee \(Manager\) already sent these again (today|yesterday) at \d{1,2}:\d{2} [AP]M; their answers will show here\.$/);
  await expect(refused).toBeFocused();
  await expect(offer).toHaveCount(0);
  await expect(page).toHaveURL(list);
  await expect(page.getByRole("status", { name: "Sent again", exact: true })).toContainText("sent again by Morgan Lee (Manager)");
});

const few = Array.from({ length: 20 }, (_, i) => `https://www.linkedin.com/in/e2e-answered-there-${i}/`).join("\n");

test("an SDR's stopped people a manager sent again read as answered in the manager's list, not as free ledger answers", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill(few);
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
  const list = page.url();
  await page.getByRole("button", { name: "Stop sending" }).click();
  await page.getByRole("group", { name: "Stop sending this batch?" }).getByRole("button", { name: "Stop sending" }).click();
  await expect(page.getByText(/^\d+ \/ 20 done · \d+ not sent$/)).toBeVisible({ timeout: 20_000 });

  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto(list);
  await manager.getByRole("status").filter({ hasText: "Stopped by Sam Rivera (SDR)" }).getByRole("button", { name: /^Send the \d+ cancelled in a new batch$/ }).click();
  await manager.getByRole("button", { name: "Send them", exact: true }).click();
  await expect(manager).not.toHaveURL(list);

  // Once the manager's list has answered them, Sam's rows say where, in one line, and nothing here was saved.
  await page.reload();
  const answered = page.getByTestId("reveal-row").filter({ hasText: "Answered in Morgan Lee (Manager)'s list" });
  await expect(answered.first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("reveal-row").filter({ hasText: /Sent again by Morgan Lee \(Manager\), answered/ }).first()).toBeVisible();
  await expect(answered.first().getByTestId("row-note")).toHaveCount(0);
  await expect(answered.first()).toHaveAttribute("data-state", /^(found|not_found)$/);
  await expect(page.getByTestId("reveal-row").filter({ hasText: "From ledger (free)" })).toHaveCount(0);
  const saved = page.getByRole("region", { name: "Credits" }).getByText("Saved by the ledger", { exact: true }).locator("..");
  await expect(saved).toContainText("0 credits");
  await expect(saved).toContainText("0 answered free");
});
