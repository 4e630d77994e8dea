import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reveals } from "@/db/schema";
import { listAudit } from "@/lib/credits/audit";
import { subscribeEvents, type RevealEvent } from "@/lib/events/bus";
import { getBatchView } from "@/lib/reveals/get-batch";
import { claimNextQueued } from "@/lib/reveals/claim";
import { answerCoveredInTurns, coveredQueued } from "@/lib/reveals/widened-window";
import { getSetting, setSetting } from "@/lib/settings/settings";
import { finishInterruptedWidening, updateRevealSettings } from "@/lib/settings/reveal-settings";
import { recordAudit } from "@/lib/credits/audit";
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

const settings = (freshnessDays: number) => ({ freshnessDays, rateLimitPerSecond: 5, sendsPerMinute: 0, sendsPerDay: 0, reconcileAfterSeconds: 60, balanceCheckMinutes: 10 });

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

    await updateRevealSettings(app.db, admin.id, settings(365));
    expect(getSetting(app.db, "wideningUnfinished")).toBeNull(); // finished: nothing for a restart to do
    const [samsOld, samsRecent] = sams.revealIds as [string, string];
    expect(revealRow(app.db, samsOld)).toMatchObject({ state: "cached", sourceRevealId: expect.any(String) });
    const answer = revealRow(app.db, samsOld).sourceRevealId!;
    expect(revealRow(app.db, answer)).toMatchObject({ state: "found", requestedBy: ana.id });
    expect(revealRow(app.db, jordans.revealIds[0]!)).toMatchObject({ state: "cached", sourceRevealId: answer, completedAt: expect.any(Date) });
    expect(revealRow(app.db, samsRecent).state).toBe("queued");
    expect(listAudit(app.db, { limit: 2 }).entries.map((entry) => entry.summary)).toEqual([
      "Freshness window widened to 365 days: 1 queued reveal answered free from the team's earlier answers",
      "Reveal settings: freshness window 90 → 365 days",
    ]);

    // Only the chosen "reveal again" goes out, and it alone is charged.
    expect(await app.dispatchAll()).toEqual(["sent"]);
    expect(chargesOf(app.db, samsOld)).toEqual([]);
  });

  it("does not answer a list asking partners from a Clodura-alone \"not found\": it gets a reveal of its own", async () => {
    const [admin, ana, sam, jordan] = [app.createUser("admin"), app.createUser("sdr"), app.createUser("sdr"), app.createUser("sdr")];
    const person = trackOnlyUrl("ww-partner", false);
    const [answer] = (await revealByTrack(app, ana, [person], new Date(Date.now() - 100 * DAY_MS))).revealIds as [string];
    // Ana's answer was asked of Clodura alone.
    app.db.update(reveals).set({ viaPartners: false }).where(eq(reveals.id, answer)).run();
    expect(revealRow(app.db, answer)).toMatchObject({ state: "not_found", viaPartners: false });

    const sams = submit(app.db, sam, [entryFor(person)], { viaPartners: false });
    expect(sams).toMatchObject({ queued: 1 });
    const jordans = submit(app.db, jordan, [entryFor(person)], { viaPartners: true });
    expect(jordans).toMatchObject({ attached: 1 });

    await updateRevealSettings(app.db, admin.id, settings(365));
    expect(revealRow(app.db, sams.revealIds[0]!)).toMatchObject({ state: "cached", sourceRevealId: answer });
    // Jordan asked partners: a Clodura-alone "not found" is no answer for him (findLedgerHits / freePartnerListsOf).
    expect(revealRow(app.db, jordans.revealIds[0]!)).toMatchObject({ state: "queued", sourceRevealId: null });
  });

  it("keeps a rep's \"reveal again\" when the window was narrowed and widened back after it was sent", async () => {
    const [admin, ana, sam] = [app.createUser("admin"), app.createUser("sdr"), app.createUser("sdr")];
    const person = trackOnlyUrl("ww-again", true);
    await revealByTrack(app, ana, [person], new Date(Date.now() - 60 * DAY_MS));
    const sams = submit(app.db, sam, [entryFor(person, { revealAgain: true })]);
    expect(sams).toMatchObject({ queued: 1, cached: 0 });
    await updateRevealSettings(app.db, admin.id, settings(30));
    await updateRevealSettings(app.db, admin.id, settings(90));
    expect(revealRow(app.db, sams.revealIds[0]!).state).toBe("queued");
  });

  it("answers free a reveal queued only because its answer was stale, when the window was widened in two steps", async () => {
    const [admin, ana, sam] = [app.createUser("admin"), app.createUser("sdr"), app.createUser("sdr")];
    const person = trackOnlyUrl("ww-twostep", true);
    await updateRevealSettings(app.db, admin.id, settings(30));
    await revealByTrack(app, ana, [person], new Date(Date.now() - 40 * DAY_MS));
    const sams = submit(app.db, sam, [entryFor(person)]);
    expect(sams).toMatchObject({ queued: 1, cached: 0 }); // stale under 30 days: paid again, no choice made
    // Ten days later (the queue paused, say), the admin widens twice.
    const later = new Date(Date.now() + 10 * DAY_MS);
    await updateRevealSettings(app.db, admin.id, settings(45), later); // 50 days old now: still not covered
    await updateRevealSettings(app.db, admin.id, settings(90), later); // covered now
    expect(revealRow(app.db, sams.revealIds[0]!).state).toBe("cached");
  });

  it("clears a queued retry's error when it is answered free", async () => {
    const [admin, ana, sam] = [app.createUser("admin"), app.createUser("sdr"), app.createUser("sdr")];
    const person = trackOnlyUrl("ww-retry", true);
    await revealByTrack(app, ana, [person], new Date(Date.now() - 100 * DAY_MS));
    const sams = submit(app.db, sam, [entryFor(person)]);
    const [id] = sams.revealIds as [string];
    // As dispatch.ts leaves a 503 retry: queued, with its code and message.
    app.db.update(reveals).set({ attempts: 1, errorCode: "clodura_503", errorMessage: "Clodura is unavailable (HTTP 503): retrying in 30 s." }).where(eq(reveals.id, id)).run();
    await updateRevealSettings(app.db, admin.id, settings(365));
    const row = getBatchView(app.db, sams.batchId, sam).rows[0]!;
    expect(row.state).toBe("cached");
    expect(row.errorMessage).toBeNull();
  });

  it("tells the batch pages of teammates attached to a re-pointed reveal", async () => {
    const [admin, ana, sam, jordan] = [app.createUser("admin"), app.createUser("sdr"), app.createUser("sdr"), app.createUser("sdr")];
    const person = trackOnlyUrl("ww-event", true);
    await revealByTrack(app, ana, [person], new Date(Date.now() - 100 * DAY_MS));
    submit(app.db, sam, [entryFor(person)]);
    const jordans = submit(app.db, jordan, [entryFor(person)]);
    const events: RevealEvent[] = [];
    const off = subscribeEvents((event) => events.push(event));
    await updateRevealSettings(app.db, admin.id, settings(365));
    off();
    expect(revealRow(app.db, jordans.revealIds[0]!).state).toBe("cached");
    expect(events.some((event) => "batchId" in event && event.batchId === jordans.batchId)).toBe(true);
  });

  it("answers a long queue a turn at a time, front of the queue first, serving other requests between turns", async () => {
    const [ana, sam] = [app.createUser("sdr"), app.createUser("sdr")];
    const people = [1, 2, 3].map((n) => trackOnlyUrl(`ww-turn-${n}`, true));
    await revealByTrack(app, ana, people, new Date(Date.now() - 100 * DAY_MS));
    const sams = submit(app.db, sam, people.map((person) => entryFor(person)));
    const ids = sams.revealIds as [string, string, string];
    // A retry pushed the first two back: the third is the next the dispatcher sends.
    app.db.update(reveals).set({ nextAttemptAt: new Date(Date.now() + 60_000) }).where(eq(reveals.id, ids[0])).run();
    app.db.update(reveals).set({ nextAttemptAt: new Date(Date.now() + 120_000) }).where(eq(reveals.id, ids[1])).run();

    setSetting(app.db, "freshnessDays", 365); // the widening's own save, as updateRevealSettings makes it
    expect(coveredQueued(app.db, Date.now()).map((row) => row.id)).toEqual([ids[2], ids[0], ids[1]]);
    // What another request reads each time it gets the event loop meanwhile.
    const seen: string[] = [];
    const claimed: (string | null)[] = [];
    let watching = true;
    const watch = () => {
      if (!watching) return;
      seen.push(ids.map((id) => revealRow(app.db, id).state).join(" "));
      // The dispatcher gets its turns too, and claims nothing until the last turn is done.
      claimed.push(claimNextQueued(app.db, "dispatcher", Date.now() + 600_000, 30_000)?.id ?? null);
      setImmediate(watch);
    };
    setImmediate(watch);
    expect(await answerCoveredInTurns(app.db, Date.now(), 1)).toBe(3);
    watching = false;
    expect(seen).toContain("queued queued cached");
    expect(seen).toContain("cached queued cached");
    expect(seen).not.toContain("queued queued queued");
    expect(claimed.length).toBeGreaterThan(1);
    expect(claimed.every((id) => id === null)).toBe(true);
    expect(ids.map((id) => revealRow(app.db, id).state)).toEqual(["cached", "cached", "cached"]);
  });

  it("stops answering at the next turn when a narrowing is saved meanwhile: what a list sent now would pay for stays queued", async () => {
    const [admin, ana, sam] = [app.createUser("admin"), app.createUser("sdr"), app.createUser("sdr")];
    const people = [1, 2, 3].map((n) => trackOnlyUrl(`ww-narrowed-${n}`, true));
    await revealByTrack(app, ana, people, new Date(Date.now() - 100 * DAY_MS));
    const sams = submit(app.db, sam, people.map((person) => entryFor(person)));
    setSetting(app.db, "freshnessDays", 365);
    const turns = answerCoveredInTurns(app.db, Date.now(), 1);
    // The admin takes the slip back at once: its save runs before the second turn.
    await updateRevealSettings(app.db, admin.id, settings(30));
    expect(await turns).toBe(1);
    expect(sams.revealIds.map((id) => revealRow(app.db, id).state)).toEqual(["cached", "queued", "queued"]);
  });

  it("finishes at start-up a widening a restart cut short, before the dispatcher claims anything, and says so in the history", async () => {
    const [admin, ana, sam] = [app.createUser("admin"), app.createUser("sdr"), app.createUser("sdr")];
    const people = [1, 2].map((n) => trackOnlyUrl(`ww-restart-${n}`, true));
    await revealByTrack(app, ana, people, new Date(Date.now() - 100 * DAY_MS));
    const stranger = trackOnlyUrl("ww-restart-new", true);
    const sams = submit(app.db, sam, [...people, stranger].map((person) => entryFor(person)));
    // The widening's save committed (updateRevealSettings' first transaction); the server stopped before its turns.
    setSetting(app.db, "freshnessDays", 365);
    recordAudit(app.db, { actorId: admin.id, action: "settings.changed", subject: "reveals", summary: "Reveal settings: freshness window 90 → 365 days", detail: {}, at: new Date() });
    setSetting(app.db, "wideningUnfinished", { actorId: admin.id, freshnessDays: 365, at: Date.now() });
    // Another admin's later save of something else does not make the widening theirs.
    await updateRevealSettings(app.db, app.createUser("admin").id, { ...settings(365), rateLimitPerSecond: 4 });

    const finishing = finishInterruptedWidening(app.db);
    expect(claimNextQueued(app.db, "dispatcher", Date.now() + 600_000, 30_000)).toBeNull();
    await finishing;
    expect(sams.revealIds.map((id) => revealRow(app.db, id).state)).toEqual(["cached", "cached", "queued"]);
    expect(listAudit(app.db, { limit: 1 }).entries[0]).toMatchObject({
      actor: admin.name,
      summary: "Freshness window widened to 365 days: 2 queued reveals answered free from the team's earlier answers (finished after a restart)",
    });
    expect(claimNextQueued(app.db, "dispatcher", Date.now() + 600_000, 30_000)?.id).toBe(sams.revealIds[2]);
    expect(getSetting(app.db, "wideningUnfinished")).toBeNull();

    // The next start finds nothing to finish and writes nothing.
    const entries = listAudit(app.db, { limit: 10 }).entries.length;
    await finishInterruptedWidening(app.db);
    expect(listAudit(app.db, { limit: 10 }).entries).toHaveLength(entries);
  });
});
