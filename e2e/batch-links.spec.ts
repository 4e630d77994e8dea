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
  await expect(question).toContainText(`The new list is yours, not ${secondDemoSdr().name}'s: they cannot open it, but this list shows the answers it gets.`);
  await question.getByRole("button", { name: "Cancel" }).click();
  await manager.goto("/batches/01a2b3c4-0000-7000-8000-000000000000");
  await expect(manager.getByRole("heading", { level: 1, name: "Batch not found" })).toBeVisible();
  await expect(manager.getByRole("main")).toContainText("There is no such batch: check the link, or find the list on Batches.");
  await expect(manager.getByRole("main")).not.toContainText("SDRs open only their own lists");
});

test("an SDR's list follows the list a manager sent its people again in, and sends again what that list stopped", async ({ browser }) => {
  const sdr = await signedIn(browser, secondDemoSdr());
  await sdr.goto("/reveal");
  await sdr.getByLabel("LinkedIn URLs").fill(unfoundProfiles("e2e-owner-follows", 40).join("\n"));
  await sdr.getByRole("button", { name: "Reveal phones" }).click();
  await expect(sdr).toHaveURL(/\/batches\/[\w-]+$/);
  const link = new URL(sdr.url()).pathname;
  await sdr.getByRole("button", { name: "Stop sending" }).click();
  await sdr.getByRole("group", { name: "Stop sending this batch?" }).getByRole("button", { name: "Stop sending" }).click();

  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto(link);
  await manager.getByRole("button", { name: /^Send the \d+ cancelled in a new batch$/ }).click();
  await manager.getByRole("group").filter({ hasText: "Worst case" }).getByRole("button", { name: "Send them" }).click();
  await expect(manager).not.toHaveURL(new RegExp(`${link}$`));
  await manager.getByRole("button", { name: "Stop sending" }).click();
  await manager.getByRole("group", { name: "Stop sending this batch?" }).getByRole("button", { name: "Stop sending" }).click();

  // The SDR cannot open the manager's list: their own rows say what became of their people there.
  await sdr.reload();
  // Answered there ("Answered in …") or stopped there ("Not answered in …"), whichever the stop left first in the grid.
  await expect(sdr.getByTestId("row-ledger").filter({ hasText: `nswered in the list ${demoUser("manager").name} sent again` }).first()).toBeVisible();
  const notice = sdr.getByRole("status", { name: "Not answered where sent again" });
  await expect(notice).toContainText("sent again in a teammate's list got no answer there");
  await notice.getByRole("button", { name: /^Send the \d+ (person|people) again in a new batch$/ }).click();
  await sdr.getByRole("group").filter({ hasText: "Worst case" }).getByRole("button", { name: "Send them" }).click();
  await expect(sdr).not.toHaveURL(new RegExp(`${link}$`));
  await sdr.goto(link);
  await expect(sdr.getByRole("status", { name: "Sent again" })).toBeVisible();
  await expect(sdr.getByRole("status", { name: "Not answered where sent again" })).toHaveCount(0);
});

test("a link whose escapes are broken says so, with a way on, not a bare server error", async ({ page }) => {
  const response = await page.goto("/batches/%E0%A4");
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1, name: "This link is broken" })).toBeVisible();
  await expect(page).toHaveTitle("Broken link");
  await page.getByRole("link", { name: "Batches" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Batches" })).toBeVisible();
});
