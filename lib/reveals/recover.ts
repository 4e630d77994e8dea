import { and, eq, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reveals } from "@/db/schema";

/**
 * A reveal left in `dispatching` past its lease was interrupted mid-call: Clodura may or may not have it.
 * Re-sending could pay twice, so it waits as `awaiting` for its webhook (its token stays valid) instead.
 */
export function recoverInterruptedDispatches(db: Db, now = Date.now()): number {
  return db
    .update(reveals)
    .set({
      state: "awaiting",
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
