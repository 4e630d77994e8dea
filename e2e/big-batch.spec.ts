import { expect, test, type Page } from "@playwright/test";
import { demoUser, secondDemoSdr, signedIn } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

// Over the 5,000 people written in one transaction: this batch is written in chunks.
const PEOPLE = 6_000;

async function setJordansMonthlyCap(manager: Page, cap: string, change: string): Promise<void> {
  await manager.goto("/budgets");
  const input = manager.getByLabel("Monthly cap for Jordan Park (SDR)");
  await input.fill(cap);
  await input.press("Enter");
  await expect(manager.getByRole("region", { name: "History" })).toContainText(`Monthly budget of Jordan Park (SDR): ${change}`);
}

// Held for approval, so nothing is sent to the sandbox: the test is about creating and loading a big batch.
test("a batch written in chunks waits for approval whole, shows its first rows at once and loads the rest page by page", async ({ browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  await setJordansMonthlyCap(manager, "1", "no cap → 1 credit");

  const jordan = await signedIn(browser, secondDemoSdr());
  await jordan.goto("/upload");
  const lines = Array.from({ length: PEOPLE }, (_, i) => `Person${i},Bulk,https://www.linkedin.com/in/e2e-bulk-person-${i}/`);
  await jordan.getByLabel("CSV file").setInputFiles({ name: "bulk.csv", mimeType: "text/csv", buffer: Buffer.from(`First Name,Last Name,LinkedIn URL\n${lines.join("\n")}\n`) });
  await jordan.getByRole("button", { name: `Send ${PEOPLE.toLocaleString("en")} people for approval` }).click();
  await expect(jordan).toHaveURL(/\/batches\/[\w-]+$/);
  const batchPage = jordan.url();

  const rows = jordan.getByTestId("reveal-row");
  await expect(rows.first()).toHaveAttribute("data-state", "held");
  await expect(jordan.getByRole("button", { name: /^All/ })).toContainText(PEOPLE.toLocaleString("en"));
  // Whole: every person is held, none is in progress.
  await expect(jordan.getByRole("button", { name: /^Needs approval/ })).toContainText(PEOPLE.toLocaleString("en"));
  await expect(jordan.getByRole("button", { name: /^In progress/ })).toContainText(/\b0$/);
  // The last person comes with a later page; search then finds them.
  await expect(jordan.getByRole("status").filter({ hasText: "Loading rows" })).toBeHidden({ timeout: 20_000 });
  // Only the rows in view are in the DOM, and the grid scrolls to the very last one.
  expect(await rows.count()).toBeLessThan(100);
  await jordan.getByRole("grid", { name: "Reveal results" }).evaluate((grid) => grid.scrollTo({ top: grid.scrollHeight }));
  await expect(rows.last()).toHaveAttribute("aria-rowindex", String(PEOPLE + 1));
  await expect(rows.last()).toContainText(`Person${PEOPLE - 1}`);
  await jordan.getByPlaceholder("Search name, company, URL or number").fill(`e2e-bulk-person-${PEOPLE - 1}/`);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(`Person${PEOPLE - 1}`);
  await jordan.goto("/reveal");
  await expect(jordan.getByRole("region", { name: "Your recent batches" }).getByRole("listitem").first()).toContainText(`${PEOPLE.toLocaleString("en")} waiting for approval`);

  await manager.goto("/approvals");
  const approve = manager.getByRole("button", { name: "Approve bulk.csv by Jordan Park (SDR)" });
  await expect(approve).toBeVisible();
  await manager.getByRole("button", { name: "Reject bulk.csv by Jordan Park (SDR)" }).click();
  // One press only asks: the list is still there until the rejection is confirmed, and Approve is out of reach meanwhile.
  await expect(manager.getByText("Jordan's list will not be sent.")).toBeVisible();
  await expect(approve).toHaveCount(0);
  await manager.getByLabel("Note to Jordan (optional)").fill("6,000 is past this month's cap: split it and send half in December");
  await manager.getByRole("button", { name: "Reject list" }).click();
  await expect(manager.getByText("Nothing waits for approval")).toBeVisible();
  await expect(manager.getByRole("status").filter({ hasText: "Rejected bulk.csv by Jordan Park (SDR): nothing was sent." })).toBeVisible();
  await expect(manager.getByRole("heading", { name: "Approvals" })).toBeFocused();
  // The SDR reads why on the list's page.
  await jordan.goto(batchPage);
  await expect(jordan.getByTestId("decision-note")).toHaveText("Morgan Lee (Manager)'s note: “6,000 is past this month's cap: split it and send half in December”");
  // And may send them after all, as a new list checked against the budgets again.
  await expect(jordan.getByRole("button", { name: "Send the 6,000 not sent in a new batch" })).toBeVisible();
  await setJordansMonthlyCap(manager, "", "1 credit → no cap");
});
