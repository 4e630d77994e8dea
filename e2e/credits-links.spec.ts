import { expect, test } from "@playwright/test";
import { findProfileUrl } from "../lib/clodura/sandbox/test-support";
import { demoUser, signedIn } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

test("a bookmarked drill-down is named by the data, not by its link; a list's page is opened by 'View list'", async ({ browser }) => {
  const sam = await signedIn(browser, demoUser("sdr"));
  await sam.getByLabel("LinkedIn URLs").fill(findProfileUrl({ found: true, viaPartners: true, prefix: "e2e-drill-named" }));
  await sam.getByLabel("List name (optional)").fill("e2e drill: as first named");
  await sam.getByRole("button", { name: "Reveal phones" }).click();
  await expect(sam).toHaveURL(/\/batches\/[\w-]+$/);
  const batchId = sam.url().split("/").at(-1)!;
  await expect(sam.getByTestId("reveal-row")).toHaveAttribute("data-state", "found", { timeout: 20_000 });
  expect((await sam.request.patch(`/api/batches/${batchId}`, { data: { name: "e2e drill: renamed" } })).status()).toBe(200);

  const manager = await signedIn(browser, demoUser("manager"));
  const { budgets } = (await (await manager.request.get("/api/budgets")).json()) as { budgets: { subject: string; name: string }[] };
  const samId = budgets.find((row) => row.name === demoUser("sdr").name)!.subject;
  // A link whose label says Jordan, over Sam's charges: the heading names whose charges they are.
  await manager.goto(`/credits?drill=user&value=${samId}&label=${encodeURIComponent("Jordan Park (SDR)")}`);
  const charges = manager.getByRole("region", { name: "Charges" });
  await expect(charges.getByRole("heading")).toHaveText("Charges behind SDR Sam Rivera (SDR)");
  // A list bookmarked before it was renamed: its name today.
  await manager.goto(`/credits?drill=batch&value=${batchId}&label=${encodeURIComponent("e2e drill: as first named")}`);
  await expect(charges.getByRole("heading")).toHaveText("Charges behind batch e2e drill: renamed");
  await expect(charges.locator("tbody tr")).toHaveCount(1);

  // Beside a list's name, a link that says what it does, not a word read as the list's state ("leads.csv open").
  const byBatch = manager.getByRole("region", { name: "By batch" });
  await expect(byBatch.getByRole("link", { name: /^open\b/ })).toHaveCount(0);
  const row = byBatch.locator("tbody tr").first();
  const name = (await row.getByRole("button").first().textContent())!;
  const link = row.getByRole("link", { name: `View list ${name} by ${(await row.getByRole("cell").nth(1).textContent())!}`, exact: true });
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await expect(manager).toHaveURL(href);
  await expect(manager.getByRole("heading", { level: 1 })).toContainText(name);
});
