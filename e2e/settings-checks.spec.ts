import { expect, test } from "@playwright/test";
import { findProfileUrl } from "../lib/clodura/sandbox/test-support";
import { demoUser, signedIn } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

const DEFAULTS = { freshnessDays: 90, rateLimitPerSecond: 5, sendsPerMinute: 0, sendsPerDay: 0, reconcileAfterSeconds: 60, balanceCheckMinutes: 10 };
const DEFAULT_PRICES = { Clodura: 10, SignalHire: 12, Enrichlayer: 14, Wiza: 15, LeadMagic: 16, RocketReach: 18, Findymail: 20 };
const EMPTY_TABLE = "Keep at least one provider: with none, every found number is counted at 20 credits (the most Clodura documents), whichever provider found it. Add a provider, or press Reset to defaults.";
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

test("the price table: a new row takes the focus, a bad price is said as it is and focused, and an empty table is refused", async ({ browser }) => {
  const admin = await signedIn(browser, demoUser("admin"));
  try {
    await admin.goto("/settings");
    const form = admin.getByRole("form", { name: "Pricing" });
    await form.getByRole("button", { name: "Add provider" }).click();
    await expect(form.getByLabel("Provider 8", { exact: true })).toBeFocused();
    await admin.keyboard.type("Kaspr");
    const price = form.getByLabel("Price for Kaspr", { exact: true });
    await price.fill("-3");
    await form.getByRole("button", { name: "Save pricing" }).click();
    await expect(form.getByRole("alert")).toHaveText("Kaspr: a price cannot be negative: enter 0 or more credits per found number.");
    await expect(price).toBeFocused();
    await expect(price).toHaveAttribute("aria-invalid", "true");
    await expect(price).toHaveAccessibleDescription("Kaspr: a price cannot be negative: enter 0 or more credits per found number.");
    // Past the most a price may be: the refusal alone, not also a warning to check it against the plan.
    await price.fill("5000");
    await expect(form.getByRole("note")).toHaveCount(0);
    await form.getByLabel("Provider 8", { exact: true }).press("Enter");
    await expect(form.getByRole("alert")).toHaveText("Kaspr: a price is at most 1,000 credits.");
    await expect(form.getByRole("note")).toHaveCount(0);
    await expect(price).toBeFocused();
    // Two rows at fault: both named and marked at once, the first focused.
    const clodura = form.getByLabel("Price for Clodura", { exact: true });
    await clodura.fill("2000");
    await price.fill("-1");
    await price.press("Enter");
    await expect(form.getByRole("alert")).toContainText("2 rows need a change before the table is saved:");
    await expect(form.getByRole("alert").getByRole("listitem")).toHaveText(["Clodura: a price is at most 1,000 credits.", "Kaspr: a price cannot be negative: enter 0 or more credits per found number."]);
    await expect(clodura).toBeFocused();
    await expect(clodura).toHaveAttribute("aria-invalid", "true");
    await expect(price).toHaveAttribute("aria-invalid", "true");
    await clodura.fill("");
    await price.fill("17");
    await price.press("Enter");
    await expect(clodura).toBeFocused();
    await expect(price).not.toHaveAttribute("aria-invalid");

    // Every provider removed: refused, saying what an empty table would charge, and nothing is saved.
    const remove = form.getByRole("button", { name: /^Remove / });
    while ((await remove.count()) > 0) await remove.first().click();
    await form.getByRole("button", { name: "Save pricing" }).click();
    await expect(form.getByRole("alert")).toHaveText(EMPTY_TABLE);
    await expect(form.getByRole("button", { name: "Add provider" })).toBeFocused();
    await expect(form.getByRole("status")).toHaveCount(0);
    expect((await (await admin.request.get("/api/settings/pricing")).json()).providerPrices).toEqual(DEFAULT_PRICES);
    const refused = await admin.request.put("/api/settings/pricing", { data: { plan: "max", providerPrices: {} } });
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error.message).toBe(`providerPrices: ${EMPTY_TABLE}`);
  } finally {
    expect((await admin.request.put("/api/settings/pricing", { data: { plan: "max", providerPrices: DEFAULT_PRICES } })).status()).toBe(200);
  }
});

test("with a Prospect plan, the price table is locked and says why while Clodura answers as Prospect, and open while it prices answers", async ({ browser }) => {
  const sdr = await signedIn(browser, demoUser("sdr"));
  const revealFound = async (prefix: string) => {
    await sdr.goto("/reveal");
    await sdr.getByLabel("LinkedIn URLs").fill(findProfileUrl({ found: true, viaPartners: true, prefix }));
    await sdr.getByRole("button", { name: "Reveal phones" }).click();
    await expect(sdr.getByTestId("reveal-row")).toHaveAttribute("data-state", "found", { timeout: 20_000 });
  };
  const admin = await signedIn(browser, demoUser("admin"));
  try {
    // Clodura's latest answer is in the Multi-Provider form: the table prices it whatever the plan says.
    await revealFound("e2e-plan-multi");
    await admin.goto("/settings");
    const form = admin.getByRole("form", { name: "Pricing" });
    await form.getByLabel("Clodura plan").selectOption("prospect");
    await expect(form.getByRole("note")).toContainText("Clodura's last result came in the Multi-Provider form of Free Forever, Max and PAYG: while it answers so, the price table below still charges each found number, so it stays open.");
    await expect(form.getByLabel("Price for Clodura", { exact: true })).toBeEnabled();
    await form.getByRole("button", { name: "Save pricing" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved. New charges use these prices.");

    // Clodura now answers as Prospect (2 credits a number): the table prices nothing, and says so.
    await revealFound("e2e-plan-standard");
    await admin.reload();
    const table = form.getByRole("group", { name: "Credits per found number, by provider" });
    await expect(table).toHaveAccessibleDescription(/^Not used while the plan is Prospect: every found number is 2 credits\. The table is kept for a change of plan/);
    await expect(form.getByLabel("Price for Clodura", { exact: true })).toBeDisabled();
    await expect(form.getByRole("button", { name: "Add provider" })).toBeDisabled();
    await form.getByRole("button", { name: "Save pricing" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved. New charges are 2 credits a found number.");
    await form.getByLabel("Clodura plan").selectOption("max");
    await expect(form.getByLabel("Price for Clodura", { exact: true })).toBeEnabled();
    await expect(table).not.toHaveAttribute("aria-describedby");
  } finally {
    expect((await admin.request.put("/api/settings/pricing", { data: { plan: "max", providerPrices: DEFAULT_PRICES } })).status()).toBe(200);
    // Clodura's latest word back to the Multi-Provider form, as the tests after this one expect.
    await revealFound("e2e-plan-back");
  }
});
