import { expect, test } from "@playwright/test";
import { findProfileUrl } from "../lib/clodura/sandbox/test-support";
import { demoUser, secondDemoSdr, signedIn } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

test("a list rejected before anything was sent shows no estimate and no export; a second decision says who decided it and when", async ({ browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  const capJordan = async (credits: string) => {
    await manager.goto("/budgets");
    const cap = manager.getByLabel("Monthly cap for Jordan Park (SDR)");
    await cap.fill(credits);
    await cap.press("Enter");
    await expect(cap.locator("xpath=..")).toContainText("Saved");
  };
  await capJordan("1");

  const jordan = await signedIn(browser, secondDemoSdr());
  await jordan.getByLabel("LinkedIn URLs").fill(findProfileUrl({ found: true, viaPartners: true, prefix: "e2e-rejected-list" }));
  await jordan.getByRole("button", { name: "Send for approval" }).click();
  await expect(jordan).toHaveURL(/\/batches\/[\w-]+$/);
  const batchId = jordan.url().split("/").at(-1)!;
  // While it waits, its cost card still estimates what approving it would cost.
  await expect(jordan.getByTestId("batch-estimate")).toHaveText(/^[\d,]+ expected$/);

  await manager.goto("/approvals");
  await manager.getByRole("button", { name: /^Reject Pasted: e2e-rejected-list\S* by Jordan Park/ }).click();
  await manager.getByRole("button", { name: "Reject list" }).click();
  await expect(manager.getByText("Nothing waits for approval")).toBeVisible();

  await expect(jordan.getByText(/^Rejected by Morgan Lee \(Manager\) .*nothing in this list was sent or charged\.$/)).toBeVisible();
  await expect(jordan.getByTestId("batch-estimate")).toHaveText("Nothing sent");
  await expect(jordan.getByRole("region", { name: "Credits" })).toContainText("rejected: no estimate");
  await expect(jordan.getByRole("region", { name: "Credits" })).not.toContainText("worst case");
  const exports = jordan.getByRole("group", { name: "Export" });
  await expect(exports.locator("a")).toHaveCount(2);
  for (const link of await exports.locator("a").all()) {
    await expect(link).toHaveAttribute("aria-disabled", "true");
    await expect(link).not.toHaveAttribute("href");
    await expect(link).toHaveAccessibleDescription("Nothing to export: this list was rejected before anything was sent");
  }

  // An admin who had the list open approves it after the manager's rejection: told by whom, and when.
  const admin = await signedIn(browser, demoUser("admin"));
  const late = await admin.request.post(`/api/batches/${batchId}/decision`, { data: { decision: "approve" } });
  expect(late.status()).toBe(409);
  expect((await late.json()).error.message).toMatch(/^Already rejected by Morgan Lee \(Manager\) (today|yesterday) at \d{1,2}:\d{2} [AP]M\.$/);

  await capJordan("");
});
