import { expect, test } from "@playwright/test";

test("the batches list shows the newest 50 and pages back to older ones", async ({ page, request }) => {
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

  const badPage = await request.get("/api/batches?before=yesterday");
  expect(badPage.status()).toBe(400);
  expect((await badPage.json()).error.message).toContain("That page of batches does not exist");
});
