import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { budgetStatus } from "@/lib/credits/budgets";
import { listBudgets } from "@/lib/credits/list-budgets";
import { listCharges } from "@/lib/credits/list-charges";
import { rebuildSpendRollups } from "@/lib/credits/rebuild-rollups";
import { dayIn } from "@/lib/credits/periods";
import { getSpendReport } from "@/lib/credits/spend-report";
import { applyDeliveredBody } from "@/lib/reveals/apply-delivery";
import { reconcileDue } from "@/lib/reveals/reconcile";
import { getSetting, setSetting } from "@/lib/settings/settings";
import { getTeamTimeZone, timeZoneSchema, updateTeamTimeZone } from "@/lib/settings/time-zone";
import { HOUR_MS, ledgerRows, revealByTrack, rollupRows, sumCredits, trackOnlyUrl } from "../support/credit-flow";
import { chargesOf, DAY_MS, entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { multiPayload, revealRow, sandboxRequestOf } from "../support/inspect";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const NEW_YORK = "America/New_York";
const utcMidnight = (at: number) => at - (at % DAY_MS);
const day = (at: number) => new Date(at).toISOString().slice(0, 10);

describe("the team's time zone", () => {
  it("counts an evening charge in New York on New York's day, for budgets, rollups, the report and the charges list", async () => {
    const { db } = app;
    const [admin, sdr] = [app.createUser("admin"), app.createUser("sdr")];
    // 02:30 UTC is 21:30 (or 22:30) the evening before in New York. Two days back, so even the later charge is past.
    const chargeDayUtc = utcMidnight(Date.now()) - 2 * DAY_MS;
    const evening = chargeDayUtc + 2.5 * HOUR_MS;
    await revealByTrack(app, sdr, [trackOnlyUrl("tz-evening", true)], new Date(evening));
    const spent = sumCredits(ledgerRows(db));
    expect(spent).toBeGreaterThan(0);

    // Until an admin sets a zone, days are UTC: the charge is yesterday's, and at 01:00 New York time it counts today.
    expect(getTeamTimeZone(db)).toEqual({ timeZone: "UTC", default: "UTC" });
    const nextMorningNy = chargeDayUtc + 6 * HOUR_MS;
    expect(rollupRows(db).spend.map((row) => row.day)).toEqual([day(chargeDayUtc)]);
    expect(budgetStatus(db, sdr.id, new Date(nextMorningNy))[0]).toMatchObject({ scope: "user_day", spent });

    await updateTeamTimeZone(db, admin.id, NEW_YORK);
    expect(getSetting(db, "timeZone")).toBe(NEW_YORK);
    const eveningDay = day(chargeDayUtc - DAY_MS);
    expect(rollupRows(db).spend.map((row) => row.day)).toEqual([eveningDay]);
    expect(rollupRows(db).outcomes.map((row) => row.day)).toEqual([eveningDay]);
    // A new day has begun in New York: the daily budget starts again, and the evening shows on its own day.
    expect(budgetStatus(db, sdr.id, new Date(nextMorningNy))[0]).toMatchObject({ scope: "user_day", spent: 0 });
    expect(listBudgets(db, new Date(nextMorningNy)).find((row) => row.subject === sdr.id)).toMatchObject({ spentToday: 0 });
    const report = getSpendReport(db, { range: { from: eveningDay, to: eveningDay }, userId: null });
    expect(report.totals.credits).toBe(spent);
    expect(listCharges(db, { range: { from: eveningDay, to: eveningDay }, userId: null }, null).lines).toHaveLength(1);
    expect(listCharges(db, { range: { from: day(chargeDayUtc), to: day(chargeDayUtc) }, userId: null }, null).lines).toHaveLength(0);

    // Charges made after the change land on New York's days as they happen, as a rebuild would put them.
    const laterEvening = evening + DAY_MS;
    await revealByTrack(app, sdr, [trackOnlyUrl("tz-later", true)], new Date(laterEvening));
    expect(new Set(rollupRows(db).spend.map((row) => row.day))).toEqual(new Set([eveningDay, day(chargeDayUtc)]));
    const incremental = rollupRows(db);
    rebuildSpendRollups(db);
    expect(rollupRows(db)).toEqual(incremental);

    expect(db.select().from(auditLog).all()).toEqual([
      expect.objectContaining({ actorId: admin.id, action: "settings.changed", subject: "calendar", summary: `Team time zone: UTC → ${NEW_YORK}` }),
    ]);
    await updateTeamTimeZone(db, admin.id, NEW_YORK);
    expect(db.select().from(auditLog).all()).toHaveLength(1);
  });

  it("keeps serving while it recounts: a charge made midway counts once, on its new day, and a second change waits its turn", async () => {
    const { db } = app;
    const [admin, sdr] = [app.createUser("admin"), app.createUser("sdr")];
    await revealByTrack(app, sdr, [trackOnlyUrl("tz-before-a", true), trackOnlyUrl("tz-before-b", true), trackOnlyUrl("tz-before-c", false)], new Date(Date.now() - 3 * DAY_MS));
    // Sent before the change starts, answered (by a track poll) while it runs: read once, after the cut.
    setSetting(db, "reconcileAfterSeconds", 0);
    const pending = submit(db, sdr, [entryFor(trackOnlyUrl("tz-pending", true))]).revealIds;
    await app.dispatchAll();
    await waitFor(() => Date.now() > sandboxRequestOf(db, pending[0]!).completeAt.getTime(), 3_000, "the sandbox to finish");
    let pauses = 0;
    let midway: string[] = [];
    // One row per chunk, and between the first two a reveal is answered by webhook, as any request could be.
    const change = updateTeamTimeZone(db, admin.id, "Asia/Kathmandu", {
      rowsPerChunk: 1,
      giveWay: async () => {
        pauses += 1;
        if (pauses !== 1) return;
        await expect(updateTeamTimeZone(db, admin.id, NEW_YORK)).rejects.toThrow("The team's time zone is being changed already: try again in a minute.");
        expect(await reconcileDue(db, { client: app.client })).toBe(1);
        midway = submit(db, sdr, [entryFor(profileUrl("tz-midway", { found: true }))]).revealIds;
        await revealNow(app, midway);
        // Still the old calendar until the swap: the new charge sits on its UTC day meanwhile.
        expect(getSetting(db, "timeZone")).toBe("UTC");
      },
    });
    await change;
    expect(pauses).toBeGreaterThan(3);
    expect(getSetting(db, "timeZone")).toBe("Asia/Kathmandu");
    expect(chargesOf(db, midway[0]!)).toHaveLength(1);
    const recounted = rollupRows(db);
    expect(recounted.spend.reduce((sum, row) => sum + row.charges, 0)).toBe(4);
    expect(recounted.outcomes.reduce((sum, row) => sum + row.answered, 0)).toBe(5);
    expect(recounted.spend.map((row) => row.day)).toContain(dayIn(chargesOf(db, midway[0]!)[0]!.createdAt, "Asia/Kathmandu"));
    rebuildSpendRollups(db);
    expect(rollupRows(db)).toEqual(recounted);
  });

  // Pause 1 comes after the one ledger chunk, before the recount reads any reveal; pause 3 after it read the "not found"
  // (pause 2 for a found without a number, whose charge is a second ledger chunk).
  const plainNotFound = { Clodura: { status: "notFound" }, Findymail: { status: "notFound" } };
  const emptyFound = { Clodura: { status: "notFound" }, Findymail: { status: "found", mobile: ["N/A"] } };
  it.each([
    ["a \"not found\"", "before", plainNotFound, 1],
    ["a \"not found\"", "after", plainNotFound, 3],
    ["a found without a number", "before", emptyFound, 2],
    ["a found without a number", "after", emptyFound, 4],
  ])("counts once %s that a late number replaces %s the recount reads it", async (_, __, first, pause) => {
    const { db } = app;
    const [admin, sdr] = [app.createUser("admin"), app.createUser("sdr")];
    const yesterday = Date.now() - DAY_MS;
    await revealByTrack(app, sdr, [trackOnlyUrl("tz-charged", true)], new Date(yesterday));
    const url = "https://www.linkedin.com/in/tz-late-number-sandbox-no-webhook/";
    const [revealId] = submit(db, sdr, [entryFor(url)], { now: new Date(yesterday) }).revealIds as [string];
    expect(await app.dispatchAll({ now: () => yesterday })).toEqual(["sent"]);
    const { trackingId } = sandboxRequestOf(db, revealId);
    const deliver = (phoneNumbers: Parameters<typeof multiPayload>[1], at: Date) => applyDeliveredBody(db, revealId, JSON.stringify(multiPayload(trackingId, phoneNumbers)), at);
    expect(deliver(first, new Date(yesterday))).toEqual({ outcome: "applied" });
    const before = rollupRows(db);

    let pauses = 0;
    await updateTeamTimeZone(db, admin.id, NEW_YORK, {
      rowsPerChunk: 1,
      giveWay: async () => {
        pauses += 1;
        if (pauses === pause) expect(deliver({ Clodura: { status: "notFound" }, Findymail: { mobile: ["+1439-570-0805"], status: "found" } }, new Date())).toEqual({ outcome: "applied" });
      },
    });
    expect(pauses).toBe(first === emptyFound ? 4 : 3);
    expect(revealRow(db, revealId).state).toBe("found");
    expect(chargesOf(db, revealId)).toHaveLength(1);
    const recounted = rollupRows(db);
    const total = (rows: { answered: number }[]) => rows.reduce((sum, row) => sum + row.answered, 0);
    expect(total(recounted.outcomes)).toBe(total(before.outcomes));
    rebuildSpendRollups(db);
    expect(rollupRows(db)).toEqual(recounted);
  });

  it("refuses a zone that does not exist, with a message that says what to pick", () => {
    expect(timeZoneSchema.safeParse({ timeZone: "Mars/Olympus_Mons" }).error?.issues[0]?.message).toBe("Pick a time zone from the list, such as America/New_York.");
    expect(timeZoneSchema.safeParse({ timeZone: 42 }).success).toBe(false);
    expect(timeZoneSchema.parse({ timeZone: "Asia/Kathmandu" })).toEqual({ timeZone: "Asia/Kathmandu" });
  });
});
