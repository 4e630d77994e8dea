import { expect, test, type Page } from "@playwright/test";
import type { Role } from "../lib/auth/roles";
import { demoUser, signIn } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

/** Whatever of the header is cut off at the page's width: a menu link outside the menu or the window, or the account. */
function cutOff(page: Page): Promise<string[]> {
  return page.locator("#app-header").evaluate((header) => {
    const nav = header.querySelector('nav[aria-label="Main"]')!.getBoundingClientRect();
    const outside = (box: DOMRect, within: { left: number; right: number; top: number; bottom: number }) =>
      box.left < within.left - 0.5 || box.right > within.right + 0.5 || box.top < within.top - 0.5 || box.bottom > within.bottom + 0.5;
    const view = { left: 0, right: document.documentElement.clientWidth, top: 0, bottom: Infinity };
    const links = [...header.querySelectorAll('nav[aria-label="Main"] a')].filter((link) => outside(link.getBoundingClientRect(), nav) || outside(link.getBoundingClientRect(), view));
    const account = [...header.querySelectorAll('a[href="/account"], button')].filter((element) => outside(element.getBoundingClientRect(), view));
    return [...links, ...account].map((element) => element.textContent ?? "");
  });
}

/** From a phone to a wide laptop, every 8 px, and where the walkthrough found "Budgets" cut to "Budget". */
const WIDTHS = [...Array.from({ length: 141 }, (_, step) => 320 + step * 8), 1059, 1060];

for (const role of ["admin", "manager", "sdr"] as Role[]) {
  test(`every main-menu link of the ${role} is whole at every width, none hidden past the menu's edge`, async ({ page }) => {
    await signIn(page, demoUser(role));
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link").last()).toBeVisible();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      expect(await cutOff(page), `${role} at ${width} px`).toEqual([]);
    }
    // The admin has the most links: at a laptop's 1024 px and just past the old breakpoint, each is whole on screen.
    if (role !== "admin") return;
    for (const width of [1024, 1060]) {
      await page.setViewportSize({ width, height: 800 });
      const menu = page.getByRole("navigation", { name: "Main" });
      const box = (await menu.boundingBox())!;
      for (const link of await menu.getByRole("link").all()) {
        await expect(link, `${await link.textContent()} at ${width} px`).toBeInViewport({ ratio: 1 });
        const inner = (await link.boundingBox())!;
        expect(inner.x >= box.x && inner.x + inner.width <= box.x + box.width + 0.5, `${await link.textContent()} inside the menu at ${width} px`).toBe(true);
      }
    }
  });
}
