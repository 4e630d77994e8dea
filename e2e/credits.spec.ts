import { expect, test, type Page } from "@playwright/test";
import { findProfileUrl } from "../lib/clodura/sandbox/test-support";
import { demoUser, secondDemoSdr, signedIn, signIn } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

const found = (prefix: string) => findProfileUrl({ found: true, viaPartners: true, prefix });
const credits = (text: string | null) => Number((text ?? "").replace(/[^\d]/g, ""));

async function reveal(page: Page, urls: string[]): Promise<string> {
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill(urls.join("\n"));
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
  return page.url().split("/").at(-1)!;
}

async function revealAndCharge(page: Page, urls: string[]): Promise<{ batchId: string; spent: number }> {
  const batchId = await reveal(page, urls);
  await expect(page.locator('[data-testid="reveal-row"][data-state="found"]')).toHaveCount(urls.length, { timeout: 20_000 });
  await expect(page.getByTestId("batch-spent")).not.toHaveText("0 credits");
  return { batchId, spent: credits(await page.getByTestId("batch-spent").textContent()) };
}

test("two SDRs run batches; the manager sees both in the dashboard with correct totals and drills down", async ({ browser }) => {
  const sam = await signedIn(browser, demoUser("sdr"));
  const jordan = await signedIn(browser, secondDemoSdr());
  const samBatch = await revealAndCharge(sam, [found("e2e-credits-sam-1"), found("e2e-credits-sam-2")]);
  const jordanBatch = await revealAndCharge(jordan, [found("e2e-credits-jordan")]);

  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto("/credits");
  const bySdr = manager.getByRole("region", { name: "By SDR" });
  const jordanRow = bySdr.getByRole("row").filter({ hasText: "Jordan Park" });
  // SDR, Answered, Found rate, Paid numbers, Credits, Per number (the rates are checked against the reveals in spend-report.test.ts).
  await expect(jordanRow.getByRole("cell").nth(2)).toHaveText(/^\d{1,3}%$/);
  await expect(jordanRow.getByRole("cell").nth(4)).toHaveText(jordanBatch.spent.toLocaleString("en"));
  // The team total is the sum of every SDR's spend.
  const perSdr = await bySdr.locator("tbody tr td:nth-child(5)").allTextContents();
  await expect(manager.getByTestId("total-credits")).toHaveText(perSdr.reduce((sum, text) => sum + credits(text), 0).toLocaleString("en"));

  await manager.setViewportSize({ width: 1280, height: 800 });
  const byBatch = manager.getByRole("region", { name: "By batch" });
  for (const batch of [samBatch, jordanBatch]) {
    const row = byBatch.getByRole("row").filter({ has: manager.locator(`a[href="/batches/${batch.batchId}"]`) });
    // The Credits column, after Batch, By, Created, Paid numbers; then what a found number cost.
    const creditsCell = row.getByRole("cell").nth(4);
    await expect(creditsCell).toHaveText(batch.spent.toLocaleString("en"));
    const found = credits((await row.getByRole("cell").nth(3).textContent()) ?? "");
    await expect(row.getByRole("cell").last()).toHaveText(found > 0 ? (Math.round((batch.spent / found) * 10) / 10).toLocaleString("en") : "–");
    // Half a laptop's width: a long pasted name wraps, it does not push the figures out of the card.
    const [card, cell] = [await byBatch.boundingBox(), await row.getByRole("cell").last().boundingBox()];
    expect(cell!.x + cell!.width).toBeLessThanOrEqual(card!.x + card!.width);
  }

  // A manager far from the team's calendar (UTC here) reads each batch's day on it, as every other day on the page.
  const farZone = new Date().getUTCHours() < 11 ? "Pacific/Pago_Pago" : "Pacific/Kiritimati";
  const away = await (await browser.newContext({ timezoneId: farZone, viewport: { width: 1280, height: 800 }, storageState: { cookies: [], origins: [] } })).newPage();
  await signIn(away, demoUser("manager"));
  await away.goto("/credits");
  await expect(away.getByText("credits per day (UTC)")).toBeVisible();
  const samRow = away.getByRole("region", { name: "By batch" }).getByRole("row").filter({ has: away.locator(`a[href="/batches/${samBatch.batchId}"]`) });
  await expect(samRow.getByRole("cell").nth(2)).toHaveText(new Date().toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" }));
  await away.context().close();

  // On a laptop the charges are below the fold: a click on a figure scrolls to them and puts the focus on their heading.
  await bySdr.getByRole("button", { name: "Jordan Park (SDR)" }).click();
  const chargesHeading = manager.getByRole("region", { name: "Charges" }).getByRole("heading");
  await expect(chargesHeading).toHaveText("Charges behind SDR Jordan Park (SDR)");
  await expect(chargesHeading).toBeFocused();
  await expect(chargesHeading).toBeInViewport();

  await manager.getByLabel("SDR", { exact: true }).selectOption({ label: "Jordan Park (SDR)" });
  await expect(manager.getByTestId("total-credits")).toHaveText(jordanBatch.spent.toLocaleString("en"));
  await expect(manager.getByTestId("total-found")).toHaveText("1");
  await manager.getByRole("region", { name: "Providers" }).getByRole("button").first().click();
  const charges = manager.getByRole("region", { name: "Charges" });
  await expect(charges.getByRole("heading")).toContainText("Charges behind provider");
  await expect(charges.locator("tbody tr")).toHaveCount(1);
  await expect(charges.locator("tbody tr")).toContainText("Jordan Park");
  await charges.getByRole("button", { name: "Show all charges" }).click();
  await expect(charges.getByRole("heading", { name: "Every charge in this period" })).toBeFocused();

  // The day chart is one tab stop, today's bar; the arrow keys move between days and Enter opens one.
  const bars = manager.getByRole("list", { name: /Credits by day/ }).getByRole("button");
  const barCount = await bars.count();
  await expect(manager.getByRole("list", { name: /Credits by day/ }).locator('button[tabindex="0"]')).toHaveCount(1);
  await bars.last().focus();
  await manager.keyboard.press("ArrowLeft");
  await expect(bars.nth(barCount - 2)).toBeFocused();
  await manager.keyboard.press("End");
  await expect(bars.last()).toBeFocused();
  await manager.keyboard.press("Enter");
  await expect(charges.getByRole("heading")).toContainText("Charges behind");

  // A period typed with the keyboard, digit by digit, is the one shown.
  const from = manager.getByLabel("From");
  await from.focus();
  await from.pressSequentially("01152026", { delay: 30 });
  await from.press("Tab");
  await expect(manager).toHaveURL(/from=2026-01-15/);
  await expect(from).toHaveValue("2026-01-15");
  await expect(manager.getByRole("group", { name: "Period" }).getByRole("button", { pressed: true })).toHaveCount(0);
  // A link with its ends swapped shows that period rather than an error.
  await manager.goto("/credits?from=2026-11-01&to=2026-01-15");
  await expect(manager.getByLabel("From")).toHaveValue("2026-01-15");
  await expect(manager.getByLabel("To")).toHaveValue("2026-11-01");
  await expect(manager.getByTestId("total-credits")).toBeVisible();

  // An SDR sees only their own spend.
  await jordan.goto("/credits");
  await expect(jordan.getByTestId("total-credits")).toHaveText(jordanBatch.spent.toLocaleString("en"));
  await expect(jordan.getByRole("region", { name: "By SDR" })).toHaveCount(0);
});

/** A manager caps Jordan's month at `credits` ("" removes the cap) on Budgets, and the history says so. */
async function capJordansMonth(manager: Page, credits: "1" | "", said: string): Promise<void> {
  await manager.goto("/budgets");
  const cap = manager.getByLabel("Monthly cap for Jordan Park (SDR)");
  await cap.fill(credits);
  await cap.press("Enter");
  await expect(manager.getByRole("region", { name: "History" })).toContainText(said);
}

test("a batch over budget waits for approval, then runs once a manager approves it", async ({ browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  await capJordansMonth(manager, "1", "Monthly budget of Jordan Park (SDR): no cap → 1 credit");
  const history = manager.getByRole("region", { name: "History" });
  // Separation of duties: a manager's own caps are not theirs to lift, on the page or at the server.
  const ownRow = manager.getByRole("row").filter({ hasText: demoUser("manager").name });
  await expect(ownRow.getByTestId("fixed-cap")).toHaveCount(2);
  await expect(ownRow.getByTestId("fixed-cap").first()).toContainText(/only another manager or an admin can (set one|change it)/);
  await expect(ownRow.getByRole("textbox")).toHaveCount(0);
  const { budgets } = (await (await manager.request.get("/api/budgets")).json()) as { budgets: { subject: string; name: string }[] };
  const self = budgets.find((row) => row.name === demoUser("manager").name)!;
  const refused = await manager.request.put("/api/budgets", { data: { subject: self.subject, period: "month", credits: null } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toBe("Your own caps are set by another manager or an admin.");
  // A cap past the largest one is refused beside its field, as other bad input is.
  const daily = manager.getByLabel("Daily cap for Jordan Park (SDR)");
  await daily.fill("99999999999");
  await daily.press("Enter");
  await expect(manager.getByText("At most 100,000,000 credits")).toBeVisible();
  await daily.fill("");
  await daily.press("Enter");

  const jordan = await signedIn(browser, secondDemoSdr());
  await expect(jordan.getByRole("region", { name: "Your spend" })).toContainText("of 1 credit");
  // Told before submitting, not after.
  await jordan.getByLabel("LinkedIn URLs").fill(found("e2e-credits-over-budget"));
  await expect(jordan.getByRole("status").filter({ hasText: "Over budget: this paste will wait for a manager's approval" })).toBeVisible();
  // A cap of 1 takes nobody at any price: no way to send it now is offered that would not fit either.
  await expect(jordan.getByRole("status").filter({ hasText: "Over budget" })).not.toContainText("To send it now instead");
  // Said instead: nobody fits until the month starts over, and when that is.
  await expect(jordan.getByRole("status").filter({ hasText: "Over budget" })).toContainText(
    /No single person fits this month: one can cost up to [\d,]+ credits\. Your monthly budget resets on the 1st( \([\w/ ]+\))?, in (about [\d,]+ \w+|under a minute)\.$/,
  );
  await expect(jordan.getByText("1 person will be revealed once a manager approves.")).toBeVisible();
  await jordan.getByRole("button", { name: "Send for approval" }).click();
  await expect(jordan).toHaveURL(/\/batches\/[\w-]+$/);
  const waiting = jordan.getByRole("status").filter({ hasText: "Waiting for a manager's approval" });
  await expect(waiting).toBeVisible();
  // What is left, or by how much the spend is already over the cap, adds up with the figures it quotes.
  await expect(waiting).toContainText(/your monthly budget (has [\d,]+ left|is already [\d,]+ over) \(1 cap − [\d,]+ spent − 0 reserved/);
  const [, standing, amount, spent] = (await waiting.textContent())!.match(/budget (has|is already) ([\d,]+) (?:left|over) \(1 cap − ([\d,]+) spent/)!;
  const count = (text: string | undefined) => Number(text!.replaceAll(",", ""));
  expect(standing === "has" ? count(amount) : -count(amount)).toBe(1 - count(spent));
  const row = jordan.getByTestId("reveal-row");
  await expect(row).toHaveAttribute("data-state", "held");
  // Its file can be had, and says it holds no answers yet.
  await expect(jordan.getByText("Waiting for approval: the file lists its people, with no numbers yet")).toBeVisible();

  await manager.goto("/approvals");
  // An unnamed paste is called by its first profile, so the manager knows which list this is.
  await manager.getByRole("button", { name: /^Approve Pasted: e2e-credits-over-budget\S* by Jordan Park/ }).click();
  await expect(manager.getByText("Nothing waits for approval")).toBeVisible();
  await expect(manager.getByRole("status").filter({ hasText: /^Approved / })).toHaveText(/^Approved Pasted: e2e-credits-over-budget\S* by Jordan Park \(SDR\): it is being sent\.$/);

  // Live: the SDR's page picks up the approval and the result without a reload.
  await expect(row).toHaveAttribute("data-state", "found", { timeout: 20_000 });
  await expect(jordan.getByText(/Approved over budget by Morgan Lee/)).toBeVisible();
  await jordan.goto("/reveal");
  await expect(jordan.getByRole("region", { name: "Your spend" })).toContainText(/of 1 credit\s*[\d,]+ over/);

  await manager.goto("/budgets");
  await expect(history).toContainText(/Approved Jordan Park \(SDR\)'s batch "Pasted: e2e-credits-over-budget\S*" of 1 person/);
  // The table says the cap is blown, by as much as the row's spend is above it.
  const jordanRow = manager.getByRole("row").filter({ hasText: "Jordan Park" });
  await expect(jordanRow.getByTestId("monthly-standing")).toHaveText(/^[\d,]+ over$/);
  const monthSpent = count((await jordanRow.getByRole("cell").nth(3).innerText()).match(/^[\d,]+/)![0]);
  expect(count((await jordanRow.getByTestId("monthly-standing").textContent())!.match(/^[\d,]+/)![0])).toBe(monthSpent - 1);
  await capJordansMonth(manager, "", "Monthly budget of Jordan Park (SDR): 1 credit → no cap");
});

test("an SDR withdraws their own list held over budget: nothing is sent and Approvals no longer lists it", async ({ browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  await capJordansMonth(manager, "1", "Monthly budget of Jordan Park (SDR): no cap → 1 credit");

  const jordan = await signedIn(browser, secondDemoSdr());
  await jordan.getByLabel("LinkedIn URLs").fill(found("e2e-credits-withdraw"));
  await jordan.getByRole("button", { name: "Send for approval" }).click();
  await expect(jordan).toHaveURL(/\/batches\/[\w-]+$/);
  await jordan.getByRole("button", { name: "Withdraw" }).click();
  await jordan.getByRole("button", { name: "Withdraw list" }).click();
  await expect(jordan.getByText(/^Withdrawn by Jordan Park .*nothing in this list was sent or charged\.$/)).toBeVisible();
  await expect(jordan.getByTestId("reveal-row")).toHaveAttribute("data-state", "cancelled");
  await expect(jordan.getByText("Withdrawn: not sent", { exact: true })).toBeVisible();
  await expect(jordan.getByTestId("reveal-row")).toContainText("Withdrawn by its sender before it was sent");
  await expect(jordan.getByText(/manager rejected/)).toHaveCount(0);
  await jordan.goto("/reveal");
  await expect(jordan.getByRole("region", { name: "Your recent batches" }).getByRole("listitem").first()).toContainText("withdrawn: nothing sent");

  await manager.goto("/approvals");
  await expect(manager.getByText("Nothing waits for approval")).toBeVisible();
  await capJordansMonth(manager, "", "Monthly budget of Jordan Park (SDR): 1 credit → no cap");
});

test("a manager's own list held over budget waits for someone else, and is theirs to withdraw, not approve", async ({ browser }) => {
  const admin = await signedIn(browser, demoUser("admin"));
  const capMorgan = async (credits: string) => {
    await admin.goto("/budgets");
    const cap = admin.getByLabel("Monthly cap for Morgan Lee (Manager)");
    await cap.fill(credits);
    await cap.press("Enter");
    await expect(cap.locator("xpath=..")).toContainText("Saved");
  };
  await capMorgan("1");

  const manager = await signedIn(browser, demoUser("manager"));
  await manager.getByLabel("LinkedIn URLs").fill(found("e2e-credits-own-held"));
  await expect(manager.getByRole("status").filter({ hasText: "Over budget: this paste will wait for another manager's or an admin's approval" })).toBeVisible();
  await expect(manager.getByText("1 person will be revealed once another manager or an admin approves.")).toBeVisible();
  await manager.getByRole("button", { name: "Send for approval" }).click();
  await expect(manager).toHaveURL(/\/batches\/[\w-]+$/);
  await expect(manager.getByRole("status").filter({ hasText: "Waiting for another manager's or an admin's approval" })).toBeVisible();
  await expect(manager.getByRole("button", { name: "Approve and send" })).toHaveCount(0);

  await manager.goto("/approvals");
  const ownNote = manager.getByText("A list of your own over budget is approved by another manager or an admin.");
  await expect(ownNote).toBeVisible();
  await manager.getByRole("button", { name: /^Withdraw Pasted: e2e-credits-own-held/ }).click();
  // While the withdrawal is asked, the list's other decision is put away (for an admin's own list, Approve).
  await expect(ownNote).toHaveCount(0);
  await manager.getByRole("button", { name: "Withdraw list" }).click();
  await expect(manager.getByText(/^Withdrew your Pasted: e2e-credits-own-held\S*: nothing was sent\.$/)).toBeVisible();
  await capMorgan("");
});

test("the balance says how long it lasts, and a paste that could empty it says so before anything is sent", async ({ browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  // Something charged this week, so there is a pace to measure the balance by.
  await revealAndCharge(manager, [found("e2e-runway")]);
  await manager.goto("/credits");
  const [read] = await Promise.all([
    manager.waitForResponse((response) => response.url().endsWith("/api/credits/balance") && response.request().method() === "POST"),
    manager.getByRole("button", { name: "Check now" }).click(),
  ]);
  const balance = ((await read.json()) as { latest: { remaining: number } }).latest.remaining;
  await expect(manager.getByTestId("clodura-balance")).toContainText(balance.toLocaleString("en"));
  await expect(manager.getByTestId("balance-runway")).toHaveText(/^Lasts (about [\d,]+ days?|less than a day|more than a year) at (the last 7 days' pace|the pace of the team's first day|the pace of the \d days since the team's first charge) \([\d,.]+ credits a day\)$/);

  // A few people fit whatever is left; enough that even the cheapest provider for each would empty it do not.
  await manager.goto("/reveal");
  const urls = (count: number) => Array.from({ length: count }, (_, index) => `https://www.linkedin.com/in/balance-${Date.now()}-${index}/`);
  await manager.getByLabel("LinkedIn URLs").fill(urls(2).join("\n"));
  await expect(manager.getByLabel("Estimated cost")).toBeVisible();
  await expect(manager.getByRole("status", { name: "Clodura balance" })).toHaveCount(0);

  const tooMany = Math.floor(balance / 10) + 1;
  await manager.getByLabel("LinkedIn URLs").fill(urls(tooMany).join("\n"));
  const notice = manager.getByRole("status", { name: "Clodura balance" });
  await expect(notice).toContainText(/Clodura's balance (may|will likely) run out during this paste\./);
  await expect(notice).toContainText(/It had about [\d,]+ credits left today at/);
  await expect(notice).toContainText(/this paste could take up to [\d,]+/);
  await expect(notice).toContainText("sending pauses for the whole team until an admin tops up");
  // Only a warning: the paste can still be sent.
  await expect(manager.getByRole("button", { name: "Reveal phones" })).toBeEnabled();
});
