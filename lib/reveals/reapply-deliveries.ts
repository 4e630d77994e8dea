import { and, eq, isNotNull, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { webhookEvents, webhookTokens } from "@/db/schema";
import { applyDeliveredBody } from "./apply-delivery";

/** A webhook body still `received` this long after it came was never applied: the process stopped, or applying failed. */
const STUCK_AFTER_MS = 30_000;
const PER_PASS = 100;

/**
 * Applies webhook bodies that were stored but never applied, so a result that reached us is never lost (a reveal sent
 * without a trackingId has no other way to get it). Applying the same result twice changes nothing.
 */
export function reapplyStoredWebhooks(db: Db, now = Date.now()): number {
  const stuck = db
    .select({ id: webhookEvents.id, revealId: webhookEvents.revealId, body: webhookEvents.body })
    .from(webhookEvents)
    .where(and(eq(webhookEvents.outcome, "received"), eq(webhookEvents.source, "webhook"), isNotNull(webhookEvents.revealId), lt(webhookEvents.receivedAt, new Date(now - STUCK_AFTER_MS))))
    .limit(PER_PASS)
    .all();
  for (const delivery of stuck) {
    const verdict = applyDeliveredBody(db, delivery.revealId!, delivery.body, new Date(now), requestTrackingIds(db, delivery.revealId!));
    db.update(webhookEvents)
      .set({ outcome: verdict.outcome, detail: "detail" in verdict ? verdict.detail : "settled by the recovery pass" })
      .where(eq(webhookEvents.id, delivery.id))
      .run();
  }
  return stuck.length;
}

/**
 * Which URL a stored body came through is not kept, so it may answer any of the reveal's requests: their trackingIds,
 * or null (no check) while one of them has none yet.
 */
function requestTrackingIds(db: Db, revealId: string): string[] | null {
  const tokens = db.select({ trackingId: webhookTokens.trackingId }).from(webhookTokens).where(eq(webhookTokens.revealId, revealId)).all();
  const known = tokens.flatMap((token) => (token.trackingId === null ? [] : [token.trackingId]));
  return tokens.length > 0 && known.length === tokens.length ? known : null;
}
