import { expect, test } from "@playwright/test";
import { demoUser, signIn, signedIn } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

test("a password of one's own, chosen after an admin's, takes the banner away at once and says so where the focus is", async ({ browser }) => {
  const admin = await signedIn(browser, demoUser("admin"));
  const stamp = Date.now();
  const email = `quinn.${stamp}@acme.test`;
  const added = await admin.request.post("/api/team", { data: { name: `Quinn Account ${stamp}`, email, role: "sdr" } });
  expect(added.status()).toBe(201);
  const { temporaryPassword } = (await added.json()) as { temporaryPassword: string };

  const quinn = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await signIn(quinn, { email, password: temporaryPassword });
  const banner = quinn.getByRole("status").filter({ hasText: "You are signed in with a password an admin made for you." });
  await banner.getByRole("link", { name: "Choose your own" }).click();
  await expect(quinn).toHaveURL(/\/account$/);
  const account = quinn.getByRole("form", { name: "Change your password" });
  await account.getByLabel("Current password").fill(temporaryPassword);
  await account.getByLabel("New password", { exact: true }).fill("copper-meadow-violin");
  await account.getByLabel("New password again").fill("copper-meadow-violin");
  await account.getByLabel("New password again").press("Enter");

  const changed = account.getByRole("status");
  await expect(changed).toHaveText("Password changed. Any other browser or device signed in as you has been signed out.");
  // Not the page's start: the focus is on what happened, and the banner asking for it is gone without a reload.
  await expect(changed).toBeFocused();
  await expect(banner).toHaveCount(0);
  await quinn.reload();
  await expect(quinn.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(banner).toHaveCount(0);
});

test("Check now keeps the focus on itself while it reads the balance", async ({ browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto("/credits");
  // The reading held back a moment: long enough to see where the focus is meanwhile.
  await manager.route("**/api/credits/balance", async (route) => {
    if (route.request().method() === "POST") await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.continue();
  });
  const card = manager.getByRole("region", { name: "Clodura balance" });
  await card.getByRole("button", { name: "Check now" }).focus();
  await manager.keyboard.press("Enter");
  await expect(card.getByRole("button", { name: "Checking…" })).toBeFocused();
  await expect(card.getByRole("button", { name: "Checking…" })).toHaveAttribute("aria-disabled", "true");
  await expect(card.getByRole("button", { name: "Check now" })).toBeFocused();
});
