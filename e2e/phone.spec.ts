import { expect, test, type Page } from "@playwright/test";
import { violations } from "./axe";
import { demoUser, signIn, unfoundProfiles } from "./fixtures";

// A rep between meetings looks a number up on a phone: the width of a common one.
test.use({ viewport: { width: 390, height: 844 }, storageState: { cookies: [], origins: [] } });

/** How far the page itself scrolls sideways (0 when everything fits; a wide table scrolls inside its own box). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("on a phone no page scrolls sideways or fails an axe scan, the menu marks where you are, and a found number and its person stay in view", async ({ page }) => {
  await signIn(page, demoUser("admin"));
  const slug = `phone-${Date.now()}-sandbox-providers-agree`;
  const [preview, recent] = [page.getByRole("region", { name: "Preview" }), page.getByRole("region", { name: "Your recent batches" })];
  // Here the preview sits under the box, not beside it: its hint names the box, not a side.
  await expect(preview).toContainText("Paste profiles into the LinkedIn URLs box");
  await page.getByLabel("LinkedIn URLs").fill(`https://www.linkedin.com/in/${slug}/`);
  // The preview the form points to comes next, not below the recent batches.
  expect((await preview.boundingBox())!.y).toBeLessThan((await recent.boundingBox())!.y);
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
  await expect(page.getByText("1 / 1 done")).toBeVisible({ timeout: 20_000 });
  const batchPage = page.url();

  // The grid scrolls sideways through the providers; the person's column stays where it was.
  const row = page.getByTestId("reveal-row").first();
  const person = row.getByRole("rowheader");
  // The number a rep came for is in view without scrolling, under the person's name.
  await expect(person.getByTestId("best-number-phone")).toBeInViewport();
  await expect(person.getByTestId("best-number-phone")).toContainText(/\+\d/);
  await row.scrollIntoViewIfNeeded();
  const before = await person.boundingBox();
  const grid = page.getByRole("grid", { name: "Reveal results" });
  // The columns off to the right are said over the header, and pressing that scrolls to them.
  const offRight = page.getByTestId("columns-off-right");
  await expect(offRight).toHaveText(/^\d+ more columns? →$/);
  await offRight.click();
  // Scrolled (smoothly: waited out, or it would carry on past the next scroll).
  let scrolled = -1;
  await expect
    .poll(async () => {
      const now = await grid.evaluate((box) => box.scrollLeft);
      const settled = now > 0 && now === scrolled;
      scrolled = now;
      return settled;
    })
    .toBe(true);
  // It stops at a column's edge, just right of the person's: a column shown whole, none cut under the person.
  const edges = await grid.getByRole("columnheader").evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect()).map(({ left, right }) => ({ left, right })));
  expect(edges.slice(1).some(({ left }) => Math.abs(left - edges[0]!.right) < 2)).toBe(true);
  await grid.evaluate((box) => box.scrollBy({ left: 2_000 }));
  // Scrolled all the way, the last column is whole, not cut off, and nothing is said to be further.
  await expect(row.getByRole("gridcell").last()).toBeInViewport({ ratio: 1 });
  await expect(offRight).toHaveCount(0);
  expect(await person.boundingBox()).toEqual(before);

  const menu = page.getByRole("navigation", { name: "Main" });
  for (const [path, link] of [
    ["/reveal", "Reveal"],
    ["/upload", "Upload CSV"],
    ["/batches", "Batches"],
    ["/people", "People"],
    ["/credits", "Credits"],
    ["/approvals", "Approvals"],
    ["/budgets", "Budgets"],
    ["/team", "Team"],
    ["/settings", "Settings"],
    ["/account", null],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await sidewaysOverflow(page), `${path} scrolls sideways`).toBe(0);
    expect(await violations(page), `${path} at a phone's width`).toEqual([]);
    if (link) {
      await expect(menu.getByRole("link", { name: link, exact: true }), path).toHaveAttribute("aria-current", "page");
      // Every link is on screen at a phone's width: none hides past the edge of a sideways-scrolling menu.
      await expect(menu.getByRole("link", { name: link, exact: true }), path).toBeInViewport({ ratio: 1 });
    }
  }
  await page.goto(batchPage);
  expect(await sidewaysOverflow(page), "the batch page scrolls sideways").toBe(0);
  await expect(menu.getByRole("link", { name: "Batches", exact: true })).toHaveAttribute("aria-current", "page");

  // The upload report runs long on a phone: a bar at the foot says what the list holds and jumps to the cost and the button.
  await page.goto("/upload");
  await page.getByRole("button", { name: "Try a sample list" }).click();
  const bar = page.getByText("9 to reveal", { exact: true });
  await expect(bar).toBeInViewport();
  await page.getByRole("button", { name: "Review cost and send" }).click();
  await expect(page.getByRole("button", { name: "Reveal 9 phones" })).toBeInViewport();
  await expect(bar).toHaveCount(0);

  // Batches keeps its columns to what a list's name leaves room for: its free answers go on the name's line.
  await page.goto("/batches");
  await expect(page.getByRole("columnheader", { name: "Free" })).toBeHidden();
  const listCell = page.getByRole("table").getByRole("row").nth(1).getByRole("cell").first();
  expect((await listCell.boundingBox())!.width).toBeGreaterThanOrEqual(130);

  // Team is a list of cards too: a person's role and actions are on screen, not past the edge of a sideways table.
  await page.goto("/team");
  const sam = page.getByTestId("team-member").filter({ hasText: "sdr@demo.revealdesk.test" });
  for (const control of [sam.getByLabel("Role of Sam Rivera (SDR)"), sam.getByRole("button", { name: "Disable Sam Rivera (SDR)" })]) {
    const box = (await control.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }

  // People is a list of cards: the number is on screen to tap, with no sideways scrolling.
  await page.goto("/people");
  await page.getByRole("searchbox", { name: "Search people" }).fill(slug);
  const card = page.getByTestId("person-row");
  await expect(card).toHaveCount(1);
  const call = card.getByRole("link", { name: /^Call / }).first();
  await expect(call).toBeInViewport({ ratio: 1 });
  await expect(call).toHaveAttribute("href", /^tel:\+\d+$/);
});

test("on a phone a long list name stops at two lines on Batches, whole in its title", async ({ page }) => {
  await signIn(page, demoUser("sdr"));
  const listName = `Phone ${Date.now()}: Q4 enterprise webinar attendees, follow-up wave two, EMEA and North America`;
  await page.getByLabel("LinkedIn URLs").fill(`https://www.linkedin.com/in/long-name-${Date.now()}/`);
  await page.getByLabel(/List name/).fill(listName);
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page.getByRole("heading", { level: 1, name: listName })).toBeVisible();

  await page.goto("/batches");
  const name = page.getByRole("link", { name: listName });
  await expect(name).toHaveAttribute("title", listName);
  const lineHeight = await name.evaluate((link) => parseFloat(getComputedStyle(link).lineHeight));
  expect((await name.boundingBox())!.height).toBeLessThanOrEqual(2 * lineHeight + 1);
});

test("on a phone Batches fits its box: a list's figures go under its name, and a list sent again is told from the first", async ({ page }) => {
  await signIn(page, demoUser("sdr"));
  const stamp = Date.now();
  const name = `SaaStr booth scans ${stamp}, day one and two, lead capture exports`;
  // Each finds a number SignalHire charges for: the list shows its credits and what a paid number cost.
  for (const [i, listName] of [name, `${name} (sent again)`].entries()) {
    const created = await page.request.post("/api/reveals", { data: { text: `https://www.linkedin.com/in/e2e-saastr-${stamp}-${i}-sandbox-providers-agree/`, name: listName } });
    expect(created.status()).toBe(201);
  }
  await page.goto("/batches");
  const table = page.getByRole("table");
  const again = page.getByRole("link", { name: `${name} (sent again)` });
  const row = table.getByRole("row").filter({ has: again });
  await expect(row).toContainText("1/1", { timeout: 20_000 });
  // No column is cut off at the right edge: the table is no wider than the box it scrolls in.
  expect(await table.evaluate((element) => element.parentElement!.scrollWidth - element.parentElement!.clientWidth)).toBe(0);
  await expect(again).toHaveAttribute("title", `${name} (sent again)`);
  // The name is cut in the middle: its end, which tells the two lists apart, is on screen.
  await expect(again.getByText("(sent again)", { exact: true })).toBeInViewport({ ratio: 1 });
  const figures = row.getByTestId("batch-figures");
  await expect(figures).toHaveText(/^1 found · \d+ credits, \d+ per paid number$/);
  await expect(figures).toBeInViewport({ ratio: 1 });
});

test("on a phone Batches shows a name that fits two lines whole, with no gap before its last word", async ({ page }) => {
  await signIn(page, demoUser("sdr"));
  const name = `Boston roadshow ${Date.now()} follow up`;
  const created = await page.request.post("/api/reveals", { data: { text: unfoundProfiles("e2e-two-lines", 1)[0], name } });
  expect(created.status()).toBe(201);
  await page.goto("/batches");
  const link = page.getByRole("link", { name });
  await expect(link).toBeVisible();
  // The space between the pieces of the name's text that share a line: none when it is one piece.
  const gap = () =>
    link.evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const lines: DOMRect[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        lines.push(...[...range.getClientRects()].filter((rect) => rect.width > 0));
      }
      return Math.max(0, ...lines.slice(1).map((rect, i) => (Math.abs(rect.bottom - lines[i]!.bottom) < 2 ? rect.left - lines[i]!.right : 0)));
    });
  await expect.poll(gap).toBeLessThan(2);
  await expect(link).toHaveText(name);
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true });

  test("a found number's Copy button and Call link are big enough for a fingertip", async ({ page }) => {
    await signIn(page, demoUser("sdr"));
    await page.getByLabel("LinkedIn URLs").fill(`https://www.linkedin.com/in/touch-${Date.now()}-sandbox-providers-agree/`);
    await page.getByRole("button", { name: "Reveal phones" }).click();
    await expect(page.getByText("1 / 1 done")).toBeVisible({ timeout: 20_000 });
    const row = page.getByTestId("reveal-row").first();
    // With a mouse these are 24 px; a finger needs about 40.
    const copies = row.getByRole("button", { name: /^Copy \+\d/ });
    await expect(copies.first()).toBeVisible();
    for (const copy of await copies.all()) {
      const box = (await copy.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(40);
    }
    const call = (await row.getByRole("link", { name: /^Call / }).first().boundingBox())!;
    expect(call.height).toBeGreaterThanOrEqual(32);
  });
});
