import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spendDaily } from "@/db/schema";
import { dayIn } from "@/lib/credits/periods";
import { rebuildSpendRollups } from "@/lib/credits/rebuild-rollups";
import { setSetting } from "@/lib/settings/settings";
import { eventsOf } from "../support/inspect";
import { ledgerRows, revealByTrack, rollupRows, trackOnlyUrl } from "../support/credit-flow";
import { DAY_MS, entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

const utcDay = (at: Date | number) => dayIn(at, "UTC");

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("the daily rollups kept with each charge", () => {
  it("equal a rebuild from the ledger and the provider results after a mixed run", async () => {
    const { db } = app;
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const now = Date.now();

    // Two days ago on Max, yesterday on Prospect: answered by track polls on those days.
    const early = [trackOnlyUrl("mix-a1", true), trackOnlyUrl("mix-a2", true), trackOnlyUrl("mix-a3", false)];
    await revealByTrack(app, sdrA, early, new Date(now - 2 * DAY_MS));
    setSetting(db, "plan", "prospect");
    await revealByTrack(app, sdrB, [trackOnlyUrl("mix-b1", true), trackOnlyUrl("mix-b2", false)], new Date(now - DAY_MS));

    // Today on Max: webhooks (one delivered twice), and a ledger answer for B.
    setSetting(db, "plan", "max");
    const today = submit(db, sdrA, [
      entryFor(profileUrl("mix-today-found", { found: true })),
      entryFor(profileUrl("mix-today-missing", { found: false })),
      entryFor(profileUrl("mix-today-sandbox-duplicate-webhook", { found: true })),
      // Cut short by Clodura's credits: no answer, so not in the found rate.
      entryFor("https://www.linkedin.com/in/mix-today-sandbox-insufficient-credits/"),
    ]);
    await revealNow(app, today.revealIds);
    await waitFor(() => eventsOf(db, today.revealIds[2]!, "webhook").filter((event) => event.outcome === "duplicate").length === 1, 5_000, "the duplicate");
    expect(submit(db, sdrB, [entryFor(early[0]!)])).toMatchObject({ cached: 1 });

    const incremental = rollupRows(db);
    expect(new Set(incremental.spend.map((row) => row.day))).toEqual(new Set([utcDay(now - 2 * DAY_MS), utcDay(now - DAY_MS), ...ledgerRows(db).map((row) => utcDay(row.createdAt))]));
    expect(new Set(incremental.providers.map((row) => row.userId))).toEqual(new Set([sdrA.id, sdrB.id]));
    expect(incremental.spend.reduce((sum, row) => sum + row.charges, 0)).toBe(5);
    expect(incremental.spend.filter((row) => row.provider === "clodura" || row.provider === "partner")).toEqual([
      expect.objectContaining({ userId: sdrB.id, day: utcDay(now - DAY_MS), charges: 1, credits: 2 }),
    ]);

    // Nine reveals came back; one of them was cut short, so eight count as answered.
    expect(incremental.outcomes.reduce((sum, row) => sum + row.answered, 0)).toBe(8);

    rebuildSpendRollups(db);
    expect(rollupRows(db)).toEqual(incremental);
  });

  it("are repaired by a rebuild after they drift from the ledger", async () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    const created = submit(db, sdr, [entryFor(profileUrl("repair-a", { found: true })), entryFor(profileUrl("repair-b", { found: true }))]);
    await revealNow(app, created.revealIds);
    const good = rollupRows(db);
    expect(good.spend.reduce((sum, row) => sum + row.charges, 0)).toBe(2);

    db.update(spendDaily).set({ credits: sql`${spendDaily.credits} + 99` }).run();
    expect(rollupRows(db)).not.toEqual(good);
    rebuildSpendRollups(db);
    expect(rollupRows(db)).toEqual(good);
  });
});
