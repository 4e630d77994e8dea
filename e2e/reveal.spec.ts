import { expect, test } from "@playwright/test";

// Five lines: three people the sandbox finds numbers for, one Sales Navigator URL, one duplicate of line 1.
const pasted = [
  "https://www.linkedin.com/in/jane-doe/",
  "Met John at the expo: https://uk.linkedin.com/in/john-smith?trk=public_profile",
  "https://www.linkedin.com/sales/lead/ACwAAAB1x2y3,NAME_SEARCH,abc1",
  "linkedin.com/in/Jane-Doe",
  "2751275603503088159",
].join("\n");

test("paste five profiles: the Sales Navigator URL is refused with its reason, the rest arrive with numbers", async ({ page }) => {
  await page.goto("/reveal");
  await expect(page.getByRole("switch", { name: "Ask partner providers" })).toHaveAttribute("aria-checked", "true");
  await page.getByLabel("LinkedIn URLs").fill(pasted);

  const preview = page.getByRole("list", { name: "Pasted lines" });
  await expect(preview.locator('[data-status="unsupported"]')).toContainText("Sales Navigator URLs are not supported");
  await expect(preview.locator('[data-status="duplicate"]')).toContainText("same person as line 1");
  await expect(preview.locator('[data-status="ok"]')).toHaveCount(3);
  await expect(page.getByText("3 people will be revealed.")).toBeVisible();

  // Before anything is spent: the worst case (dearest provider × 3) and the expected spend; partners cost more.
  const estimate = page.getByLabel("Estimated cost");
  await expect(estimate).toContainText(/worst case \d+ credits, expected ~\d+/);
  const worstCase = async () => Number((await estimate.textContent())?.match(/worst case (\d+)/)?.[1]);
  const withPartners = await worstCase();
  await page.getByRole("switch", { name: "Ask partner providers" }).click();
  await expect.poll(worstCase).toBeLessThan(withPartners);
  await page.getByRole("switch", { name: "Ask partner providers" }).click();
  await expect.poll(worstCase).toBe(withPartners);

  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);

  const rows = page.getByTestId("reveal-row");
  await expect(rows).toHaveCount(3);
  // Results arrive by webhook and server-sent events: no reload happens in this test.
  await expect(page.locator('[data-testid="reveal-row"][data-state="found"]')).toHaveCount(3, { timeout: 20_000 });
  await expect(page.getByText("3 / 3 done")).toBeVisible();

  const headers = await page.getByRole("columnheader").allTextContents();
  expect(headers.slice(0, 2)).toEqual(["Person", "State"]);
  expect(headers).toEqual(expect.arrayContaining(["Clodura", "SignalHire"]));

  const janeRow = rows.filter({ hasText: "linkedin.com/in/jane-doe/" });
  await expect(janeRow.getByTestId("phone-number").first()).toContainText(/\+\d{1,3}( \d{2,})+/);
  await expect(janeRow.getByRole("link", { name: /^Call \+/ }).first()).toHaveAttribute("href", /^tel:\+\d+$/);
  await expect(janeRow.getByTestId("best-number")).toContainText(/^\+\d{1,3}( \d{2,})+.*via \w+/);
  // Shown grouped to read; copied as E.164, what dialers and CRMs take.
  await expect(janeRow.getByRole("button", { name: /^Copy \+\d{10,14}$/ }).first()).toBeVisible();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const copy = janeRow.getByRole("button", { name: /^Copy \+\d{10,14}$/ }).first();
  const dial = (await copy.getAttribute("aria-label"))!.replace("Copy ", "");
  await copy.click();
  await expect(janeRow.getByRole("button", { name: "Copied" })).toBeVisible();
  await expect(page.locator("#sr-announcer")).toHaveText(`Copied ${dial}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(dial);
  await expect(rows.filter({ hasText: "personId 2751275603503088159" })).toHaveCount(1);
});

test("a reveal Clodura has not answered yet reads as sent and waiting, so the rep knows nothing is left to send", async ({ page }) => {
  const stamp = Date.now() % 1_000_000;
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill(`https://www.linkedin.com/in/wait-${stamp}-sandbox-late-webhook/\nhttps://www.linkedin.com/in/wait-${stamp}-prompt/`);
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
  await expect(page.getByText("1 / 2 done")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("awaiting-answers")).toHaveText("1 sent, waiting for Clodura's answer.");
  await expect(page.getByTestId("sending-outlook")).toHaveCount(0);
});

// "Insufficient Credits" pauses sending, so it is shown in queue-pause.spec.ts, where an admin resumes.
test("an unknown provider is shown as Clodura sent it", async ({ page }) => {
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill("https://www.linkedin.com/in/ann-sandbox-unknown-provider");
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\//);
  await expect(page.getByRole("columnheader", { name: "Kaspr" })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-testid="reveal-row"][data-state="found"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="reveal-row"][data-state="found"] [data-provider-status="found"]')).toContainText("direct");
  // Its price is a guess, and the page says so.
  await expect(page.getByTestId("unpriced-providers")).toHaveText(
    "Kaspr is not in the price table: each number is counted at 20 credits, the most a provider costs. An admin can add its price for the numbers found from then on.",
  );
});

test("an accented profile reads as written in the preview, the list's name and the batch", async ({ page }) => {
  await page.goto("/reveal");
  const slug = `josé-garcía-${Date.now() % 1_000_000}`;
  await page.getByLabel("LinkedIn URLs").fill(`https://www.linkedin.com/in/${encodeURIComponent(slug)}/`);
  await expect(page.getByRole("list", { name: "Pasted lines" })).toContainText(`linkedin.com/in/${slug}/`);
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\//);
  await expect(page.getByText(`Pasted: ${slug}`)).toBeVisible();
  await expect(page.getByTestId("reveal-row").getByRole("link", { name: `linkedin.com/in/${slug}/` })).toBeVisible();
  // Found as shown, and without its accents.
  await page.getByPlaceholder(/^Search name, company, URL or number/).fill("jose-garcia");
  await expect(page.getByTestId("reveal-row")).toHaveCount(1);
  await page.goto("/batches");
  await expect(page.getByRole("row").filter({ hasText: `Pasted: ${slug}` })).toContainText("1 person");
});

test("where two providers return the same number, both cells and the best number say they agree", async ({ page }) => {
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill("https://www.linkedin.com/in/ada-sandbox-providers-agree");
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\//);
  const row = page.locator('[data-testid="reveal-row"][data-state="found"]');
  await expect(row).toHaveCount(1, { timeout: 20_000 });
  const cells = row.locator('[data-provider-status="found"]');
  await expect(cells).toHaveCount(2);
  await expect(cells.first()).toContainText("✓ 2 providers agree: Enrichlayer");
  await expect(cells.last()).toContainText("✓ 2 providers agree: SignalHire");
  // SignalHire's second number is its own: no one agrees with it.
  await expect(cells.first().getByTestId("phone-number")).toHaveCount(2);
  await expect(cells.first().getByTestId("phone-number").last()).not.toContainText("agree");
  await expect(row.getByTestId("best-number")).toContainText("✓ Enrichlayer agrees");
  await expect(row.getByTestId("best-number")).toContainText("via SignalHire · 1 more");

  // "Who just called?": the number as a phone shows a caller finds the row, typed the national way; another does not.
  const dialled = (await cells.first().getByTestId("phone-number").first().getByRole("link").getAttribute("href"))?.replace(/\D/g, "").slice(-10) ?? "";
  expect(dialled).toMatch(/^\d{10}$/);
  const search = page.getByPlaceholder(/^Search name, company, URL or number/);
  await search.fill(`(${dialled.slice(0, 3)}) ${dialled.slice(3, 6)}-${dialled.slice(6)}`);
  await expect(page.getByTestId("reveal-row")).toHaveCount(1);
  await search.fill("+1 999 555 0000");
  await expect(page.getByTestId("reveal-row")).toHaveCount(0);
});

test("a person Clodura answers \"no result found\" for reads as such across the providers, not as nobody asked", async ({ page }) => {
  await page.goto("/reveal");
  // Beside someone found, so the grid has provider columns.
  await page.getByLabel("LinkedIn URLs").fill(`https://www.linkedin.com/in/nf-${Date.now() % 1_000_000}-sandbox-404/\nhttps://www.linkedin.com/in/ada-sandbox-providers-agree`);
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\//);
  const row = page.locator('[data-testid="reveal-row"][data-state="not_found"]');
  await expect(row).toHaveCount(1, { timeout: 20_000 });
  await expect(row).toContainText("no number located: Clodura answered “no result found” without saying which providers it asked", { timeout: 20_000 });
  await expect(row.getByText("not asked")).toHaveCount(0);
});

test("a paste with nothing revealable cannot be submitted and says why", async ({ page }) => {
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill("https://lnkd.in/abc123\nhttps://www.linkedin.com/company/acme/");
  await expect(page.getByRole("button", { name: "Reveal phones" })).toBeDisabled();
  await expect(page.getByText("Nothing to reveal yet.")).toBeVisible();
  await expect(page.locator('[data-status="unsupported"]')).toHaveCount(2);

  // Over what the server takes: said before pressing, not after.
  // Pasted as a rep pastes (typing 400 KB through fill() takes minutes in Chromium).
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate((text) => navigator.clipboard.writeText(text), Array.from({ length: 10_001 }, (_, i) => `https://www.linkedin.com/in/limit-${i}`).join("\n"));
  await page.getByLabel("LinkedIn URLs").fill("");
  await page.getByLabel("LinkedIn URLs").press("ControlOrMeta+V");
  await expect(page.getByTestId("paste-limit")).toHaveText("A paste can hold at most 10,000 profiles; this one has 10,001. Split the list or upload it as a CSV.");
  await expect(page.getByTestId("preview-counts")).toContainText("10,001 will reveal");
  await expect(page.getByRole("button", { name: /^(Reveal phones|Send for approval)$/ })).toBeDisabled();
});

test("the button waits for the team ledger, and Ctrl+Enter pressed meanwhile sends once it has answered", async ({ page }) => {
  let answer: () => void = () => {};
  const ledgerHeld = new Promise<void>((resolve) => (answer = resolve));
  await page.route("**/api/reveals/check", async (route) => {
    await ledgerHeld;
    await route.continue();
  });
  await page.goto("/reveal");
  const urls = page.getByLabel("LinkedIn URLs");
  await urls.fill(`https://www.linkedin.com/in/checked-first-${Date.now()}/`);
  // Until the ledger answers, the button cannot say whether pressing it reveals, adds free results or asks for approval.
  const checking = page.getByRole("button", { name: "Checking the ledger…" });
  await expect(checking).toBeDisabled();
  await urls.press("ControlOrMeta+Enter");
  await expect(checking).toBeDisabled();
  await expect(page).toHaveURL(/\/reveal$/);
  answer();
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
  await expect(page.getByTestId("reveal-row")).toHaveCount(1);
});
