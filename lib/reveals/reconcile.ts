import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reveals } from "@/db/schema";
import type { CloduraClient } from "@/lib/clodura/client";
import { tryParseCloduraJson } from "@/lib/clodura/parse-json";
import { parseRevealResult } from "@/lib/clodura/parse-result";
import { announceRevealChange } from "./announce";
import { getSetting } from "@/lib/settings/settings";
import { applyRevealResult } from "./apply-result";
import { retryDelayMs, trackPollDelayMs } from "./backoff";
import { claimDueAwaiting } from "./claim";
import { finishNotFound } from "./finish-not-found";
import { MAY_HAVE_ARRIVED, mayHaveArrivedWaitMs, NO_ANSWER_AFTER_MAY_HAVE_ARRIVED } from "./may-have-arrived";
import { TRACK_NOT_FOUND } from "./state-machine";
import { storeDelivery } from "./store-delivery";
import { extendTrackNotFoundStreak, isTrackNotFoundBelieved, readTrackNotFoundStreak, trackNotFoundStreakCode, TRACK_UNKNOWN_NOTE } from "./track-not-found-streak";
import { pauseQueue } from "./queue-pause";
import { backOffOnRateLimit, rateLimitedUntil } from "./rate-limit-backoff";

/** After this long with no result at all, a reveal is failed instead of polled forever. */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;
const HOLD_MS = 60_000;
const BATCH = 20;

export type ReconcileDeps = { client: CloduraClient; now?: () => number };

/** Polls the track endpoint for reveals whose webhook is late, so they finish even when Clodura cannot reach us. */
export async function reconcileDue(db: Db, deps: ReconcileDeps): Promise<number> {
  const now = deps.now ?? Date.now;
  let settled = 0;
  if (rateLimitedUntil(db, now()) !== null) return settled;
  for (const { id } of claimDueAwaiting(db, now(), HOLD_MS, BATCH)) {
    const reveal = db.select().from(reveals).where(eq(reveals.id, id)).get();
    if (!reveal || reveal.state !== "awaiting") continue;
    const waitedMs = now() - (reveal.awaitingSince?.getTime() ?? now());
    if (!reveal.trackingId) {
      settled += settleWithoutTrackingId(db, reveal, waitedMs, now());
      continue;
    }
    if (waitedMs > GIVE_UP_AFTER_MS) {
      settled += fail(db, reveal, "Clodura sent no result within 24 hours. Reveal this person again if you still need the number.", now());
      continue;
    }
    const response = await deps.client.track(reveal.trackingId);
    const settle =
      response.rawBody === null
        ? () => {}
        : storeDelivery(db, { revealId: id, source: "track", body: response.rawBody, outcome: response.ok ? "received" : "rejected" });
    // The note an awaiting row shows about track 404s: set while they repeat, cleared by any other answer.
    let note: { errorCode: string | null; errorMessage: string | null } | null = null;
    if (response.ok) {
      const result = parseRevealResult(tryParseCloduraJson(response.rawBody));
      if (result) {
        settle(applyRevealResult(db, id, result, new Date(now())));
        settled += 1;
        continue;
      }
      settle("pending");
      if (readTrackNotFoundStreak(reveal.errorCode)) note = { errorCode: null, errorMessage: null };
    } else if (response.failure.kind === "not_found") {
      // A 404 may be an id Clodura does not know yet: believed only once it repeats, else polled again as usual.
      const streak = extendTrackNotFoundStreak(reveal.errorCode, now());
      if (isTrackNotFoundBelieved(streak, now())) {
        if (finishNotFound(db, id, ["awaiting"], now(), TRACK_NOT_FOUND)) {
          announceRevealChange(db, { batchId: reveal.batchId, revealId: id, state: "not_found" });
          settled += 1;
        }
        continue;
      }
      note = { errorCode: trackNotFoundStreakCode(streak), errorMessage: TRACK_UNKNOWN_NOTE };
    } else if (response.failure.kind === "pause") {
      pauseQueue(db, response.failure, now());
    }
    const reconcileAfterMs = getSetting(db, "reconcileAfterSeconds") * 1000;
    const retryAfterMs = !response.ok && response.failure.kind === "retry" ? (response.failure.retryAfterMs ?? 0) : 0;
    const delayMs = Math.max(trackPollDelayMs(reveal.trackPolls + 1, reconcileAfterMs), retryAfterMs);
    // The whole account waits only as long as Clodura asked (or a short backoff), not this reveal's poll interval.
    if (!response.ok) backOffOnRateLimit(db, response.failure, retryAfterMs || retryDelayMs(1, null), now());
    // Only while still awaiting: a webhook may have answered the reveal while track was on the wire.
    const polled = db
      .update(reveals)
      .set({ trackPolls: reveal.trackPolls + 1, nextAttemptAt: new Date(now() + delayMs), ...(note && { ...note, updatedAt: new Date(now()) }) })
      .where(and(eq(reveals.id, id), eq(reveals.state, "awaiting")))
      .run().changes;
    if (polled && note && note.errorMessage !== reveal.errorMessage) {
      announceRevealChange(db, { batchId: reveal.batchId, revealId: id, state: "awaiting" }, new Date(now()));
    }
    if (rateLimitedUntil(db, now()) !== null) break;
  }
  return settled;
}

/** Without a trackingId only a webhook can still answer: after a window (WITHOUT_TRACKING_ID), say so. */
function settleWithoutTrackingId(db: Db, reveal: typeof reveals.$inferSelect, waitedMs: number, now: number): number {
  const { windowMs, message } = (WITHOUT_TRACKING_ID[reveal.errorCode ?? ""] ?? acceptedWithoutTrackingId)(db, now);
  if (waitedMs <= windowMs) {
    db.update(reveals).set({ nextAttemptAt: new Date(now + windowMs - waitedMs + 1) }).where(eq(reveals.id, reveal.id)).run();
    return 0;
  }
  return fail(db, reveal, message, now);
}

/**
 * By why a reveal waits with no trackingId, how long only its webhook can answer it and what the row says after. The
 * app stopped mid-send, or a send failed after the request went out: short, since Clodura may never have had it.
 */
const WITHOUT_TRACKING_ID: Record<string, (db: Db, now: number) => { windowMs: number; message: string }> = {
  interrupted: (db) => ({
    windowMs: Math.max(5 * 60_000, getSetting(db, "reconcileAfterSeconds") * 5000),
    message: "The app stopped while sending this request and no result arrived afterwards. Reveal again if you still need it (it may cost credits again).",
  }),
  [MAY_HAVE_ARRIVED]: (db, now) => ({ windowMs: mayHaveArrivedWaitMs(db, now), message: NO_ANSWER_AFTER_MAY_HAVE_ARRIVED }),
};

/** Clodura took it but gave no trackingId: as long as any reveal. */
const acceptedWithoutTrackingId = () => ({
  windowMs: GIVE_UP_AFTER_MS,
  message: "Clodura accepted this request without a tracking id to ask after it, and sent no result within 24 hours. Reveal again if you still need the number.",
});

function fail(db: Db, reveal: typeof reveals.$inferSelect, message: string, now: number): number {
  const changed = db
    .update(reveals)
    .set({ state: "failed", completedAt: new Date(now), updatedAt: new Date(now), errorCode: "no_result", errorMessage: message })
    .where(and(eq(reveals.id, reveal.id), eq(reveals.state, "awaiting")))
    .run().changes;
  if (changed) announceRevealChange(db, { batchId: reveal.batchId, revealId: reveal.id, state: "failed" });
  return changed;
}
