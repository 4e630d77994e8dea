import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listAudit } from "@/lib/credits/audit";
import { updateRevealSettings } from "@/lib/settings/reveal-settings";
import { revealByTrack, trackOnlyUrl } from "../support/credit-flow";
import { revealRow } from "../support/inspect";
import { chargesOf, DAY_MS, entryFor, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const settings = (freshnessDays: number) => ({ freshnessDays, rateLimitPerSecond: 5, reconcileAfterSeconds: 60, balanceCheckMinutes: 10 });

describe("a freshness window widened while lists wait in the queue", () => {
  it("answers free the people it now covers, with the teammates attached to them, and keeps a rep's \"reveal again\"", async () => {
    const [admin, ana, sam, jordan] = [app.createUser("admin"), app.createUser("sdr"), app.createUser("sdr"), app.createUser("sdr")];
    const [old, recent] = [trackOnlyUrl("widened-old", true), trackOnlyUrl("widened-recent", true)];
    await revealByTrack(app, ana, [old], new Date(Date.now() - 100 * DAY_MS));
    await revealByTrack(app, ana, [recent], new Date(Date.now() - 30 * DAY_MS));

    // 100 days is outside the 90-day window: to be paid again. The recent one is paid again by choice.
    const sams = submit(app.db, sam, [entryFor(old), entryFor(recent, { revealAgain: true })]);
    expect(sams).toMatchObject({ queued: 2, cached: 0 });
    const jordans = submit(app.db, jordan, [entryFor(old)]);
    expect(jordans).toMatchObject({ attached: 1 });

    updateRevealSettings(app.db, admin.id, settings(365));
    const [samsOld, samsRecent] = sams.revealIds as [string, string];
    expect(revealRow(app.db, samsOld)).toMatchObject({ state: "cached", sourceRevealId: expect.any(String) });
    const answer = revealRow(app.db, samsOld).sourceRevealId!;
    expect(revealRow(app.db, answer)).toMatchObject({ state: "found", requestedBy: ana.id });
    expect(revealRow(app.db, jordans.revealIds[0]!)).toMatchObject({ state: "cached", sourceRevealId: answer, completedAt: expect.any(Date) });
    expect(revealRow(app.db, samsRecent).state).toBe("queued");
    expect(listAudit(app.db, { limit: 1 }).entries[0]!.summary).toBe("Reveal settings: freshness window 90 → 365 days; 1 queued reveal answered free from the team's earlier answers");

    // Only the chosen "reveal again" goes out, and it alone is charged.
    expect(await app.dispatchAll()).toEqual(["sent"]);
    expect(chargesOf(app.db, samsOld)).toEqual([]);
  });
});
