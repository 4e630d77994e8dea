import { expect, test } from "@playwright/test";
import { violations } from "./axe";
import { demoUser, signIn } from "./fixtures";

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme, storageState: { cookies: [], origins: [] } });

    test("every page passes an axe scan: contrast, names, roles, landmarks", async ({ page }) => {
      await page.goto("/login");
      await expect(page.getByRole("heading", { name: "Reveal Desk", level: 1 })).toBeVisible();
      expect(await violations(page), "/login").toEqual([]);

      await signIn(page, demoUser("admin"));
      // A finished batch, so the batch page, the lists and the credits have rows to show.
      await page.getByLabel("LinkedIn URLs").fill(["a11y-one", "a11y-two", "a11y-three"].map((name) => `https://www.linkedin.com/in/${colorScheme}-${name}/`).join("\n"));
      expect(await violations(page), "/reveal with a preview").toEqual([]);
      // The primary button's focus ring is indigo from the first frame, not the white of its text fading to indigo.
      const reveal = page.getByRole("button", { name: "Reveal phones" });
      const ring = await reveal.evaluate((button) => getComputedStyle(button).outlineColor);
      expect(ring).not.toBe("rgb(255, 255, 255)");
      await page.getByLabel("Ask partner providers").focus();
      await page.keyboard.press("Tab");
      await expect(reveal).toBeFocused();
      await expect(reveal).toHaveCSS("outline-style", "solid");
      await expect(reveal).toHaveCSS("outline-color", ring);
      await reveal.click();
      await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
      await expect(page.getByTestId("reveal-row")).toHaveCount(3);
      expect(await violations(page), "the batch page while it runs").toEqual([]);
      await expect(page.getByText("3 / 3 done")).toBeVisible({ timeout: 20_000 });
      expect(await violations(page), "the batch page").toEqual([]);

      for (const path of ["/reveal", "/upload", "/batches", "/people", "/credits", "/approvals", "/budgets", "/team", "/settings", "/account"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await page.waitForLoadState("networkidle");
        expect(await violations(page), path).toEqual([]);
      }

      // The upload review: mapping, report, ledger matches (the people revealed above) and the cost estimate.
      await page.goto("/upload");
      const csv = ["First Name,Person Linkedin Url", ...["a11y-one", "a11y-new"].map((name) => `Pat,https://www.linkedin.com/in/${colorScheme}-${name}/`)].join("\r\n");
      await page.getByLabel("CSV file").setInputFiles({ name: "a11y.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      const summary = page.getByRole("list", { name: "Validation summary" });
      await expect(summary.locator('[data-summary="fresh"]')).toContainText("1");
      await expect(summary.locator('[data-summary="new"]')).toContainText("1");
      expect(await violations(page), "/upload review").toEqual([]);
    });
  });
}
