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
