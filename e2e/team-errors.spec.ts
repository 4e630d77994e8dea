import { expect, test } from "@playwright/test";
import { demoUser, signedIn } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

test("a refused person or change is said at its field, which takes the focus, and an earlier refusal does not stay", async ({ browser }) => {
  const admin = await signedIn(browser, demoUser("admin"));
  await admin.goto("/team");
  const form = admin.getByRole("form", { name: "Add a person" });
  const [name, email] = [form.getByLabel("Name"), form.getByLabel("Email")];
  const addButton = form.getByRole("button", { name: "Add to team" });

  await addButton.click();
  await expect(form.getByRole("alert")).toHaveText("Enter the person's name.");
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription("Enter the person's name.");
  await name.fill("Dana Errs");
  await email.fill("dana@acme");
  await addButton.press("Enter");
  await expect(form.getByRole("alert")).toHaveText("Enter a valid email address, like jane@acme.com.");
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(name).not.toHaveAttribute("aria-invalid");
  // The server's refusal of an email someone has: that field too.
  await email.fill("sdr@demo.revealdesk.test");
  await addButton.click();
  await expect(form.getByRole("alert")).toHaveText(/^sdr@demo\.revealdesk\.test already belongs to .+\.$/);
  await expect(email).toBeFocused();
  await expect(email).toHaveAccessibleDescription(/^sdr@demo\.revealdesk\.test already belongs to /);
  await email.fill("dana.errs@acme.test");
  await email.press("Enter");
  await expect(admin.getByRole("status").filter({ hasText: "Dana Errs signs in with dana.errs@acme.test" })).toBeVisible();
  await expect(email).not.toHaveAttribute("aria-invalid");

  // A teammate's email, given in an edit: said in that row, at its email field, not in a banner above the table.
  await admin.getByRole("button", { name: "Edit Dana Errs" }).click();
  const [rowName, rowEmail] = [admin.getByLabel("Name of Dana Errs"), admin.getByLabel("Email of Dana Errs")];
  const row = admin.getByTestId("team-member").filter({ has: rowEmail });
  await rowEmail.fill("sdr@demo.revealdesk.test");
  await rowName.press("Enter");
  await expect(row.getByRole("alert")).toHaveText(/^sdr@demo\.revealdesk\.test already belongs to .+\.$/);
  // Under the email it is about, not under the name.
  await expect(row.getByRole("cell").nth(1).getByRole("alert")).toHaveCount(1);
  await expect(admin.getByRole("alert").filter({ hasText: "already belongs to" })).toHaveCount(1);
  await expect(rowEmail).toBeFocused();
  await expect(rowEmail).toHaveAttribute("aria-invalid", "true");
  await expect(rowEmail).toHaveAccessibleDescription(/^sdr@demo\.revealdesk\.test already belongs to /);
  // A new problem replaces it: the earlier refusal does not stay beside it.
  await rowName.fill(" ");
  await rowEmail.press("Enter");
  await expect(row.getByRole("alert")).toHaveText("Enter the person's name.");
  await expect(row.getByRole("cell").first().getByRole("alert")).toHaveCount(1);
  await expect(admin.getByRole("alert").filter({ hasText: "already belongs to" })).toHaveCount(0);
  await expect(rowName).toBeFocused();
  await expect(rowName).toHaveAttribute("aria-invalid", "true");
  await expect(rowEmail).not.toHaveAttribute("aria-invalid");
  await rowName.press("Escape");
  await expect(admin.getByRole("button", { name: "Edit Dana Errs" })).toBeFocused();
  await expect(admin.getByTestId("team-member").filter({ hasText: "dana.errs@acme.test" }).getByRole("alert")).toHaveCount(0);
});
