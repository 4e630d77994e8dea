import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reveals } from "@/db/schema";

/**
 * A reveal left in `dispatching` past its lease was interrupted mid-call: Clodura may or may not have it.
 * Re-sending could pay twice, so it waits as `awaiting` for its webhook (its token stays valid) instead. If Clodura's
 * answer to the request was stored before the stop, its trackingId is taken from it, so the track endpoint is polled.
 */
export function recoverInterruptedDispatches(db: Db, now = Date.now()): number {
  return db
    .update(reveals)
    .set({
      state: "awaiting",
      trackingId: sql`coalesce(${reveals.trackingId}, (
        SELECT json_extract(w.body, '$.trackingId') FROM webhook_events AS w
         WHERE w.reveal_id = ${reveals.id} AND w.source = 'match' AND json_valid(w.body) ORDER BY w.rowid DESC LIMIT 1))`,
      awaitingSince: new Date(now),
      nextAttemptAt: new Date(now),
      leaseOwner: null,
      leaseUntil: null,
      updatedAt: new Date(now),
      errorCode: "interrupted",
      errorMessage: "The app restarted while sending this request; waiting for Clodura's answer instead of sending it twice.",
    })
    .where(and(eq(reveals.state, "dispatching"), lt(reveals.leaseUntil, new Date(now))))
    .run().changes;
}
