import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { budgets, users } from "@/db/schema";
import { FIRST_ADMIN_NAME } from "@/lib/auth/account-schema";
import { demoAccounts } from "@/lib/auth/demo-accounts";
import { gettingStarted } from "@/lib/auth/getting-started";
import type { SessionUser } from "@/lib/auth/roles";
import { setSetting } from "@/lib/settings/settings";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const stepsLeft = (viewer: SessionUser) => gettingStarted(app.db, viewer)?.filter((step) => !step.done).map((step) => step.step) ?? null;

describe("an admin's day-one setup on Reveal", () => {
  it("lists what is left to set up, and goes once the admin is named, has a teammate and checked the team's settings", () => {
    const { db } = app;
    const created = app.createUser("admin");
    db.update(users).set({ name: FIRST_ADMIN_NAME }).where(eq(users.id, created.id)).run();
    const admin = { ...created, name: FIRST_ADMIN_NAME };
    // The demo accounts of sandbox mode are nobody's team.
    const demo = demoAccounts.find((account) => account.role === "sdr")!;
    db.insert(users).values({ email: demo.email, name: demo.name, role: "sdr", passwordHash: "x" }).run();
    expect(stepsLeft(admin)).toEqual(["name", "team", "settings", "budgets"]);

    const renamed = { ...admin, name: "Dana Cole" };
    const sdr = app.createUser("sdr");
    expect(stepsLeft(renamed)).toEqual(["settings", "budgets"]);
    db.insert(budgets).values({ subject: sdr.id, period: "day", credits: 30, updatedBy: admin.id, updatedAt: new Date() }).run();
    expect(stepsLeft(renamed)).toEqual(["settings"]);
    // The time zone alone may be saved in passing: saved pricing says the settings were checked.
    setSetting(db, "timeZone", "America/New_York");
    expect(stepsLeft(renamed)).toEqual(["settings"]);
    setSetting(db, "plan", "max");
    // Budgets are offered, not required: the rest done, the card goes.
    db.delete(budgets).run();
    expect(gettingStarted(db, renamed)).toBeNull();
  });

  it("does not count a teammate who was disabled", () => {
    const { db } = app;
    const admin = app.createUser("admin");
    const left = app.createUser("sdr");
    db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, left.id)).run();
    expect(stepsLeft(admin)).toContain("team");
  });

  it("is shown to nobody but a team's own admin", () => {
    const demoAdmin = demoAccounts.find((account) => account.role === "admin")!;
    expect(gettingStarted(app.db, { id: "x", email: demoAdmin.email, name: demoAdmin.name, role: "admin" })).toBeNull();
    expect(gettingStarted(app.db, app.createUser("manager"))).toBeNull();
    expect(gettingStarted(app.db, app.createUser("sdr"))).toBeNull();
  });
});
