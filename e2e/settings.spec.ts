import { expect, test, type Browser, type Page } from "@playwright/test";
import { findProfileUrl } from "../lib/clodura/sandbox/test-support";
import { demoUser, signedIn } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

const DEFAULTS = { freshnessDays: 90, rateLimitPerSecond: 5, sendsPerMinute: 0, sendsPerDay: 0, reconcileAfterSeconds: 60, balanceCheckMinutes: 10 };

async function previewOf(sdr: Page, url: string) {
  await sdr.goto("/reveal");
  await sdr.getByLabel("LinkedIn URLs").fill(url);
  return sdr.getByRole("list", { name: "Pasted lines" }).locator('[data-status="ok"]');
}

/** The demo SDR, signed in, with one person just revealed (found): the ledger and the send log have something in them. */
async function sdrWithAFoundReveal(browser: Browser, prefix: string): Promise<{ sdr: Page; person: string }> {
  const person = findProfileUrl({ found: true, viaPartners: true, prefix });
  const sdr = await signedIn(browser, demoUser("sdr"));
  await sdr.getByLabel("LinkedIn URLs").fill(person);
  await sdr.getByRole("button", { name: "Reveal phones" }).click();
  await expect(sdr.getByTestId("reveal-row")).toHaveAttribute("data-state", "found", { timeout: 20_000 });
  return { sdr, person };
}

test("an admin sets the freshness window, and the ledger and the history follow it", async ({ browser }) => {
  const { sdr, person } = await sdrWithAFoundReveal(browser, "e2e-settings-fresh");
  await expect(await previewOf(sdr, person)).toHaveAttribute("data-ledger", "fresh");

  const admin = await signedIn(browser, demoUser("admin"));
  try {
    await admin.goto("/settings");
    const form = admin.getByRole("form", { name: "Reveal settings" });
    const freshness = form.getByLabel("Freshness window");
    await expect(freshness).toHaveValue("90");
    await freshness.fill("1.5");
    const sendRate = form.getByLabel("Send rate");
    await sendRate.fill("");
    await form.getByRole("button", { name: "Save reveal settings" }).click();
    // Every bad value is named beside its own field, and the first one gets the focus.
    await expect(form.getByRole("alert")).toHaveText("2 values need fixing: see the fields above.");
    await expect(freshness).toHaveAccessibleDescription(/^The freshness window is a whole number of days\./);
    await expect(freshness).toHaveAttribute("aria-invalid", "true");
    await expect(freshness).toBeFocused();
    await expect(sendRate).toHaveAccessibleDescription(/^Enter a number\./);
    await sendRate.fill("5");

    // A 0-day window pays for every person again every time: said beside the field, and saved only on a second press.
    await freshness.fill("0");
    await expect(freshness).toHaveAccessibleDescription(/^A window of 0 days reuses no earlier answer: every person is sent to Clodura and paid for again each time anyone reveals them/);
    await freshness.press("Enter");
    await expect(form.getByRole("note")).toContainText("If that is what you mean, press “Save these settings anyway”.");
    await expect(form.getByRole("status")).toHaveCount(0);
    await form.getByRole("button", { name: "Save these settings anyway" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved. Sending and the ledger use these now.");
    // The fields came back with the saved values: the focus is on the form's save button, not lost to the page.
    await expect(admin.getByRole("form", { name: "Reveal settings" }).getByRole("button", { name: "Save reveal settings" })).toBeFocused();
    await admin.reload();
    await expect(admin.getByRole("form", { name: "Reveal settings" }).getByLabel("Freshness window")).toHaveValue("0");
    const saved = admin.getByRole("form", { name: "Reveal settings" });
    // A value named as wrong is checked again as it is edited.
    const days = saved.getByLabel("Freshness window");
    await days.fill("-1");
    await days.press("Enter");
    await expect(saved.getByRole("alert")).toHaveText("One value needs fixing: see the fields above.");
    await expect(days).toHaveAccessibleDescription(/^The freshness window cannot be negative\./);
    await days.fill("1.5");
    await expect(days).toHaveAccessibleDescription(/^The freshness window is a whole number of days\./);
    await days.fill("7");
    await expect(saved.getByRole("alert")).toHaveCount(0);
    await expect(days).not.toHaveAttribute("aria-invalid");
    await days.fill("-1");
    await days.press("Enter");
    await expect(days).toHaveAttribute("aria-invalid", "true");
    // "Reset to defaults" clears what was named, fills the fields only, and says so; left unsaved, the saved window stands.
    await saved.getByRole("button", { name: "Reset to defaults (reveal settings)" }).click();
    await expect(days).toHaveValue("90");
    await expect(saved.getByRole("alert")).toHaveCount(0);
    await expect(days).toHaveAccessibleDescription(/^A person anyone on the team revealed/);
    await expect(saved.getByText("Not saved yet: sending and the ledger still use the saved values until you press Save.")).toBeVisible();
    await admin.reload();
    await expect(admin.getByRole("form", { name: "Reveal settings" }).getByLabel("Freshness window")).toHaveValue("0");

    // Revealed a minute ago, but outside a window of 0 days: a new paid request, and the rep is told the team asked before.
    const line = await previewOf(sdr, person);
    await expect(line).toHaveAttribute("data-ledger", "older");
    await expect(line).toContainText(/Will reveal again: You revealed them on \w{3} \d{1,2} \(found a number\), outside the 0-day freshness window/);
    await expect(sdr.getByText("1 free from the team ledger")).toHaveCount(0);
    const [people] = await Promise.all([sdr.context().waitForEvent("page"), line.getByRole("link", { name: /^See it on People/ }).click()]);
    await expect(people.getByRole("searchbox", { name: "Search people" })).toHaveValue(/e2e-settings-fresh/);
    await expect(people.getByTestId("person-row")).toHaveCount(1);
    await expect(people.getByTestId("person-row").getByTestId("best-number")).toBeVisible();
    // A 0-day window reuses nothing: said as such, not as "older than 0 days" of an answer minutes old.
    await expect(people.getByTestId("person-row")).toContainText("Lists reuse no answers (freshness window 0 days): a new reveal costs credits");
    await people.close();

    await admin.goto("/budgets");
    await expect(admin.getByRole("region", { name: "History" }).getByRole("listitem").first()).toContainText("Reveal settings: freshness window 90 → 0 days");
  } finally {
    expect((await admin.request.put("/api/settings/reveals", { data: DEFAULTS })).status()).toBe(200);
  }
  await expect(await previewOf(sdr, person)).toHaveAttribute("data-ledger", "fresh");
});

test("a day's send limit holds a list, every page says until when, and lifting it sends the rest", async ({ browser }) => {
  // At least one send in the last 24 hours, whatever ran before: a limit of 1 is then spent.
  const { sdr } = await sdrWithAFoundReveal(browser, "e2e-send-limit-first");

  const admin = await signedIn(browser, demoUser("admin"));
  try {
    await admin.goto("/settings");
    const form = admin.getByRole("form", { name: "Reveal settings" });
    await expect(form.getByLabel("Send limit a day")).toHaveValue("0");
    await form.getByLabel("Send limit a day").fill("1");
    await form.getByLabel("Send limit a day").press("Enter");
    await expect(form.getByRole("status")).toHaveText("Saved. Sending and the ledger use these now.");

    await sdr.goto("/reveal");
    await sdr.getByLabel("LinkedIn URLs").fill(findProfileUrl({ found: true, viaPartners: true, prefix: "e2e-send-limit-held" }));
    // Before it is sent, the paste says it waits out the day's limit.
    await expect(sdr.getByTestId("sending-time")).toHaveText(/Sent in about 2[34] hours at 1 a day\.$/);
    await sdr.getByRole("button", { name: "Reveal phones" }).click();
    const note = sdr.getByRole("status").filter({ hasText: "The team's send limit is reached" });
    await expect(note).toContainText(/1 request to Clodura in the last 24 hours\. \d[\d,]* reveals? waits? and sending goes on (today|tomorrow) at \d{1,2}:\d{2} [AP]M by itself\. An admin can change the limit in Settings\./, { timeout: 15_000 });
    await expect(sdr.getByTestId("reveal-row")).toHaveAttribute("data-state", "queued");
    // The list says how long it waits, and why: the day's limit, not the rate a second.
    await expect(sdr.getByTestId("sending-outlook")).toHaveText(/^1 not yet sent: all sent in about 2[34] hours at 1 a day\.$/);
    // A manager's Batches page says what the team has waiting and how long it takes; the list's row, when it is sent.
    await admin.goto("/batches");
    await expect(admin.getByTestId("team-queue")).toHaveText(/^([\d,]+ reveals wait to be sent, (all from 1 person, sent|from [\d,]+ people taking turns: all sent)|1 reveal waits to be sent: it goes) in about ([\d,]+ hours?|[\d,]+ days?) at 1 a day\.$/);
    await expect(admin.getByTestId("batch-sending").first()).toHaveText(/^all sent in about (2[34] hours|[\d,]+ days?)$/);

    await admin.goto("/budgets");
    await expect(admin.getByRole("region", { name: "History" }).getByRole("listitem").first()).toContainText("Reveal settings: send limit a day no limit → 1");
  } finally {
    expect((await admin.request.put("/api/settings/reveals", { data: DEFAULTS })).status()).toBe(200);
  }
  await expect(sdr.getByTestId("reveal-row")).toHaveAttribute("data-state", "found", { timeout: 20_000 });
  await expect(sdr.getByRole("status").filter({ hasText: "The team's send limit is reached" })).toHaveCount(0, { timeout: 15_000 });
});

test("only an admin changes reveal settings; a manager reads the history a page at a time", async ({ browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  const forbidden = await manager.request.put("/api/settings/reveals", { data: DEFAULTS });
  expect(forbidden.status()).toBe(403);
  expect((await forbidden.json()).error.message).toBe("This needs the admin role.");

  // 60 cap changes: more than one page of history.
  const budgets = (await (await manager.request.get("/api/budgets")).json()) as { budgets: { subject: string; name: string }[] };
  const admin = budgets.budgets.find((row) => row.name === "Alex Kim (Admin)")!;
  for (let credits = 1; credits <= 60; credits += 1) {
    expect((await manager.request.put("/api/budgets", { data: { subject: admin.subject, period: "day", credits: 1000 + credits } })).status()).toBe(200);
  }
  await manager.goto("/budgets");
  const history = manager.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem").first()).toContainText("Daily budget of Alex Kim (Admin): 1,059 credits → 1,060 credits");
  await expect(history.getByRole("listitem")).toHaveCount(50);
  await history.getByRole("button", { name: "Show older changes" }).click();
  await expect(history.getByText("Daily budget of Alex Kim (Admin): no cap → 1,001 credits")).toBeVisible();
  expect(await history.getByRole("listitem").count()).toBeGreaterThanOrEqual(60);

  const badPage = await manager.request.get("/api/budgets/history?before=yesterday");
  expect(badPage.status()).toBe(400);
  expect((await badPage.json()).error.message).toContain("That history page does not exist");
  expect((await manager.request.put("/api/budgets", { data: { subject: admin.subject, period: "day", credits: null } })).status()).toBe(200);
});

test("an admin moves the team's calendar to New York, and the budgets say so", async ({ browser }) => {
  const admin = await signedIn(browser, demoUser("admin"));
  try {
    await admin.goto("/settings");
    const form = admin.getByRole("form", { name: "Team calendar" });
    const zone = form.getByLabel("Time zone");
    await expect(zone).toHaveValue("UTC");
    await expect(form.getByRole("button", { name: "Save time zone" })).toBeDisabled();
    // Places by today's names, each with its offset, so a team in India finds Kolkata, not Calcutta.
    await expect(zone.locator('option[value="Asia/Kolkata"]')).toHaveText("Asia/Kolkata (GMT+5:30)");
    await expect(zone.locator('option[value="Asia/Calcutta"]')).toHaveCount(0);
    await zone.selectOption("America/New_York");
    await form.getByRole("button", { name: "Save time zone" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved. Budgets and the Credits page count days in America/New York.");
    await admin.reload();
    await expect(admin.getByRole("form", { name: "Team calendar" }).getByLabel("Time zone")).toHaveValue("America/New_York");

    await admin.goto("/budgets");
    await expect(admin.getByText(/counted in the team's time zone \(America\/New York\): a daily cap starts again at midnight there/)).toBeVisible();
    await expect(admin.getByRole("region", { name: "History" }).getByRole("listitem").first()).toContainText("Team time zone: UTC → America/New_York");

    const refused = await admin.request.put("/api/settings/time-zone", { data: { timeZone: "Mars/Olympus_Mons" } });
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error.message).toContain("Pick a time zone from the list, such as America/New_York.");
  } finally {
    expect((await admin.request.put("/api/settings/time-zone", { data: { timeZone: "UTC" } })).status()).toBe(200);
  }
});

test("an admin edits the price table: a bad price is named, a row removed keeps the focus in the form, and the history says what changed", async ({ browser }) => {
  const admin = await signedIn(browser, demoUser("admin"));
  try {
    await admin.goto("/settings");
    const form = admin.getByRole("form", { name: "Pricing" });
    await form.getByRole("button", { name: "Add provider" }).click();
    await form.getByLabel("Provider 8", { exact: true }).fill("Kaspr");
    await form.getByLabel("Price for Kaspr", { exact: true }).fill("25");
    await expect(form.getByRole("note")).toHaveText("Kaspr (25) is priced above the 10–20 credits Clodura documents: check against your Clodura plan before saving.");
    // Saved only on a second, explicit press: a typo would inflate every estimate and cap check.
    await form.getByRole("button", { name: "Save pricing" }).click();
    await expect(form.getByRole("note")).toContainText("If it is right, press “Save these prices anyway”.");
    await expect(form.getByRole("button", { name: "Save these prices anyway" })).toBeFocused();
    await expect(form.getByRole("status")).toHaveCount(0);
    expect((await (await admin.request.get("/api/settings/pricing")).json()).providerPrices.Kaspr).toBeUndefined();
    await form.getByLabel("Price for Kaspr", { exact: true }).fill("26");
    await expect(form.getByRole("button", { name: "Save pricing" })).toBeVisible();
    await form.getByLabel("Price for Kaspr", { exact: true }).fill("17");
    await expect(form.getByRole("note")).toHaveCount(0);
    // Below the documented range too: a price of 0 would let that provider's numbers past every budget.
    await form.getByLabel("Price for SignalHire", { exact: true }).fill("0");
    await expect(form.getByRole("note")).toHaveText("SignalHire at 0 credits: its numbers would be charged nothing, so budgets would not count them.");
    await form.getByRole("button", { name: "Save pricing" }).click();
    await expect(form.getByRole("note")).toContainText("budgets would not count them. If it is right, press “Save these prices anyway”.");
    await expect(form.getByRole("button", { name: "Save these prices anyway" })).toBeFocused();
    expect((await (await admin.request.get("/api/settings/pricing")).json()).providerPrices.SignalHire).toBe(12);
    await form.getByLabel("Price for SignalHire", { exact: true }).fill("12");
    await expect(form.getByRole("note")).toHaveCount(0);
    await form.getByLabel("Price for Wiza", { exact: true }).fill("fifteen");
    await form.getByRole("button", { name: "Save pricing" }).click();
    await expect(form.getByRole("alert")).toHaveText("Wiza: enter the price as a whole number of credits, such as 15 (not “fifteen”).");
    await form.getByLabel("Price for Wiza", { exact: true }).fill("5000");
    await form.getByRole("button", { name: "Save pricing" }).click();
    await expect(form.getByRole("alert")).toHaveText("Wiza: a price is at most 1,000 credits.");
    await form.getByLabel("Price for Wiza", { exact: true }).fill("16");
    // A provider spelled other than Clodura spells it would never be matched; a row left unnamed is not dropped quietly.
    await form.getByRole("button", { name: "Add provider" }).click();
    await form.getByLabel("Provider 9", { exact: true }).fill("signalhire");
    await form.getByRole("button", { name: "Save pricing" }).click();
    await expect(form.getByRole("alert")).toHaveText("signalhire and SignalHire are the same provider: keep one.");
    await form.getByLabel("Provider 9", { exact: true }).fill("");
    await form.getByRole("button", { name: "Save pricing" }).click();
    await expect(form.getByRole("alert")).toHaveText("Row 9 has no provider name: name it as Clodura does, or remove the row.");
    await form.getByRole("button", { name: "Remove provider 9" }).click();

    // The last row removed: the focus goes to "Add provider", not to the page.
    await form.getByRole("button", { name: "Add provider" }).click();
    await form.getByRole("button", { name: "Remove provider 9" }).click();
    await expect(form.getByLabel("Provider 9", { exact: true })).toHaveCount(0);
    await expect(form.getByRole("button", { name: "Add provider" })).toBeFocused();

    await form.getByLabel("Price for Kaspr", { exact: true }).press("Enter");
    await expect(admin.getByRole("form", { name: "Pricing" }).getByRole("status")).toHaveText("Saved. New charges use these prices.");
    await expect(admin.getByRole("form", { name: "Pricing" }).getByRole("button", { name: "Save pricing" })).toBeFocused();
    await admin.reload();
    await expect(admin.getByRole("form", { name: "Pricing" }).getByLabel("Price for Kaspr", { exact: true })).toHaveValue("17");
    await admin.goto("/budgets");
    await expect(admin.getByRole("region", { name: "History" }).getByRole("listitem").first()).toContainText("Pricing: Wiza 15 → 16, Kaspr – → 17");
  } finally {
    const defaults = { Clodura: 10, SignalHire: 12, Enrichlayer: 14, Wiza: 15, LeadMagic: 16, RocketReach: 18, Findymail: 20 };
    expect((await admin.request.put("/api/settings/pricing", { data: { plan: "max", providerPrices: defaults } })).status()).toBe(200);
  }
});

test("an admin sees which Clodura answers and that its webhooks reach the app", async ({ browser }) => {
  await sdrWithAFoundReveal(browser, "e2e-settings-webhook");

  const admin = await signedIn(browser, demoUser("admin"));
  await admin.goto("/settings");
  const card = admin.getByRole("region", { name: "Clodura connection" });
  const fact = (term: string) => card.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]");
  await expect(fact("Mode")).toHaveText(/^Sandbox The built-in Clodura simulator answers, and nothing real is spent\./);
  await expect(fact("Sending")).toHaveText(/^Running\./);
  await expect(fact("Webhook address").locator("code")).toHaveText(/^http:\/\/[^/]+\/api\/webhooks\/clodura\/$/);
  await expect(fact("Last 24 hours")).toHaveText(/^[\d,]+ answers?: [1-9][\d,]* by webhook, [\d,]+ by asking Clodura after the 60 s webhook wait/);
  await expect(fact("Last webhook").locator("time")).toHaveText(/^Today, /);
  await expect(card.getByTestId("webhooks-missing")).toHaveCount(0);
  // Tokens stay on the server: the address is the public URL's, never a request's own.
  expect(await card.textContent()).not.toMatch(/clodura\/[A-Za-z0-9_-]{20,}/);

  const manager = await signedIn(browser, demoUser("manager"));
  expect((await manager.request.get("/api/settings/connection")).status()).toBe(403);
});
