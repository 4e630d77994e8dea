import { expect, test } from "@playwright/test";
import { formatWhenInSentence } from "../lib/ui/format-when";
import { demoUser, signIn } from "./fixtures";

// Fourteen hours ahead of UTC, so its clock and mostly its day differ from the team's, whatever zone the team keeps.
const AWAY = "Pacific/Kiritimati";

test("a manager away from the team reads the balance's moments in their own time, as every other page shows them", async ({ browser }) => {
  const manager = await (await browser.newContext({ storageState: { cookies: [], origins: [] }, timezoneId: AWAY })).newPage();
  await signIn(manager, demoUser("manager"));
  await manager.goto("/credits");
  await manager.getByRole("button", { name: "Check now" }).click();
  const card = manager.getByRole("region", { name: "Clodura balance" });
  const readAt = card.locator("time").first();
  await expect(readAt).toHaveAttribute("datetime", /Z$/);
  const at = (await readAt.getAttribute("datetime"))!;
  await expect(card.getByText(/^read /)).toHaveText(`read ${formatWhenInSentence(at, { timeZone: AWAY })}`);
});

test("a count by the team's day names the team's zone to a reader whose day is not the team's, and only to them", async ({ browser }) => {
  const away = await (await browser.newContext({ storageState: { cookies: [], origins: [] }, timezoneId: AWAY })).newPage();
  await signIn(away, demoUser("manager"));
  // The team keeps UTC in these tests (settings.spec.ts puts it back after moving it).
  await expect(away.getByRole("region", { name: "Your spend" }).getByText(/^Today/)).toHaveText("Today (UTC)");
  await away.goto("/budgets");
  await expect(away.getByRole("columnheader", { name: /^Spent today/ })).toHaveText("Spent today (UTC)");

  const home = await (await browser.newContext({ storageState: { cookies: [], origins: [] }, timezoneId: "UTC" })).newPage();
  await signIn(home, demoUser("manager"));
  await expect(home.getByRole("region", { name: "Your spend" }).getByText(/^Today/)).toHaveText("Today");
  await home.goto("/budgets");
  await expect(home.getByRole("columnheader", { name: /^Spent today/ })).toHaveText("Spent today");
});
