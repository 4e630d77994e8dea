import { expect, test as setup } from "@playwright/test";
import { demoUser } from "./fixtures";

setup("sign in as the demo SDR", async ({ page }) => {
  const sdr = demoUser("sdr");
  await page.goto("/login");
  await page.getByLabel("Email").fill(sdr.email);
  await page.getByLabel("Password").fill(sdr.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/reveal$/);
  await page.context().storageState({ path: "test-results/.auth/sdr.json" });
});
