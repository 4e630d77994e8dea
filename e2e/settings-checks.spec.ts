import { expect, test } from "@playwright/test";
import { demoUser, signedIn } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

const DEFAULTS = { freshnessDays: 90, rateLimitPerSecond: 5, sendsPerMinute: 0, sendsPerDay: 0, reconcileAfterSeconds: 60, balanceCheckMinutes: 10 };
const DAY_BELOW_MINUTE = "The day's send limit (50) is below the minute's (100): a day would stop before one minute's worth. Make the day's at least 100, lower the minute's, or set either to 0 (no limit).";

test("a day's send limit below a minute's is refused at the day's field, by the form and by the server", async ({ browser }) => {
  const admin = await signedIn(browser, demoUser("admin"));
  try {
    await admin.goto("/settings");
    const form = admin.getByRole("form", { name: "Reveal settings" });
    const [minute, day] = [form.getByLabel("Send limit a minute"), form.getByLabel("Send limit a day")];
    await minute.fill("100");
    await day.fill("50");
    await minute.press("Enter");
    await expect(form.getByRole("alert")).toHaveText("One value needs fixing: see the fields above.");
    await expect(day).toBeFocused();
    await expect(day).toHaveAttribute("aria-invalid", "true");
    await expect(day).toHaveAccessibleDescription(new RegExp(`^${DAY_BELOW_MINUTE.replace(/[()]/g, "\\$&")}`));
    await expect(form.getByRole("status")).toHaveCount(0);
    // Mended from the other field: the day's message goes as the minute's limit is lowered.
    await minute.fill("50");
    await expect(day).not.toHaveAttribute("aria-invalid");
    await expect(form.getByRole("alert")).toHaveCount(0);

    const refused = await admin.request.put("/api/settings/reveals", { data: { ...DEFAULTS, sendsPerMinute: 100, sendsPerDay: 50 } });
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error.message).toBe(`sendsPerDay: ${DAY_BELOW_MINUTE}`);
    expect(await (await admin.request.get("/api/settings/reveals")).json()).toMatchObject({ sendsPerMinute: 0, sendsPerDay: 0 });
  } finally {
    expect((await admin.request.put("/api/settings/reveals", { data: DEFAULTS })).status()).toBe(200);
  }
});
