import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CloduraClient, CloduraResponse } from "@/lib/clodura/client";
import { GIVE_UP_AFTER_MS, reconcileDue } from "@/lib/reveals/reconcile";
import { TRACK_UNKNOWN_NOTE } from "@/lib/reveals/track-not-found-streak";
import { setSetting } from "@/lib/settings/settings";
import { eventsOf, revealRow, sandboxRequestOf } from "../support/inspect";
import { chargesOf, profileUrl } from "../support/reveal-flow";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
  setSetting(app.db, "reconcileAfterSeconds", 0); // poll the track endpoint as soon as a reveal is awaiting
});
afterEach(async () => {
  await app.close();
});

const MINUTE = 60_000;
const answers = {
  "404": { ok: false, failure: { kind: "not_found", status: 404, message: "unknown id" }, rawBody: "{}" },
  pending: { ok: true, status: 200, body: { status: "processing" }, rawBody: '{"status":"processing"}' },
  "503": { ok: false, failure: { kind: "retry", status: 503, retryAfterMs: null, message: "unavailable" }, rawBody: "" },
} satisfies Record<string, CloduraResponse<unknown>>;

/** A Clodura whose track gives these answers in turn, then the sandbox's own. */
function trackAnswering(...script: (keyof typeof answers)[]): CloduraClient & { calls: () => number } {
  let calls = 0;
  return {
    ...app.client,
    track: async (trackingId) => {
      calls += 1;
      const next = script.shift();
      return next === undefined ? app.client.track(trackingId) : answers[next];
    },
    calls: () => calls,
  };
}

/** One reveal sent to the sandbox, awaiting its answer; the sandbox sends no webhook for it. */
async function awaitingReveal(slug: string): Promise<{ revealId: string; url: string }> {
  const url = profileUrl(`${slug}-sandbox-no-webhook`, { found: true });
  const revealId = app.createBatchFor(app.createUser("sdr"), [url]).revealIds[0]!;
  expect(await app.dispatchAll()).toEqual(["sent"]);
  return { revealId, url };
}

/** One reconcile pass at `at` (which must be at or after the reveal's next poll); returns how many reveals it settled. */
async function pollAt(client: CloduraClient, revealId: string, at: number): Promise<number> {
  expect(at).toBeGreaterThanOrEqual(revealRow(app.db, revealId).nextAttemptAt.getTime());
  return reconcileDue(app.db, { client, now: () => at });
}

describe("a single track 404", () => {
  it("leaves the reveal waiting (teammates attach to it, not to a 'no number'), and the next real answer finds and charges it", async () => {
    const { db } = app;
    const { revealId, url } = await awaitingReveal("ida-berg");
    const client = trackAnswering("404");
    const t0 = revealRow(db, revealId).nextAttemptAt.getTime();
    expect(await pollAt(client, revealId, t0)).toBe(0);
    expect(revealRow(db, revealId)).toMatchObject({ state: "awaiting", trackPolls: 1, errorCode: `track_unknown:1:${t0}`, errorMessage: TRACK_UNKNOWN_NOTE });

    const teammate = app.createBatchFor(app.createUser("sdr"), [url]).revealIds[0]!;
    expect(revealRow(db, teammate)).toMatchObject({ state: "cached", sourceRevealId: revealId });

    await waitFor(() => Date.now() > sandboxRequestOf(db, revealId).completeAt.getTime(), 3_000, "the sandbox to finish");
    expect(await pollAt(client, revealId, revealRow(db, revealId).nextAttemptAt.getTime())).toBe(1);
    expect(revealRow(db, revealId)).toMatchObject({ state: "found", errorCode: null, errorMessage: null });
    expect(chargesOf(db, revealId)).toHaveLength(1);
    expect(eventsOf(db, revealId, "track").map((event) => event.outcome)).toEqual(["rejected", "applied"]);
    expect(client.calls()).toBe(2);
  });
});

describe("track 404s that repeat", () => {
  it("close the reveal as not found (track_not_found) only after 3 in a row over at least 10 minutes; a 503 between neither counts nor resets", async () => {
    const { db } = app;
    const { revealId } = await awaitingReveal("ole-dahl");
    const client = trackAnswering("404", "503", "404", "404", "404");
    const t0 = revealRow(db, revealId).nextAttemptAt.getTime();
    const stillWaiting = (count: number) => ({ state: "awaiting", errorCode: `track_unknown:${count}:${t0}`, errorMessage: TRACK_UNKNOWN_NOTE });

    expect(await pollAt(client, revealId, t0)).toBe(0);
    expect(revealRow(db, revealId)).toMatchObject(stillWaiting(1));
    expect(await pollAt(client, revealId, t0 + 4 * MINUTE)).toBe(0); // 503
    expect(revealRow(db, revealId)).toMatchObject(stillWaiting(1));
    expect(await pollAt(client, revealId, t0 + 8 * MINUTE)).toBe(0);
    expect(revealRow(db, revealId)).toMatchObject(stillWaiting(2));
    // Three 404s in a row, but within 9 minutes: not yet.
    expect(await pollAt(client, revealId, t0 + 9 * MINUTE)).toBe(0);
    expect(revealRow(db, revealId)).toMatchObject({ ...stillWaiting(3), trackPolls: 4 });

    expect(await pollAt(client, revealId, t0 + 10.5 * MINUTE)).toBe(1);
    expect(revealRow(db, revealId)).toMatchObject({ state: "not_found", errorCode: "track_not_found", errorMessage: null });
    expect(chargesOf(db, revealId)).toEqual([]);
    expect(client.calls()).toBe(5);
  });

  it("start counting again after any other answer: 404, pending, 404 is a run of one", async () => {
    const { db } = app;
    const { revealId } = await awaitingReveal("eva-lind");
    const client = trackAnswering("404", "pending", "404", "404", "404");
    const t0 = revealRow(db, revealId).nextAttemptAt.getTime();

    expect(await pollAt(client, revealId, t0)).toBe(0);
    expect(revealRow(db, revealId)).toMatchObject({ errorCode: `track_unknown:1:${t0}` });
    expect(await pollAt(client, revealId, t0 + MINUTE)).toBe(0);
    expect(revealRow(db, revealId)).toMatchObject({ state: "awaiting", errorCode: null, errorMessage: null });
    const t2 = t0 + 2 * MINUTE;
    expect(await pollAt(client, revealId, t2)).toBe(0);
    expect(revealRow(db, revealId)).toMatchObject({ state: "awaiting", errorCode: `track_unknown:1:${t2}`, errorMessage: TRACK_UNKNOWN_NOTE });
    // Three 404s over 11 minutes in all, but only two since the pending answer.
    expect(await pollAt(client, revealId, t0 + 11 * MINUTE)).toBe(0);
    expect(revealRow(db, revealId)).toMatchObject({ state: "awaiting", errorCode: `track_unknown:2:${t2}` });

    expect(await pollAt(client, revealId, t2 + 10.5 * MINUTE)).toBe(1);
    expect(revealRow(db, revealId)).toMatchObject({ state: "not_found", errorCode: "track_not_found" });
    expect(eventsOf(db, revealId, "track").map((event) => event.outcome)).toEqual(["rejected", "pending", "rejected", "rejected", "rejected"]);
  });

  it("still give up after 24 hours without a result, without asking track again", async () => {
    const { db } = app;
    const { revealId } = await awaitingReveal("max-holm");
    const client = trackAnswering("404", "404", "404");
    expect(await pollAt(client, revealId, revealRow(db, revealId).nextAttemptAt.getTime())).toBe(0);

    const dayLater = revealRow(db, revealId).awaitingSince!.getTime() + GIVE_UP_AFTER_MS + 1_000;
    expect(await pollAt(client, revealId, dayLater)).toBe(1);
    expect(revealRow(db, revealId)).toMatchObject({ state: "failed", errorCode: "no_result" });
    expect(client.calls()).toBe(1);
  });
});
