import { expect, test, type Page } from "@playwright/test";
import { demoUser, signedIn } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

async function signInAsAdmin(page: Page): Promise<void> {
  const admin = demoUser("admin");
  await page.goto("/login");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/reveal$/);
}

test("402 from Clodura pauses sending, the admin sees why and resumes, and the reveal then completes", async ({ page, browser }) => {
  await signInAsAdmin(page);

  await page.getByLabel("LinkedIn URLs").fill("https://www.linkedin.com/in/pat-sandbox-402");
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\//);

  const banner = page.getByRole("alert").filter({ hasText: "Sending to Clodura is paused." });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(banner).toContainText("credits are exhausted (HTTP 402)");
  await expect(banner).toContainText(/\d+ (reveal is|reveals are) waiting and will not be charged/);
  // On a phone the button goes under the text, which keeps the banner's width.
  await page.setViewportSize({ width: 390, height: 844 });
  const [text, button] = [await banner.locator("p").first().boundingBox(), await banner.getByRole("button", { name: "Resume sending" }).boundingBox()];
  expect(button!.y).toBeGreaterThanOrEqual(text!.y + text!.height);
  expect(text!.width).toBeGreaterThan(300);
  await page.setViewportSize({ width: 1280, height: 720 });
  // Anyone else is told whom to ask.
  const sdr = await signedIn(browser, demoUser("sdr"));
  const seen = sdr.getByRole("alert").filter({ hasText: "Sending to Clodura is paused." });
  await expect(seen).toContainText(/Ask .+ to resume it\.$/);
  await expect(seen).toContainText(demoUser("admin").name);
  await sdr.context().close();
  const row = page.getByTestId("reveal-row");
  await expect(row).toHaveAttribute("data-state", "queued");
  // The row says what happens next (it waits), not its last refusal's "sent again once…".
  await expect(row.getByTestId("row-note")).toHaveText("Waits until sending to Clodura is resumed; nothing is charged meanwhile.");

  // A list sent meanwhile says it will wait too, the person already in progress included.
  const batchPage = page.url();
  await page.goto("/upload");
  const csv = "LinkedIn URL\nhttps://www.linkedin.com/in/pat-sandbox-402\nhttps://www.linkedin.com/in/e2e-paused-new\n";
  await page.getByLabel("CSV file").setInputFiles({ name: "paused.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByRole("status").filter({ hasText: "Sending to Clodura is paused:" })).toHaveText(
    "Sending to Clodura is paused: nobody new in this list, nor the 1 already in progress, gets an answer until an admin resumes sending. You can send it now; it waits.",
  );
  // Settings' connection card says it too, where an admin looks when nothing moves.
  await page.goto("/settings");
  const sending = page.getByRole("region", { name: "Clodura connection" }).getByTestId("sending-paused");
  await expect(sending).toContainText(/^Paused today at .+: .*credits are exhausted \(HTTP 402\).* Resume it from the banner at the top of the page\.$/);
  // The Credits page does not pass off a reading from before the refusal as what is left.
  await page.goto("/credits");
  await expect(page.getByTestId("balance-refused")).toContainText(/refused a request for lack of credits \(today at .+\): sending is paused until an admin resumes it\.$/);
  await page.goto(batchPage);

  await banner.getByRole("button", { name: "Resume sending" }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: /^Sending resumed/ })).toHaveText(/^Sending resumed: \d+ reveals? (is|are) on (its|their) way to Clodura\.$/);
  await expect(row).toHaveAttribute("data-state", /^(found|not_found)$/, { timeout: 20_000 });
  // Who let sending go on, and why it had stopped, is kept with the other decisions about spend.
  await page.goto("/budgets");
  await expect(page.getByRole("region", { name: "History" }).getByRole("listitem").first()).toContainText(/Resumed sending to Clodura after \d+ min paused: ".*HTTP 402/);
});

test('"Insufficient Credits" from a provider is shown as sent, marks the row unfinished, and pauses sending until resumed', async ({ page }) => {
  await signInAsAdmin(page);
  await page.getByLabel("LinkedIn URLs").fill("https://www.linkedin.com/in/bo-sandbox-insufficient-credits");
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\//);

  const cutShort = page.locator('[data-testid="reveal-row"][data-state="unfinished"]');
  await expect(cutShort).toHaveCount(1, { timeout: 20_000 });
  await expect(page.locator('[data-provider-status="insufficient"]')).toHaveText("Insufficient Credits");
  // The chip, the filters and the note say the same thing: unfinished, not a "not found".
  await expect(cutShort.getByRole("gridcell").nth(0)).toContainText("Unfinished");
  await expect(cutShort).toContainText("ran out of credits before every provider was asked");
  const filters = page.getByRole("group", { name: "Filter by state" });
  await expect(filters.getByRole("button", { name: /^Not found/ })).toHaveText("Not found 0");
  await filters.getByRole("button", { name: /^Unfinished/ }).click();
  await expect(filters.getByRole("button", { name: /^Unfinished/ })).toHaveText("Unfinished 1");
  await expect(page.getByTestId("reveal-row")).toHaveCount(1);

  const banner = page.getByRole("alert").filter({ hasText: "Sending to Clodura is paused." });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(banner).toContainText("Insufficient Credits");
  const unfinished = page.getByRole("status", { name: "Unfinished reveals" });
  await expect(unfinished).toContainText("Nothing was charged for it. Sending is paused: a new batch waits until an admin adds credits and resumes it.");
  await banner.getByRole("button", { name: "Resume sending" }).click();
  await expect(banner).toBeHidden();

  // Credits back: the person cut short is sent again in a new batch, once.
  await expect(unfinished).toContainText("Send it again now that credits are back.");
  const firstBatch = page.url();
  await unfinished.getByRole("button", { name: "Send the 1 unfinished again in a new batch" }).click();
  // It asks first, with what it may cost: a new batch spends credits.
  await expect(unfinished).toContainText(/Worst case [\d,]+ credits, expected ~[\d,]+, less whoever the team ledger answers for free\. A new list of yours/);
  await expect(page).toHaveURL(firstBatch);
  await unfinished.getByRole("button", { name: "Send them", exact: true }).click();
  await expect(page).not.toHaveURL(firstBatch);
  await expect(page.getByRole("heading", { name: /^Pasted: bo-sandbox-insufficient/ })).toBeVisible();
  // The simulator cuts this person short every time: the new reveal pauses sending again, and is resumed for the tests after.
  await expect(page.locator('[data-testid="reveal-row"][data-state="unfinished"]')).toHaveCount(1, { timeout: 20_000 });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await banner.getByRole("button", { name: "Resume sending" }).click();
  await expect(banner).toBeHidden();
  await page.goto(firstBatch);
  await expect(page.getByRole("status", { name: "Unfinished reveals" })).toHaveCount(0);
});
