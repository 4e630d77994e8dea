import { expect, test } from "@playwright/test";
import { demoUser, signedIn } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

test("a new team's own admin is shown what is left to set up on Reveal, each step a link, and a step done is ticked; Team marks the demo accounts", async ({ browser }) => {
  const demoAdmin = await signedIn(browser, demoUser("admin"));
  // The demo admin tries the product; it sets up no team.
  await expect(demoAdmin.getByRole("region", { name: /Set up your team/ })).toHaveCount(0);
  const email = `first.admin.${Date.now().toString(36)}@acme.test`;
  const added = await demoAdmin.request.post("/api/team", { data: { name: "Administrator", email, role: "admin" } });
  expect(added.status()).toBe(201);
  const { temporaryPassword } = (await added.json()) as { temporaryPassword: string };
  await demoAdmin.context().close();

  const admin = await signedIn(browser, { email, password: temporaryPassword });
  const setup = admin.getByRole("region", { name: /Set up your team/ });
  await expect(setup).toBeVisible();
  const nameStep = setup.getByRole("listitem").filter({ hasText: "put your own name on your row" });
  await expect(nameStep.getByRole("link", { name: "Open Team" })).toHaveAttribute("href", "/team");
  await expect(setup.getByRole("listitem").filter({ hasText: "Optional: cap what each SDR" }).getByRole("link", { name: "Open Budgets" })).toHaveAttribute("href", "/budgets");
  // The Reveal form is still there, under it.
  await expect(admin.getByLabel("LinkedIn URLs")).toBeVisible();

  // Renamed on Team: the header says the new name at once.
  await admin.goto("/team");
  await admin.getByRole("button", { name: "Edit Administrator" }).click();
  await admin.getByLabel("Name of Administrator").fill("Dana Cole");
  await admin.getByLabel("Name of Administrator").press("Enter");
  await expect(admin.getByRole("banner")).toContainText("Dana Cole");
  await admin.goto("/reveal");
  await expect(admin.getByLabel("LinkedIn URLs")).toBeVisible();
  // Ticked, or the whole card gone when every other step was done already (the team's earlier tests may have done them).
  await expect(nameStep.getByRole("link")).toHaveCount(0);
  if (await setup.count()) await expect(nameStep).toHaveAttribute("data-done", "true");

  // On Team, sandbox mode's demo accounts are marked, and their admin is told anyone may use them.
  await admin.goto("/team");
  await expect(admin.getByRole("note").filter({ hasText: "marked demo came with sandbox mode" })).toContainText("anyone who reaches this server can use them");
  await expect(admin.getByTestId("team-member").filter({ hasText: demoUser("sdr").email }).getByText("demo", { exact: true })).toBeVisible();
  await expect(admin.getByTestId("team-member").filter({ hasText: email }).getByText("demo", { exact: true })).toHaveCount(0);
});

test("the demo admin is not told about the demo accounts as if they were someone else's", async ({ browser }) => {
  const demoAdmin = await signedIn(browser, demoUser("admin"));
  await demoAdmin.goto("/team");
  await expect(demoAdmin.getByTestId("team-member").first()).toBeVisible();
  await expect(demoAdmin.getByRole("note").filter({ hasText: "came with sandbox mode" })).toHaveCount(0);
});
