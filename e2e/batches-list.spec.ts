import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./fixtures";

test("the batches list shows the newest 50, pages back to older ones, and searches them all", async ({ page, request }) => {
  // 51 lists of the same person: the first one is sent, the others attach to it, so nothing else is charged.
  for (let i = 0; i <= 50; i += 1) {
    const created = await request.post("/api/reveals", { data: { text: "https://www.linkedin.com/in/e2e-many-lists/", name: `Many lists ${i}` } });
    expect(created.status()).toBe(201);
  }
  await page.goto("/batches");
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: "Many lists 50" })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(51); // header + 50
  await expect(table.getByRole("link", { name: "Many lists 0", exact: true })).toHaveCount(0);

  await page.getByRole("button", { name: "Show older batches" }).click();
  await expect(table.getByRole("link", { name: "Many lists 0", exact: true })).toBeVisible();
  expect(await table.getByRole("row").count()).toBeGreaterThan(51);

  // Search goes past the pages loaded: the oldest list is found by name, and Escape brings the whole list back.
  const search = page.getByRole("searchbox", { name: "Search batches" });
  await page.keyboard.press("/");
  await expect(search).toBeFocused();
  await page.keyboard.type("many LISTS 0");
  await expect(table.getByRole("link")).toHaveText(["Many lists 0"]);
  await search.fill("no list is called this");
  await expect(page.getByRole("status").filter({ hasText: "No batches match" })).toHaveText(/No batches match “no list is called this”/);
  await expect(page.getByRole("table")).toHaveCount(0);
  await search.press("Escape");
  await expect(search).toHaveValue("");
  // The whole list again, with the older page already loaded.
  await expect(table.getByRole("link", { name: "Many lists 50" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Many lists 0", exact: true })).toBeVisible();

  const badPage = await request.get("/api/batches?before=yesterday");
  expect(badPage.status()).toBe(400);
  expect((await badPage.json()).error.message).toContain("That page of batches does not exist");
});

test("a manager sees the team's lists and can narrow them to their own", async ({ browser, request, page }) => {
  const sdrList = await request.post("/api/reveals", { data: { text: "https://www.linkedin.com/in/e2e-team-list/", name: "Sam's team list" } });
  expect(sdrList.status()).toBe(201);
  await page.goto("/batches");
  await expect(page.getByRole("switch", { name: "Only my lists" })).toHaveCount(0); // an SDR sees only theirs anyway

  const manager = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await signIn(manager, demoUser("manager"));
  const own = await manager.request.post("/api/reveals", { data: { text: "https://www.linkedin.com/in/e2e-manager-list/", name: "Morgan's own list" } });
  expect(own.status()).toBe(201);
  await manager.goto("/batches");
  const table = manager.getByRole("table");
  await expect(table.getByRole("link", { name: "Sam's team list" })).toBeVisible();
  await manager.getByRole("switch", { name: "Only my lists" }).click();
  await expect(table.getByRole("link", { name: "Morgan's own list" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Sam's team list" })).toHaveCount(0);
  const badFlag = await manager.request.get("/api/batches?mine=yes");
  expect(badFlag.status()).toBe(400);
  // The reveal page's recent lists are a manager's own, too.
  await manager.goto("/reveal");
  const recent = manager.getByRole("region", { name: "Your recent batches" });
  await expect(recent.getByRole("link", { name: /Morgan's own list/ })).toBeVisible();
  await expect(recent.getByRole("link", { name: /Sam's team list/ })).toHaveCount(0);
});
