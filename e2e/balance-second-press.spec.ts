import { expect, test, type Page } from "@playwright/test";
import { demoUser, signedIn, unfoundProfiles } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

type CheckAnswer = { estimate: { foundRate: number; averagePrice: number }; balance: { left: number; reserved: number } };

/** Enough people that even the expected spend is over what Clodura has left, read off the check's own figures. */
async function overTheBalance(page: Page, prefix: string): Promise<string[]> {
  const [checked] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith("/api/reveals/check")),
    page.getByLabel("LinkedIn URLs").fill(unfoundProfiles(`${prefix}-probe`, 1).join("\n")),
  ]);
  const { estimate, balance } = (await checked.json()) as CheckAnswer;
  return unfoundProfiles(prefix, Math.ceil((balance.left - balance.reserved) / (estimate.foundRate * estimate.averagePrice)) + 20);
}

test("a list expected to empty Clodura's balance is sent on a second press, and the first says why nothing went yet", async ({ browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto("/credits");
  await Promise.all([
    manager.waitForResponse((response) => response.url().endsWith("/api/credits/balance") && response.request().method() === "POST"),
    manager.getByRole("button", { name: "Check now" }).click(),
  ]);
  await manager.goto("/reveal");
  const prefix = `e2e-balance-press-${Date.now()}`;
  const people = await overTheBalance(manager, prefix);
  const count = people.length.toLocaleString("en");

  // The upload page (first: the paste below is sent, and its answers move the found rate these figures are on).
  await manager.goto("/upload");
  const csv = `LinkedIn URL\n${unfoundProfiles(`${prefix}-file`, people.length).join("\n")}\n`;
  await manager.getByLabel("CSV file").setInputFiles({ name: "over-balance.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(manager.getByRole("status", { name: "Clodura balance" })).toContainText("Clodura's balance will likely run out during this list.");
  await manager.getByRole("button", { name: `Reveal ${count} phones`, exact: true }).click();
  await expect(manager.getByRole("alert").filter({ hasText: "Nothing was sent yet" })).toContainText(`this list is expected to empty Clodura's balance, which pauses sending for the whole team. Press “Reveal ${count} phones anyway”`);
  await expect(manager.getByRole("button", { name: `Reveal ${count} phones anyway` })).toBeEnabled();
  await expect(manager).toHaveURL(/\/upload/);

  // The paste page, sent at the second press.
  await manager.goto("/reveal");
  const box = manager.getByLabel("LinkedIn URLs");
  await box.fill(people.join("\n"));
  await expect(manager.getByRole("status", { name: "Clodura balance" })).toContainText("Clodura's balance will likely run out during this paste.");
  await manager.getByRole("button", { name: "Reveal phones", exact: true }).click();
  const said = manager.getByRole("alert").filter({ hasText: "Nothing was sent yet" });
  await expect(said).toHaveText(
    "Nothing was sent yet: this paste is expected to empty Clodura's balance, which pauses sending for the whole team. Press “Reveal phones anyway” to send it all the same, or send fewer people, turn partner providers off, or ask an admin to top up Clodura first.",
  );
  await expect(manager).toHaveURL(/\/reveal$/);
  // Another list is asked about again.
  await box.fill(people.slice(1).join("\n"));
  await expect(manager.getByRole("button", { name: "Reveal phones", exact: true })).toBeEnabled();
  await expect(said).toHaveCount(0);
  await box.press("Control+Enter");
  await expect(said).toBeVisible();
  await manager.getByRole("button", { name: "Reveal phones anyway" }).click();
  await expect(manager).toHaveURL(/\/batches\/[\w-]+$/);
  // Stopped, so later tests find the queue clear.
  await manager.getByRole("button", { name: "Stop sending" }).click();
  await manager.getByRole("group", { name: "Stop sending this batch?" }).getByRole("button", { name: "Stop sending" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Stopped by" })).toBeVisible();
});
