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

  // The grid takes the focus itself, so the arrow keys scroll it.
  const grid = page.getByRole("table", { name: "Reveal results" });
  await grid.focus();
  await expect(grid).toBeFocused();
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
