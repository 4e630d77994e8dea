import { expect, test } from "@playwright/test";
import { demoUser, secondDemoSdr, signedIn, unfoundProfiles } from "./fixtures";

test("an SDR opening a batch link that is not theirs is told so, and the page asks the API for nothing it may not read", async ({ page }) => {
  const batchRequests: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/batches/")) batchRequests.push(request.url());
  });
  await page.goto("/batches/01a2b3c4-0000-7000-8000-000000000000");
  await expect(page.getByRole("heading", { level: 1, name: "Batch not found" })).toBeVisible();
  await expect(page).toHaveTitle("Batch not found · Reveal Desk");
  await expect(page.getByText("This batch does not exist or belongs to someone else.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to batches" })).toBeVisible();
  expect(batchRequests).toEqual([]);
});

test("a teammate's batch link tells an SDR who can open it, and opens for a manager", async ({ page, browser }) => {
  const teammate = await signedIn(browser, secondDemoSdr());
  await teammate.goto("/reveal");
  await teammate.getByLabel("LinkedIn URLs").fill(unfoundProfiles("e2e-teammate-link", 40).join("\n"));
  await teammate.getByRole("button", { name: "Reveal phones" }).click();
  await expect(teammate).toHaveURL(/\/batches\/[\w-]+$/);
  const link = new URL(teammate.url()).pathname;
  await teammate.getByRole("button", { name: "Stop sending" }).click();
  await teammate.getByRole("group", { name: "Stop sending this batch?" }).getByRole("button", { name: "Stop sending" }).click();
  await expect(teammate.getByRole("button", { name: /^Send the \d+ cancelled in a new batch$/ })).toBeVisible();

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Batch not found" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("SDRs open only their own lists: if a teammate sent you this link, a manager can open it or export it for you.");
  await page.getByRole("link", { name: "Back to batches" }).click();
  await expect(page).toHaveURL(/\/batches$/);

  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto(link);
  await expect(manager.getByTestId("batch-owner")).toContainText(`by ${secondDemoSdr().name}`);
  // Sending the teammate's people again makes a list of the manager's: said before it is sent.
  await manager.getByRole("button", { name: /^Send the \d+ cancelled in a new batch$/ }).click();
  const question = manager.getByRole("group").filter({ hasText: "Worst case" });
  await expect(question).toContainText(`The new list is yours, not ${secondDemoSdr().name}'s: they will find its numbers on People, not on this list.`);
  await question.getByRole("button", { name: "Cancel" }).click();
  await manager.goto("/batches/01a2b3c4-0000-7000-8000-000000000000");
  await expect(manager.getByRole("heading", { level: 1, name: "Batch not found" })).toBeVisible();
  await expect(manager.getByRole("main")).toContainText("There is no such batch: check the link, or find the list on Batches.");
  await expect(manager.getByRole("main")).not.toContainText("SDRs open only their own lists");
});
