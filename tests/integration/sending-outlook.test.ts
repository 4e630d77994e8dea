import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkProfiles } from "@/lib/reveals/check-profiles";
import { dispatchNext } from "@/lib/reveals/dispatch";
import { getBatchView } from "@/lib/reveals/get-batch";
import { queueAhead } from "@/lib/reveals/queue-ahead";
import { sendingOutlook } from "@/lib/reveals/sending-outlook";
import { NOT_YET_DUE } from "@/lib/reveals/state-machine";
import { setSetting } from "@/lib/settings/settings";
import { profileUrls } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const list = (slug: string, count: number) => {
  const sdr = app.createUser("sdr");
  return { sdr, ...app.createBatchFor(sdr, profileUrls(slug, count)) };
};

describe("a list's sending outlook", () => {
  it("takes turns with the sender's other lists and teammates' lists, and times it at the team's pace", async () => {
    setSetting(app.db, "rateLimitPerSecond", 2);
    const big = list("outlook-big", 6);
    const small = list("outlook-small", 2);
    const smallToo = app.createBatchFor(small.sdr, ["https://www.linkedin.com/in/outlook-small-later/"]);
    const now = Date.now() + 1_000;

    // The small list's 2 go in turn with its sender's later list's 1, and those 3 with 3 of the big one's; the big
    // one's 6 with all 3 of the other sender's; the later list's 1 with 1 of its sender's first and 2 of the big one's.
    expect(sendingOutlook(app.db, small.batchId, now)).toEqual({ toSend: 2, retrying: 0, ownInTurn: 1, inTurn: 3, doneBy: now + 3_000, pace: "2 a second" });
    expect(sendingOutlook(app.db, big.batchId, now)).toEqual({ toSend: 6, retrying: 0, ownInTurn: 0, inTurn: 3, doneBy: now + 4_500, pace: "2 a second" });
    expect(sendingOutlook(app.db, smallToo.batchId, now)).toMatchObject({ toSend: 1, ownInTurn: 1, inTurn: 2 });
    expect(getBatchView(app.db, small.batchId, small.sdr).sending).toMatchObject({ toSend: 2, inTurn: 3 });

    expect(await dispatchNext(app.db, { ...app.deps, now: () => now })).toBe("sent");
    expect(sendingOutlook(app.db, big.batchId, now)).toMatchObject({ toSend: 5, inTurn: 3 });
  });

  it("waits out a spent day's limit, says a day's pace, and has no time while sending is paused", async () => {
    setSetting(app.db, "sendsPerDay", 3);
    const { batchId } = list("outlook-day", 5);
    const t0 = Date.now();
    for (let i = 0; i < 3; i++) expect(await dispatchNext(app.db, { ...app.deps, now: () => t0 + i })).toBe("sent");
    expect(await dispatchNext(app.db, { ...app.deps, now: () => t0 + 10 })).toBe("rate_limited");

    const outlook = sendingOutlook(app.db, batchId, t0 + 10)!;
    expect(outlook).toMatchObject({ toSend: 2, ownInTurn: 0, inTurn: 0, pace: "3 a day" });
    // The first send leaves the day's window a day (and a second's margin) after it went, and the two go then.
    expect(outlook.doneBy).toBe(t0 + 24 * 3_600_000 + 1_000 + 400);

    setSetting(app.db, "queuePause", { status: 402, message: "Clodura says the account's credits are exhausted (HTTP 402).", at: t0 });
    expect(sendingOutlook(app.db, batchId, t0 + 10)).toMatchObject({ toSend: 2, doneBy: null });
  });

  it("is told before a list is sent: the team's queue it joins, when the next send may go, and the pace", async () => {
    setSetting(app.db, "sendsPerDay", 2);
    const { sdr } = list("outlook-check", 3);
    const check = () => checkProfiles(app.db, { keys: ["https://www.linkedin.com/in/outlook-check-new/"], viaPartners: true, personIds: {} }, sdr.id).queue;
    expect(check()).toEqual({ mine: [3], others: [], startsInMs: 0, day: { used: 0, oldestAt: null }, pace: { perSecond: 5, perMinute: 0, perDay: 2 } });

    const t0 = Date.now();
    for (let i = 0; i < 2; i++) expect(await dispatchNext(app.db, { ...app.deps, now: () => t0 + i })).toBe("sent");
    const held = check();
    expect(held).toMatchObject({ mine: [1], day: { used: 2 } });
    expect(held.day.oldestAt).toBeLessThanOrEqual(0);
    expect(held.startsInMs).toBeGreaterThan(23 * 3_600_000);
  });

  it("leaves out a list being written and a disabled person's, as the dispatcher does", () => {
    const waiting = list("outlook-sendable", 2);
    const stopping = list("outlook-stopping", 3);
    const disabled = list("outlook-disabled", 4);
    const writing = list("outlook-writing", 5);
    app.db.$client.prepare("UPDATE batches SET stopping = 1 WHERE id = ?").run(stopping.batchId);
    app.db.$client.prepare("UPDATE users SET disabled_at = ? WHERE id = ?").run(Date.now(), disabled.sdr.id);
    app.db.$client.prepare("UPDATE reveals SET next_attempt_at = ? WHERE batch_id = ?").run(NOT_YET_DUE, writing.batchId);
    const after = list("outlook-after", 1);
    const now = Date.now() + 1_000;
    // One each from the two other lists still to be sent; none of the disabled person's or of the list being written.
    expect(sendingOutlook(app.db, after.batchId, now)).toMatchObject({ toSend: 1, inTurn: 2 });
    expect(sendingOutlook(app.db, writing.batchId, now)).toBeNull();
    expect(queueAhead(app.db, now, after.sdr.id)).toMatchObject({ mine: [1], others: [2, 3] });
    expect(waiting.revealIds).toHaveLength(2);
  });

  it("counts the reveals waiting out a retry, and times the list by the last one's next try", () => {
    const { batchId, revealIds } = list("outlook-retry", 3);
    const now = Date.now();
    app.db.$client.prepare("UPDATE reveals SET attempts = 2, error_code = 'clodura_503', next_attempt_at = ? WHERE id = ?").run(now + 90_000, revealIds[0]);
    expect(sendingOutlook(app.db, batchId, now)).toMatchObject({ toSend: 3, retrying: 1, doneBy: now + 90_000 });
  });

  it("is not given for a list with nothing left to send", () => {
    const { batchId, sdr } = list("outlook-none", 1);
    setSetting(app.db, "rateLimitPerSecond", 1);
    expect(getBatchView(app.db, batchId, sdr).sending).not.toBeNull();
    app.db.$client.prepare("UPDATE reveals SET state = 'awaiting' WHERE batch_id = ?").run(batchId);
    expect(getBatchView(app.db, batchId, sdr).sending).toBeNull();
  });
});
