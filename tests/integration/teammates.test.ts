import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spendDaily } from "@/db/schema";
import { listTeammates } from "@/lib/auth/list-teammates";
import { changeMember } from "@/lib/auth/team";
import { listBudgets } from "@/lib/credits/list-budgets";
import { listPeople } from "@/lib/reveals/list-people";
import { foundUrls, entryFor, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("who People and Credits can be narrowed to (GET /api/teammates)", () => {
  it("names an SDR disabled since their last spend, after the current team, while Budgets has let them go", async () => {
    const { db } = app;
    const [admin, manager, leaver] = [app.createUser("admin"), app.createUser("manager"), app.createUser("sdr")];
    await revealNow(app, submit(db, leaver, foundUrls("left-in-spring", 1).map((url) => entryFor(url))).revealIds);
    // Their spend was last year's: nothing of it counts this month.
    db.update(spendDaily).set({ day: "2025-03-14" }).where(eq(spendDaily.userId, leaver.id)).run();
    await changeMember(db, admin, leaver.id, { disabled: true });

    expect(listBudgets(db).map((row) => row.subject)).not.toContain(leaver.id);
    expect(listTeammates(db)).toEqual([
      { id: admin.id, name: admin.name, role: "admin", disabled: false },
      { id: manager.id, name: manager.name, role: "manager", disabled: false },
      { id: leaver.id, name: leaver.name, role: "sdr", disabled: true },
    ]);
    // And picking them narrows the directory to what they revealed.
    expect(listPeople(db, manager, { revealedBy: leaver.id }).people).toHaveLength(1);
  });

  it("leaves out someone disabled before they revealed anyone: there is nothing of theirs to narrow to", async () => {
    const { db } = app;
    const admin = app.createUser("admin");
    const [revealer, neverStarted] = [app.createUser("sdr"), app.createUser("sdr")];
    await revealNow(app, submit(db, revealer, foundUrls("left-after-one", 1).map((url) => entryFor(url))).revealIds);
    await changeMember(db, admin, revealer.id, { disabled: true });
    await changeMember(db, admin, neverStarted.id, { disabled: true });

    const ids = listTeammates(db).map((row) => row.id);
    expect(ids).toContain(revealer.id);
    expect(ids).not.toContain(neverStarted.id);
  });
});
