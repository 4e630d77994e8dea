import { expect, test } from "@playwright/test";
import { demoUser } from "./fixtures";

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("pages redirect to sign-in and the API answers 401", async ({ page, request }) => {
    await page.goto("/reveal");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Freveal/);
    await expect(page.getByText("Sandbox mode: demo accounts")).toBeVisible();
    for (const [method, url] of [["GET", "/api/batches"], ["POST", "/api/reveals"], ["GET", "/api/queue"], ["POST", "/api/queue/resume"]] as const) {
      const response = await request.fetch(url, { method, data: method === "POST" ? {} : undefined });
      expect(response.status(), `${method} ${url}`).toBe(401);
    }
  });

  const wrongLogins = [
    { name: "wrong password", email: demoUser("sdr").email, password: "not-the-password" },
    { name: "unknown email", email: "nobody@example.com", password: "whatever-pass" },
  ];
  for (const attempt of wrongLogins) {
    test(`sign-in with ${attempt.name} shows an error`, async ({ page }) => {
      await page.goto("/login");
      await page.getByLabel("Email").fill(attempt.email);
      await page.getByLabel("Password").fill(attempt.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "don't match an account" })).toBeVisible();
      await expect(page).toHaveURL(/\/login/);
    });
  }
});

test("an SDR cannot resume the queue (admin only)", async ({ request }) => {
  const response = await request.post("/api/queue/resume");
  expect(response.status()).toBe(403);
});

test("the webhook receiver refuses an unknown token without writing anything", async ({ request }) => {
  const response = await request.post(`/api/webhooks/clodura/${"x".repeat(43)}`, { data: { personId: "1", phoneNumbers: [] } });
  expect(response.status()).toBe(404);
});
