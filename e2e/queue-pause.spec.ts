import { expect, test } from "@playwright/test";
import { demoUser } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

test("402 from Clodura pauses sending, the admin sees why and resumes, and the reveal then completes", async ({ page }) => {
  const admin = demoUser("admin");
  await page.goto("/login");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/reveal$/);

  await page.getByLabel("LinkedIn URLs").fill("https://www.linkedin.com/in/pat-sandbox-402");
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\//);

  const banner = page.getByRole("alert").filter({ hasText: "Sending to Clodura is paused (402)" });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(banner).toContainText("will not be charged");
  const row = page.getByTestId("reveal-row");
  await expect(row).toHaveAttribute("data-state", "queued");

  await banner.getByRole("button", { name: "Resume sending" }).click();
  await expect(banner).toBeHidden();
  await expect(row).toHaveAttribute("data-state", /^(found|not_found)$/, { timeout: 20_000 });
});
