import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEAM } from "@/lib/credits/budget-rule";
import { setBudget, viewerBudgetStatus } from "@/lib/credits/budgets";
import { ledgerRows, sumCredits } from "../support/credit-flow";
import { entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("the budget lines a person sees of their own (GET /api/budgets/me)", () => {
  it("carry the team's spend to an SDR only while the team has a cap, which can then hold their lists; a manager's always", async () => {
    const { db } = app;
    const [admin, manager, sdr, teammate] = [app.createUser("admin"), app.createUser("manager"), app.createUser("sdr"), app.createUser("sdr")];
    await revealNow(app, submit(db, teammate, [entryFor(profileUrl("team-spend", { found: true }))]).revealIds);
    const teamSpent = sumCredits(ledgerRows(db));
    expect(teamSpent).toBeGreaterThan(0);
    const scopes = (viewer: typeof sdr) => viewerBudgetStatus(db, viewer).map((line) => line.scope);

    expect(scopes(sdr)).toEqual(["user_day", "user_month"]);
    expect(JSON.stringify(viewerBudgetStatus(db, sdr))).not.toContain("team");
    expect(viewerBudgetStatus(db, manager).find((line) => line.scope === "team_month")).toMatchObject({ cap: null, spent: teamSpent });

    setBudget(db, admin.id, { subject: TEAM, period: "month" }, 1_000);
    expect(viewerBudgetStatus(db, sdr).find((line) => line.scope === "team_month")).toMatchObject({ cap: 1_000, spent: teamSpent, left: 1_000 - teamSpent });
    setBudget(db, admin.id, { subject: TEAM, period: "month" }, null);
    expect(scopes(sdr)).toEqual(["user_day", "user_month"]);
  });
});
