import { expect, test } from "@playwright/test";
import { planSandboxReveal } from "../lib/clodura/sandbox/scenarios";
import { demoUser, downloadedText, secondDemoSdr, signedIn, signIn, unfoundProfiles } from "./fixtures";

/** A profile the sandbox finds a number for (or, with found false, finds none for), named by its slug. */
function sandboxProfile(slug: string, found: boolean): string {
  for (let i = 0; ; i += 1) {
    // The sandbox keys a person by the profile URL without its trailing slash.
    const url = `https://www.linkedin.com/in/${slug}-${i}`;
    if ((planSandboxReveal({ personKey: url, linkedinUrl: url, viaPartners: true, form: "multi", trackingId: "x" }).chargedProvider !== null) === found) return `${url}/`;
  }
}

test("a teammate finds a person the team revealed by name or number, with the number, who revealed it and its freshness", async ({ page, browser }) => {
  const [profile, missing] = [sandboxProfile("quinn-directory", true), sandboxProfile("riley-directory", false)];
  await page.goto("/reveal");
  await page.getByLabel("LinkedIn URLs").fill(`${profile}\n${missing}`);
  await page.getByRole("button", { name: "Reveal phones" }).click();
  await expect(page).toHaveURL(/\/batches\//);
  const batchUrl = page.url();
  await expect(page.getByText("2 / 2 done")).toBeVisible({ timeout: 20_000 });
  const dial = (await page.getByTestId("best-number").getByRole("link").getAttribute("href"))!.replace("tel:", "");

  // Jordan, the other SDR, cannot open Sam's list, but finds the person in the team's directory.
  const jordan = await signedIn(browser, secondDemoSdr());
  await jordan.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  await expect(jordan.getByRole("heading", { name: "People" })).toBeVisible();
  await jordan.keyboard.press("/");
  await expect(jordan.getByRole("searchbox", { name: "Search people" })).toBeFocused();
  await jordan.keyboard.type("quinn direct");
  const row = jordan.getByTestId("person-row");
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute("data-state", "found");
  await expect(row.getByRole("rowheader")).toContainText("Quinn Directory");
  await expect(row.getByTestId("best-number").getByRole("link")).toHaveAttribute("href", `tel:${dial}`);
  await expect(row).toContainText("Sam Rivera");
  await expect(row).toContainText(/Free in any list until \w{3} \d{1,2}/);
  await expect(row.getByRole("link", { name: "Open list" })).toHaveCount(0);

  // An inbound call: the number as a person would type it, without the country code.
  await jordan.getByRole("searchbox", { name: "Search people" }).fill(dial.slice(-10).replace(/(\d{3})(\d{3})(\d{4})/, "($1) $2-$3"));
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("rowheader")).toContainText("Quinn Directory");
  await row.getByRole("button", { name: /providers?$/ }).click();
  await expect(jordan.getByRole("list", { name: "What each provider said about Quinn Directory" })).toContainText("found · charged");

  await jordan.getByRole("searchbox", { name: "Search people" }).fill("zebediah nobody");
  await expect(jordan.getByRole("status")).toContainText("No one matches “zebediah nobody”");
  await jordan.getByRole("searchbox", { name: "Search people" }).press("Escape");
  await expect(row.first()).toBeVisible();
  await expect(row.filter({ hasText: "Quinn Directory" }).getByRole("link", { name: /^Reveal again/ })).toHaveCount(0); // found and fresh: nothing to pay for
  await jordan.getByRole("button", { name: "No number found" }).click();
  await expect(jordan.getByTestId("person-row").filter({ hasText: "Quinn Directory" })).toHaveCount(0);
  // The choice is kept in the link: a reload, or Back from another page, shows the same people.
  await expect(jordan).toHaveURL(/\/people\?outcome=not_found$/);
  await jordan.reload();
  await expect(jordan.getByRole("button", { name: "No number found" })).toHaveAttribute("aria-pressed", "true");

  // Nobody had a number for Riley: trying again starts from the paste page, where the ledger's answer is explained.
  await jordan.getByRole("link", { name: /^Reveal again \(Riley Directory\)$/ }).click();
  await expect(jordan.getByLabel("LinkedIn URLs")).toHaveValue(missing);
  await expect(jordan.getByRole("list", { name: "Pasted lines" }).locator('[data-status="ok"]')).toContainText(/already revealed by Sam Rivera/i);
  // The link asked to pay again: it comes ticked, with its cost, not as a free copy of the old answer.
  await expect(jordan.getByRole("checkbox", { name: /^Reveal again/ })).toBeChecked();
  await expect(jordan.getByText("1 person will be revealed.")).toBeVisible();
  await jordan.context().close();

  // A manager exports what the search shows (an SDR, below, browses the directory but cannot take it away).
  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto("/people");
  await manager.getByRole("searchbox", { name: "Search people" }).fill("quinn directory");
  await expect(manager.getByTestId("person-row")).toHaveCount(1);
  // Narrowed to what one SDR revealed: Sam's person stays, and Jordan (who revealed no one) has nobody.
  await manager.getByLabel("Revealed by").selectOption({ label: "Jordan Park (SDR)" });
  await expect(manager.getByRole("status")).toContainText("No one matches “quinn directory” among the people they revealed");
  await manager.getByLabel("Revealed by").selectOption({ label: "Sam Rivera (SDR)" });
  await expect(manager.getByTestId("person-row")).toHaveCount(1);
  await expect(manager.getByRole("link", { name: "CSV for CRM import" })).toHaveAccessibleDescription("Exports only the people this search and filter show.");
  const download = manager.waitForEvent("download");
  await manager.getByRole("link", { name: "CSV for CRM import" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^reveal-desk-people-\d{4}-\d{2}-\d{2}-by-sam-rivera-sdr-matching-for-crm\.csv$/);
  const [header, ...lines] = (await downloadedText(file)).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(header).toMatch(/^First name,Last name,Company,LinkedIn URL,personId,Answer,Best number \(E\.164\)/);
  expect(lines).toEqual([expect.stringContaining(`Quinn,Directory,,${profile},`)]);
  expect(lines[0]).toContain(`,found,${dial},`);
  await manager.context().close();

  // Sam sees it as theirs, and the list it came from opens.
  await page.goto("/people");
  await page.getByRole("searchbox", { name: "Search people" }).fill(profile);
  await expect(page.getByTestId("person-row")).toHaveCount(1);
  await expect(page.getByTestId("person-row")).toContainText("You");
  await page.getByLabel("Revealed by").selectOption("me");
  await expect(page.getByTestId("person-row")).toHaveCount(1);
  await expect(page.getByRole("link", { name: /Export CSV|CSV for CRM import/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Open list" }).click();
  await expect(page).toHaveURL(batchUrl);
});

test("a manager can still narrow People and Credits to someone disabled since, whose spend no longer counts this month", async ({ browser }) => {
  const admin = await signedIn(browser, demoUser("admin"));
  const name = `Taylor Leaver ${Date.now().toString(36)}`;
  const email = `${name.replaceAll(" ", ".").toLowerCase()}@acme.test`;
  const added = await admin.request.post("/api/team", { data: { name, email, role: "sdr" } });
  expect(added.status()).toBe(201);
  const { member, temporaryPassword } = (await added.json()) as { member: { id: string }; temporaryPassword: string };
  // One person asked about before they left (no number found: nothing charged).
  const leaver = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await signIn(leaver, { email, password: temporaryPassword });
  const [asked] = unfoundProfiles(`e2e-leaver-${Date.now().toString(36)}`, 1);
  await leaver.getByLabel("LinkedIn URLs").fill(asked!);
  await leaver.getByRole("button", { name: "Reveal phones" }).click();
  await expect(leaver.locator('[data-testid="reveal-row"][data-state="not_found"]')).toHaveCount(1, { timeout: 20_000 });
  await leaver.context().close();
  expect((await admin.request.patch(`/api/team/${member.id}`, { data: { disabled: true } })).status()).toBe(200);
  // Someone disabled before asking about anyone has nothing to narrow to, and is not offered.
  const neverStarted = `Never Started ${Date.now().toString(36)}`;
  const unused = await admin.request.post("/api/team", { data: { name: neverStarted, email: `${neverStarted.replaceAll(" ", ".").toLowerCase()}@acme.test`, role: "sdr" } });
  const { member: unusedMember } = (await unused.json()) as { member: { id: string } };
  expect((await admin.request.patch(`/api/team/${unusedMember.id}`, { data: { disabled: true } })).status()).toBe(200);
  await admin.context().close();

  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto("/people");
  await manager.getByLabel("Revealed by").selectOption({ label: `${name} (disabled)` });
  await expect(manager.getByTestId("person-row")).toHaveCount(1);
  await expect(manager.getByLabel("Revealed by").getByRole("option", { name: neverStarted })).toHaveCount(0);
  await manager.goto("/credits");
  await manager.getByLabel("SDR", { exact: true }).selectOption({ label: `${name} (disabled)` });
  await expect(manager).toHaveURL(new RegExp(`sdr=${member.id}`));
  await manager.context().close();
});

test("a People link narrowed to a teammate opens for an SDR on everyone's, saying why, not on a refusal", async ({ page, browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  const { teammates } = (await (await manager.request.get("/api/teammates")).json()) as { teammates: { id: string; name: string }[] };
  const idOf = (name: string) => teammates.find((person) => person.name.startsWith(name))!.id;
  await manager.context().close();

  // A manager's link to Jordan's reveals, opened by Sam.
  await page.goto(`/people?by=${idOf("Jordan Park")}&outcome=found`);
  await expect(page.getByRole("note")).toHaveText("This link asks for someone else’s reveals: only a manager narrows People to another person, so everyone’s are shown.");
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  await expect(page.getByLabel("Revealed by")).toHaveValue("");
  await expect(page).toHaveURL(/\/people\?outcome=found$/);
  await page.getByLabel("Revealed by").selectOption("me");
  await expect(page.getByRole("note")).toHaveCount(0);

  // Sam's own id in the link is "Me".
  await page.goto(`/people?by=${idOf("Sam Rivera")}`);
  await expect(page.getByLabel("Revealed by")).toHaveValue("me");
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
});

test("a People link naming someone not on the team opens for a manager on everyone's, saying why, not on nobody's", async ({ browser }) => {
  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto("/people?by=no-such-person&outcome=all");
  await expect(manager.getByRole("note")).toHaveText("This link asks for the reveals of someone not on the team, so everyone’s are shown. Pick a person under Revealed by.");
  await expect(manager.getByLabel("Revealed by")).toHaveValue("");
  await expect(manager).toHaveURL(/\/people$/);
  await expect(manager.getByRole("main")).not.toContainText("No one here yet among the people they revealed");
});
