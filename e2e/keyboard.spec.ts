import { expect, test } from "@playwright/test";

test("a list sent by keyboard opens its batch with the focus on its heading, says when it is done, and keeps focused links clear of the sticky column", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto("/reveal");
  // New people each run: answered by the ledger at once, the list would be done before the page opened.
  const run = Date.now().toString(36);
  const names = ["kb-one", "kb-two", "kb-three", "kb-four", "kb-five"].map((name) => `${name}-${run}`);
  await page.getByLabel("LinkedIn URLs").fill(names.map((name) => `https://www.linkedin.com/in/${name}-sandbox-providers-agree/`).join("\n"));
  await page.keyboard.press("Control+Enter");
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
  // Not the page's start: a screen reader reads the new page from its heading, and Tab goes on from there.
  await expect(page.locator("main h1")).toBeFocused();

  await expect(page.getByText("5 / 5 done")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: /^Done: \d of 5 found\.$/ })).toHaveCount(1);

  // The grid is one tab stop, on its first cell; the arrow keys go on from there (the next test).
  const grid = page.getByRole("grid", { name: "Reveal results" });
  await page.getByPlaceholder("Search name, company, URL or number").focus();
  await page.keyboard.press("Tab");
  await expect(grid.getByRole("rowheader").first()).toBeFocused();
  // What Best number and Credits mean is on the page and read with the grid, not in a title only a mouse shows.
  await expect(grid).toHaveAccessibleDescription(/^Best number: the one to call first.*Credits: charged to this reveal/);

  // Scrolled to the right, a link in the next row is brought out from under the sticky Person column.
  await grid.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
  const person = await page.getByRole("columnheader", { name: "Person" }).boundingBox();
  const call = page.getByTestId("reveal-row").nth(1).getByTestId("best-number").getByRole("link").first();
  await call.focus();
  await expect(call).toBeFocused();
  await expect.poll(async () => (await call.boundingBox())!.x).toBeGreaterThanOrEqual(person!.x + person!.width);
});

test("a list sent by its button keeps the focus on the button while it is saved, then on the batch page's heading while it loads and after", async ({ page }) => {
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill(`https://www.linkedin.com/in/kb-button-${Date.now().toString(36)}-sandbox-providers-agree/`);
  // Saving, then the batch's first answer, held back a moment: long enough to see where the focus is meanwhile.
  const holdBack = (url: string | RegExp) =>
    page.route(url, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    }, { times: 1 });
  await holdBack("**/api/reveals");
  await holdBack(/\/api\/batches\/[\w-]+\?limit=/);
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page.getByRole("button", { name: "Submitting…" })).toBeFocused();
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Loading batch…" })).toBeFocused();
  await expect(page.getByRole("button", { name: "Rename" })).toBeVisible();
  await expect(page.locator("main h1")).toBeFocused();
});

test("the results grid of a list longer than the screen is one tab stop, moved by the arrow keys through rows that are not yet rendered, and keeps the focus while rows update", async ({ page }) => {
  test.setTimeout(120_000);
  const PEOPLE = 60;
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto("/reveal");
  const run = Date.now().toString(36);
  await page.getByLabel("LinkedIn URLs").fill(Array.from({ length: PEOPLE }, (_, i) => `https://www.linkedin.com/in/kb-grid-${i}-${run}-sandbox-providers-agree/`).join("\n"));
  await page.keyboard.press("Control+Enter");
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);

  // The whole list's size and each row's place in it, though only the rows in view are in the page.
  const grid = page.getByRole("grid", { name: "Reveal results" });
  await expect(grid).toHaveAttribute("aria-rowcount", String(PEOPLE + 1));
  await expect(grid).toHaveAttribute("aria-colcount", /^\d+$/);
  const rows = grid.getByRole("row");
  await expect(rows.first()).toHaveAttribute("aria-rowindex", "1");
  await expect(rows.nth(1)).toHaveAttribute("aria-rowindex", "2");
  expect(await rows.count()).toBeLessThan(PEOPLE / 2);
  const focusedRow = () => page.evaluate(() => document.activeElement?.closest("[role=row]")?.getAttribute("aria-rowindex") ?? null);
  const focusedColumn = () => page.evaluate(() => document.activeElement?.getAttribute("aria-colindex") ?? null);

  // One tab stop in, on the first cell.
  const search = page.getByPlaceholder("Search name, company, URL or number");
  await search.focus();
  await page.keyboard.press("Tab");
  await expect(grid.getByRole("rowheader").first()).toBeFocused();

  // To the last row, not in the page until then: rendered, scrolled into view and focused. It is still waiting its turn.
  await page.keyboard.press("Control+End");
  await expect.poll(focusedRow).toBe(String(PEOPLE + 1));
  const last = grid.locator(`[role=row][aria-rowindex="${PEOPLE + 1}"]`);
  await expect(last).toBeInViewport({ ratio: 0.9 });
  expect(await grid.evaluate((box) => box.scrollTop)).toBeGreaterThan(0);
  await expect(last).not.toHaveAttribute("data-state", /^(found|not_found)$/);
  // Scrolled away from it with the mouse: when its answer arrives and its cells are drawn again, the focus is still on it.
  await grid.evaluate((box) => box.scrollTo({ top: 0 }));
  await expect(last).toHaveAttribute("data-state", /^(found|not_found)$/, { timeout: 60_000 });
  expect(await focusedRow()).toBe(String(PEOPLE + 1));
  await page.keyboard.press("ArrowUp");
  expect(await focusedRow()).toBe(String(PEOPLE));
  await expect(grid.locator(`[role=row][aria-rowindex="${PEOPLE}"]`)).toBeInViewport();

  await page.keyboard.press("Control+Home");
  expect([await focusedRow(), await focusedColumn()]).toEqual(["2", "1"]);
  await expect(rows.nth(1)).toBeInViewport();
  await page.keyboard.press("ArrowRight");
  expect([await focusedRow(), await focusedColumn()]).toEqual(["2", "2"]);
  await page.keyboard.press("ArrowDown");
  expect([await focusedRow(), await focusedColumn()]).toEqual(["3", "2"]);
  await page.keyboard.press("PageDown");
  expect(Number(await focusedRow())).toBeGreaterThan(5);
  await page.keyboard.press("End");
  expect(await focusedColumn()).toBe(await grid.getAttribute("aria-colcount"));
  await page.keyboard.press("Home");
  expect(await focusedColumn()).toBe("1");

  // Enter reaches the links in a cell, Escape goes back to the cell; Tab leaves the grid rather than walk its links.
  const focused = page.locator(":focus");
  await page.keyboard.press("Enter");
  await expect(page.locator(":focus")).toHaveRole("link");
  await page.keyboard.press("Escape");
  expect(await focusedColumn()).toBe("1");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("[role=grid]") ?? null)).toBeNull();
  await page.keyboard.press("Shift+Tab");
  expect(await focusedColumn()).toBe("1");
  await expect(focused).toHaveAttribute("tabindex", "0");

  // A provider's cell says whose answer it is, not only by its column.
  await expect(grid.getByRole("gridcell", { name: /^\S+: found\b/ }).first()).toBeVisible();
});

test("a batch page reflows to a 320-pixel window without scrolling sideways", async ({ page }) => {
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill(Array.from({ length: 40 }, (_, i) => `https://www.linkedin.com/in/kb-narrow-${i}/`).join("\n"));
  // Pressed before the preview has caught up with the paste: sent once it has, not dropped.
  await page.keyboard.press("Control+Enter");
  await expect(page).toHaveURL(/\/batches\/[\w-]+$/);
  // Stopped at once: its notice and its "send them again" button share the narrow width with the text.
  await page.getByRole("button", { name: "Stop sending" }).click();
  await page.getByRole("group", { name: "Stop sending this batch?" }).getByRole("button", { name: "Stop sending" }).click();
  await expect(page.getByRole("button", { name: /^Send the \d+ cancelled in a new batch$/ })).toBeVisible();
  await page.setViewportSize({ width: 320, height: 640 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // The notice's words take its width, the button going under them, not a column of a word or two a line beside it.
  const notice = page.getByRole("status").filter({ hasText: "Stopped by" });
  const words = (await notice.locator("p").first().boundingBox())!;
  expect(words.width).toBeGreaterThan((await notice.boundingBox())!.width * 0.75);
});

test("the skip link lands on the page's heading clear of the sticky header, however many rows the header takes", async ({ page }) => {
  for (const [width, height] of [[1280, 600], [390, 700]] as const) {
    await page.setViewportSize({ width, height });
    for (const path of ["/reveal", "/credits"]) {
      await page.goto(path);
      const heading = page.locator("main h1").first();
      await expect(heading).toBeVisible();
      await page.keyboard.press("Tab");
      await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page.locator("main")).toBeFocused();
      const header = (await page.getByRole("banner").boundingBox())!;
      expect((await heading.boundingBox())!.y, `${path} at ${width} px`).toBeGreaterThanOrEqual(header.y + header.height);
    }
  }
});

test("a refused sign-in gives the focus back to the password, selected to be typed over", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill("focus-after-refusal@example.com");
  await page.getByLabel("Password").fill("not-a-password-here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "match an account" })).toContainText("Check both and try again.");
  const password = page.getByLabel("Password");
  await expect(password).toBeFocused();
  expect(await password.evaluate((field: HTMLInputElement) => [field.selectionStart, field.selectionEnd])).toEqual([0, "not-a-password-here".length]);
});

test("a lost focus goes to a control Tab reaches, not to a link a widget took out of the tab order", async ({ page }) => {
  await page.goto("/reveal");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // A part of the page as the results grid makes it: a cell's link out of the tab order, beside a button that goes.
  await page.evaluate(() => {
    const part = document.createElement("div");
    part.innerHTML = '<a href="#cell" tabindex="-1">In a cell</a> <button type="button" id="kb-gone">Goes</button><div style="height: 200px"></div><button type="button">Stays</button>';
    document.getElementById("main")!.append(part);
    document.getElementById("kb-gone")!.focus();
  });
  await page.evaluate(() => document.getElementById("kb-gone")!.remove());
  await expect(page.getByRole("button", { name: "Stays" })).toBeFocused();
});
