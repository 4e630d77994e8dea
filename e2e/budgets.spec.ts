import { expect, test } from "@playwright/test";
import { findProfileUrl } from "../lib/clodura/sandbox/test-support";
import { demoUser, signedIn, signIn } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

test("a daily cap above the monthly cap is saved with a warning, and what is left today follows the monthly cap", async ({ browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto("/budgets");
  const sam = manager.getByRole("row").filter({ hasText: "Sam Rivera" });
  const save = async (label: string, credits: string) => {
    const cap = manager.getByLabel(label);
    await cap.fill(credits);
    await cap.press("Enter");
    await expect(cap.locator("xpath=..")).toContainText("Saved");
  };
  await save("Daily cap for Sam Rivera (SDR)", "500");
  await expect(sam.getByTestId("daily-standing")).toHaveText(/^[\d,]+ left/);
  await expect(sam.getByTestId("cap-warning")).toHaveText("");
  await save("Monthly cap for Sam Rivera (SDR)", "0");

  // Saved, but said beside the daily cap, and read by a screen reader with it.
  const warning = "Daily cap 500 is above the monthly cap 0: the monthly cap binds first.";
  await expect(sam.getByTestId("cap-warning")).toHaveText(warning);
  await expect(manager.getByLabel("Daily cap for Sam Rivera (SDR)")).toHaveAccessibleDescription(new RegExp(`${warning.replace(/[.:]/g, "\\$&")}$`));
  // Nothing is left today once the month's cap is used, whatever the daily cap says.
  await expect(sam.getByTestId("daily-standing")).toHaveText(/^0 left(, limited by the monthly cap( \([\d,]+ running\))?|: the monthly cap is [\d,]+ over)$/);

  // Sam reads the same on his own spend line, and no team figure while the team has no cap.
  const own = await signedIn(browser, demoUser("sdr"));
  const spend = own.getByRole("region", { name: "Your spend" });
  await expect(spend.getByTestId("limited-by")).toHaveText(/^0 left(, limited by your monthly budget|: your monthly budget is [\d,]+ over)$/);
  // A capped figure says its unit, as an uncapped one ("credits · no cap") does.
  await expect(spend).toContainText(/[\d,]+ of 500 credits/);
  await expect(spend).not.toContainText("Team this month");

  await save("Daily cap for Sam Rivera (SDR)", "");
  await expect(sam.getByTestId("cap-warning")).toHaveText("");
  await save("Monthly cap for Sam Rivera (SDR)", "");
});

test("an account disabled on Team is marked on Budgets, its caps still editable, and in the Credits SDR choice", async ({ browser }) => {
  const admin = await signedIn(browser, demoUser("admin"));
  const name = `Casey Budget ${Date.now()}`;
  const email = `casey.${Date.now()}@acme.test`;
  const added = await admin.request.post("/api/team", { data: { name, email, role: "sdr" } });
  expect(added.status()).toBe(201);
  const { member, temporaryPassword } = (await added.json()) as { member: { id: string }; temporaryPassword: string };

  // Something spent this month keeps a disabled account on Budgets.
  const casey = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await signIn(casey, { email, password: temporaryPassword });
  await casey.getByLabel("LinkedIn URLs").fill(findProfileUrl({ found: true, viaPartners: true, prefix: "e2e-disabled-budget" }));
  await casey.getByRole("button", { name: "Reveal phones" }).click();
  await expect(casey.locator('[data-testid="reveal-row"][data-state="found"]')).toHaveCount(1, { timeout: 20_000 });
  expect((await admin.request.patch(`/api/team/${member.id}`, { data: { disabled: true } })).status()).toBe(200);

  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto("/budgets");
  const row = manager.getByRole("row").filter({ hasText: name });
  await expect(row.getByRole("cell").first()).toHaveText(`${name}sdrdisabled`);
  await expect(row.getByRole("textbox")).toHaveCount(2);
  await expect(manager.getByRole("row").filter({ hasText: "Jordan Park" }).getByRole("cell").first()).not.toContainText("disabled");
  await manager.goto("/credits");
  await expect(manager.getByLabel("SDR").getByRole("option", { name: `${name} (disabled)` })).toHaveCount(1);
  await expect(manager.getByLabel("SDR").getByRole("option", { name: "Jordan Park (SDR)", exact: true })).toHaveCount(1);
});
