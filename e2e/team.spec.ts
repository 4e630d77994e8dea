import { expect, test } from "@playwright/test";
import { demoUser, signedIn } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

test("an admin adds a person, who signs in and sets their own password; a role change, a password reset and disabling apply to their next page", async ({ browser }) => {
  const admin = await signedIn(browser, demoUser("admin"));
  await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
  await expect(admin.getByRole("heading", { name: "Team" })).toBeVisible();
  await expect(admin.getByLabel("Role of Alex Kim (Admin)")).toBeDisabled();
  // Their own password is changed under Your account: a reset here would sign them out before they read it.
  await expect(admin.getByRole("button", { name: "Reset password of Alex Kim" })).toHaveCount(0);
  await expect(admin.getByRole("button", { name: /^Reset password of / }).first()).toBeVisible();

  const form = admin.getByRole("form", { name: "Add a person" });
  await form.getByLabel("Name").fill("Riley Chen");
  await form.getByLabel("Email").fill("not an email");
  await form.getByRole("button", { name: "Add to team" }).click();
  await expect(form.getByRole("alert")).toHaveText("Enter a valid email address, like jane@acme.com.");
  await form.getByLabel("Email").fill("Riley.Chen@Acme.test");
  // Sent from the keyboard, the focus stays on the button while it saves and after, not dropped to the page.
  await form.getByRole("button", { name: "Add to team" }).press("Enter");
  await expect(admin.getByRole("status").filter({ hasText: "Riley Chen signs in with riley.chen@acme.test" })).toBeVisible();
  await expect(form.getByRole("button", { name: "Add to team" })).toBeFocused();
  const password = (await admin.getByTestId("new-password").textContent())!.trim();
  expect(password).toHaveLength(24);
  const rileyRow = admin.getByTestId("team-member").filter({ hasText: "riley.chen@acme.test" });
  await expect(rileyRow.getByTestId("last-sign-in")).toHaveText("Never");

  // The same email again is refused by name.
  await form.getByLabel("Name").fill("Riley Again");
  await form.getByLabel("Email").fill("riley.chen@acme.test");
  await form.getByRole("button", { name: "Add to team" }).click();
  await expect(form.getByRole("alert")).toHaveText("riley.chen@acme.test already belongs to Riley Chen.");

  const signInAsRiley = async () => {
    const page = await browser.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill("riley.chen@acme.test");
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/reveal$/);
    return page;
  };
  const riley = await signInAsRiley();
  // The same person on a second device, signed in with the same password.
  const rileyPhone = await signInAsRiley();
  await admin.reload();
  await expect(rileyRow.getByTestId("last-sign-in")).toHaveText(/^(Today|Yesterday), \d{1,2}:\d{2} [AP]M$/);
  await expect(riley.getByRole("banner")).toContainText("Riley Chen");
  await expect(riley.getByRole("link", { name: "Budgets" })).toHaveCount(0);

  // Riley replaces the password the admin handed over, as the banner asks.
  const banner = riley.getByRole("status").filter({ hasText: "You are signed in with a password an admin made for you." });
  await banner.getByRole("link", { name: "Choose your own" }).click();
  await expect(riley).toHaveURL(/\/account$/);
  const account = riley.getByRole("form", { name: "Change your password" });
  // A weak password is refused, each kind with its own reason.
  for (const [weak, reason] of [
    ["aaaaaaaaaa", "This password is one character repeated, which is guessed at once. A few unrelated words make a strong one."],
    ["riley-own-password", 'This password contains "riley", from the email address riley.chen@acme.test, which anyone guessing tries first. Leave it out.'],
  ] as const) {
    await account.getByLabel("Current password").fill(password);
    await account.getByLabel("New password", { exact: true }).fill(weak);
    await account.getByLabel("New password again").fill(weak);
    await account.getByRole("button", { name: "Change password" }).click();
    await expect(account.getByRole("alert")).toHaveText(reason);
    // The field at fault has the focus, to be typed over.
    await expect(account.getByLabel("New password", { exact: true })).toBeFocused();
    await expect(account.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  }
  await account.getByLabel("Current password").fill("not-the-password");
  await account.getByLabel("New password", { exact: true }).fill("copper-kettle-drizzle");
  await account.getByLabel("New password again").fill("copper-kettle-drizzle");
  await account.getByRole("button", { name: "Change password" }).click();
  await expect(account.getByRole("alert")).toHaveText("Your current password is not right.");
  await expect(account.getByLabel("Current password")).toBeFocused();
  await expect(account.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await expect(account.getByLabel("Current password")).toHaveAccessibleDescription("Your current password is not right.");
  // Mended, and another problem found: only the field at fault now is marked.
  await account.getByLabel("New password again").fill("copper-kettle-drizzlf");
  await account.getByRole("button", { name: "Change password" }).click();
  await expect(account.getByLabel("New password again")).toBeFocused();
  await expect(account.getByLabel("Current password")).not.toHaveAttribute("aria-invalid");
  await account.getByLabel("New password again").fill("copper-kettle-drizzle");
  await account.getByLabel("Current password").fill(password);
  await account.getByRole("button", { name: "Change password" }).click();
  await expect(account.getByRole("status")).toHaveText("Password changed. Any other browser or device signed in as you has been signed out.");
  await riley.reload();
  await expect(banner).toHaveCount(0);
  await expect(riley.getByRole("banner")).toContainText("Riley Chen");
  // The change signed the other device out; this browser stayed in.
  await rileyPhone.reload();
  await expect(rileyPhone).toHaveURL(/\/login/);
  await rileyPhone.close();

  // Picking a role (as the arrow keys do) changes nothing until it is saved; Escape puts it back.
  const role = admin.getByLabel("Role of Riley Chen");
  await role.focus();
  await role.press("ArrowDown");
  await expect(role).toHaveValue("manager");
  await role.press("Escape");
  await expect(role).toHaveValue("sdr");
  await expect(role).toBeFocused();
  await role.selectOption("manager");
  await admin.getByRole("button", { name: "Make Riley Chen Manager" }).click();
  await expect(admin.getByRole("button", { name: "Make Riley Chen Manager" })).toHaveCount(0);
  await expect(admin.getByRole("status").filter({ hasText: "Saved: Riley Chen is now a Manager." })).toBeVisible();
  await expect(role).toHaveValue("manager");
  await expect(role).toBeFocused();
  await riley.reload();
  await expect(riley.getByRole("link", { name: "Budgets" })).toBeVisible();

  // A reset password signs Riley out everywhere; the new one works.
  await admin.getByRole("button", { name: "Reset password of Riley Chen" }).click();
  await expect(admin.getByRole("group", { name: "Riley will be signed out everywhere." })).toBeVisible();
  await admin.getByRole("button", { name: "Cancel" }).click();
  await expect(admin.getByRole("button", { name: "Reset password of Riley Chen" })).toBeFocused();
  await admin.getByRole("button", { name: "Reset password of Riley Chen" }).press("Enter");
  await admin.keyboard.press("Escape");
  await expect(admin.getByRole("button", { name: "Reset password of Riley Chen" })).toBeFocused();
  await expect(admin.getByRole("status").filter({ hasText: "Riley Chen signs in with" })).toHaveCount(0);
  await riley.reload();
  await expect(riley.getByRole("banner")).toContainText("Riley Chen"); // kept: still signed in
  await admin.getByRole("button", { name: "Reset password of Riley Chen" }).click();
  await admin.getByRole("button", { name: "Reset password", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Riley Chen signs in with" })).toBeVisible();
  await expect(admin.getByTestId("new-password")).not.toHaveText(password);
  const resetPassword = (await admin.getByTestId("new-password").textContent())!.trim();
  await riley.reload();
  await expect(riley).toHaveURL(/\/login/);
  await riley.getByLabel("Email").fill("riley.chen@acme.test");
  await riley.getByLabel("Password").fill(resetPassword);
  await riley.getByRole("button", { name: "Sign in" }).click();
  await expect(riley).toHaveURL(/\/reveal$/);

  // Disabling asks first: a slip must not cut someone off mid-day.
  await admin.getByRole("button", { name: "Disable Riley Chen" }).click();
  await expect(admin.getByRole("group", { name: "Riley will be signed out and cannot sign in until enabled. Their lists still sending are stopped, and any waiting for approval declined: nothing more is charged to them." })).toBeVisible();
  await riley.reload();
  await expect(riley.getByRole("banner")).toContainText("Riley Chen");
  await admin.getByRole("button", { name: "Disable", exact: true }).click();
  // The focus moves to the button that took the pressed one's place, not back to the page's start.
  await expect(admin.getByRole("button", { name: "Enable Riley Chen" })).toBeFocused();
  await riley.goto("/batches");
  await expect(riley).toHaveURL(/\/login/);
  // Told why, not just shown the sign-in page.
  await expect(riley.getByRole("alert").filter({ hasText: "This account has been disabled" })).toHaveText("This account has been disabled. Ask your Reveal Desk admin to enable it again.");
  expect((await riley.request.get("/api/batches")).status()).toBe(401);
  await riley.getByLabel("Email").fill("riley.chen@acme.test");
  await riley.getByLabel("Password").fill(resetPassword);
  await riley.getByRole("button", { name: "Sign in" }).click();
  await expect(riley.getByRole("alert").filter({ hasText: "This account has been disabled" })).toHaveText("This account has been disabled. Ask your Reveal Desk admin to enable it again.");

  // An email already someone's is refused by name; given up on (Escape), the refusal goes with it.
  await admin.getByRole("button", { name: "Edit Riley Chen" }).click();
  await admin.getByLabel("Email of Riley Chen").fill("sdr@demo.revealdesk.test");
  await admin.getByLabel("Email of Riley Chen").press("Enter");
  const taken = admin.getByRole("alert").filter({ hasText: "sdr@demo.revealdesk.test already belongs to" });
  await expect(taken).toBeVisible();
  await admin.getByLabel("Email of Riley Chen").press("Escape");
  await expect(taken).toHaveCount(0);

  // A name and an email corrected in place.
  await admin.getByRole("button", { name: "Edit Riley Chen" }).click();
  await admin.getByLabel("Email of Riley Chen").fill("riley.ng@");
  await admin.getByLabel("Email of Riley Chen").press("Enter");
  await expect(admin.getByRole("alert").filter({ hasText: "Enter a valid email address" })).toBeVisible();
  await admin.getByLabel("Name of Riley Chen").fill("Riley Ng");
  await admin.getByLabel("Email of Riley Chen").fill("riley.ng@acme.test");
  await admin.getByLabel("Email of Riley Chen").press("Enter");
  await expect(admin.getByTestId("team-member").filter({ hasText: "Riley Ng" })).toContainText("riley.ng@acme.test");
  await expect(admin.getByRole("button", { name: "Edit Riley Ng" })).toBeFocused();

  await admin.goto("/budgets");
  const history = admin.getByRole("region", { name: "History" });
  await expect(history).toContainText("Riley Chen: name Riley Chen → Riley Ng, email riley.chen@acme.test → riley.ng@acme.test");
  await expect(history).toContainText("Disabled Riley Chen: can no longer sign in");
  await expect(history).toContainText("Riley Chen: role SDR → Manager");
  await expect(history).toContainText("Added Riley Chen (riley.chen@acme.test) as SDR");
  await expect(history.getByRole("heading")).toHaveText("History: budgets, approvals, stops, pauses, settings and the team");

  // Changes to the team are the admin's business, as the team list is.
  const manager = await signedIn(browser, demoUser("manager"));
  await manager.goto("/budgets");
  const managersHistory = manager.getByRole("region", { name: "History" });
  await expect(managersHistory.getByRole("heading")).toHaveText("History: budgets, approvals, stops, pauses and settings");
  await expect(managersHistory.getByRole("listitem").first().or(managersHistory.getByText("No changes yet."))).toBeVisible();
  await expect(managersHistory).not.toContainText("Riley");
});

test("adding people in a row: each starts as an SDR, every new password stays until its Done, and a name already on the team is refused", async ({ browser }) => {
  const admin = await signedIn(browser, demoUser("admin"));
  await admin.goto("/team");
  const form = admin.getByRole("form", { name: "Add a person" });
  const entries = admin.getByTestId("new-password-entry");
  const add = async (name: string, email: string, role?: string) => {
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Email").fill(email);
    if (role) await form.getByLabel("Role").selectOption(role);
    await form.getByRole("button", { name: "Add to team" }).click();
  };

  await add("Manny Ger", "manny.ger@acme.test", "manager");
  await expect(entries).toHaveCount(1);
  await expect(admin.getByLabel("Role of Manny Ger")).toHaveValue("manager");
  // The next person gets the least access unless the admin picks more: one manager does not make the rest managers.
  await expect(form.getByLabel("Role")).toHaveValue("sdr");
  await add("Sid Arr", "sid.arr@acme.test");
  await expect(entries).toHaveCount(2);
  await add("Sue Dee", "sue.dee@acme.test");
  await expect(entries).toHaveCount(3);
  await expect(admin.getByLabel("Role of Sid Arr")).toHaveValue("sdr");
  await expect(admin.getByLabel("Role of Sue Dee")).toHaveValue("sdr");

  // Newest first, each with its person and its own copy button, the first one's still there.
  await expect(entries.nth(0)).toContainText("Sue Dee signs in with sue.dee@acme.test");
  await expect(entries.nth(1)).toContainText("Sid Arr signs in with sid.arr@acme.test");
  await expect(entries.nth(2)).toContainText("Manny Ger signs in with manny.ger@acme.test");
  await expect(entries.nth(2).getByRole("button", { name: "Copy Manny Ger's password" })).toBeVisible();
  const passwords = await admin.getByTestId("new-password").allTextContents();
  expect(new Set(passwords.map((password) => password.trim())).size).toBe(3);

  // A name someone has already is refused, whatever its letters' case; so is renaming someone to it.
  await add(" manny  GER", "manny2@acme.test");
  await expect(form.getByRole("alert")).toHaveText("Manny Ger is already the name of manny.ger@acme.test. Add a middle initial or a team to tell them apart.");
  await expect(admin.getByTestId("team-member").filter({ hasText: "manny2@acme.test" })).toHaveCount(0);
  await admin.getByRole("button", { name: "Edit Sid Arr" }).click();
  await admin.getByLabel("Name of Sid Arr").fill("Sue Dee");
  await admin.getByLabel("Name of Sid Arr").press("Enter");
  await expect(admin.getByRole("alert").filter({ hasText: "Sue Dee is already the name of sue.dee@acme.test." })).toBeVisible();
  await admin.getByLabel("Name of Sid Arr").press("Escape");
  await expect(entries).toHaveCount(3);

  // Done puts one away; the focus moves to the next one's Done, and after the last to the Name field for the next person.
  await admin.getByRole("button", { name: "Done with Sue Dee's password" }).click();
  await expect(entries).toHaveCount(2);
  await expect(admin.getByRole("button", { name: "Done with Sid Arr's password" })).toBeFocused();
  await admin.keyboard.press("Enter");
  await expect(admin.getByRole("button", { name: "Done with Manny Ger's password" })).toBeFocused();
  await admin.keyboard.press("Enter");
  await expect(entries).toHaveCount(0);
  await expect(form.getByLabel("Name")).toBeFocused();
});
