import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reveals } from "@/db/schema";
import { getSetting } from "@/lib/settings/settings";
import { getDeliveryHealth } from "./delivery-health";

/**
 * A send that failed after the request may have reached Clodura (a timeout after sending, a cut connection, a gateway
 * timeout). Sent again, it would be charged twice if Clodura had it and found a number.
 */
export const MAY_HAVE_ARRIVED = "may_have_arrived";

/**
 * A queued reveal Clodura has not taken (a condition on `reveals`): never sent, or sent only in tries it refused or
 * never received. The mark stays once set (a later try's 503 does not clear it), so a stop cancels only these.
 */
export const NOT_TAKEN_BY_CLODURA = `(error_code IS NOT '${MAY_HAVE_ARRIVED}')`;

/**
 * A stopped batch's retries of requests Clodura may have: not sent again, but left to their webhooks (`awaiting`, as
 * awaitWebhookOnly leaves one), so an answer that comes is applied and charged, and the reconciler fails the rest
 * after the wait. Returns how many.
 */
export function leaveStoppedToWebhooks(db: Db, batchId: string, now: number): number {
  return db.$client
    .prepare(
      `UPDATE reveals SET state = 'awaiting', awaiting_since = ?, next_attempt_at = ?, updated_at = ?, lease_owner = NULL, lease_until = NULL,
              error_message = ?
        WHERE batch_id = ? AND state = 'queued' AND NOT ${NOT_TAKEN_BY_CLODURA}`,
    )
    .run(now, now + mayHaveArrivedWaitMs(db, now), now, STOPPED_MAY_HAVE_ARRIVED, batchId).changes;
}

const STOPPED_MAY_HAVE_ARRIVED =
  "Stopped, but an earlier try of this request may have reached Clodura: it is not sent again, and its answer is taken (and charged if found) if it comes.";

const DAY_MS = 24 * 60 * 60_000;
const LONGEST_WAIT_MS = 15 * 60_000;

/**
 * How long a request Clodura may have is left to its webhook before it is sent again (or, with no webhooks, failed):
 * twice the slowest webhook of the last day (from send to arrival), at least 2 minutes or twice the webhook wait,
 * at most 15. A waterfall slower than the usual must not be taken for a request Clodura never had.
 */
export function mayHaveArrivedWaitMs(db: Db, now = Date.now()): number {
  const shortest = Math.max(2 * 60_000, 2 * getSetting(db, "reconcileAfterSeconds") * 1000);
  return Math.min(LONGEST_WAIT_MS, Math.max(shortest, 2 * slowestWebhookMs(db, now)));
}

/** The longest a webhook applied in the last day took from its request's send; 0 with none. */
function slowestWebhookMs(db: Db, now: number): number {
  const row = db.$client
    .prepare(
      `SELECT max(w.received_at - r.dispatched_at) AS ms FROM webhook_events AS w JOIN reveals AS r ON r.id = w.reveal_id
        WHERE w.source = 'webhook' AND w.outcome = 'applied' AND w.received_at >= ? AND r.dispatched_at IS NOT NULL`,
    )
    .get(now - DAY_MS) as { ms: number | null };
  return Math.max(0, row.ms ?? 0);
}

/**
 * Whether Clodura's webhooks are reaching this app: one arrived in the last day, and the answers since did not all come
 * by asking Clodura instead. Only then does a missing webhook say Clodura never had the request, so it is safe to send
 * it again; a fresh install, a quiet day or a broken public URL say nothing, and nothing is sent twice on them.
 */
export function webhooksReachUs(db: Db, now: number): boolean {
  const health = getDeliveryHealth(db, new Date(now));
  return health.lastDay.webhooksArrived > 0 && !health.webhooksMissing;
}

/**
 * Leaves a request Clodura may have to its webhook alone (its token stays valid): `awaiting` with no trackingId, so
 * nothing polls or re-sends it. The reconciler fails it after the wait, and a late webhook still answers it then.
 */
export function awaitWebhookOnly(db: Db, revealId: string, status: number | null, now: number): void {
  const what = status === null ? "the call timed out or was cut off after the request went out" : `HTTP ${status} from a gateway that may have passed it on`;
  db.update(reveals)
    .set({
      state: "awaiting",
      awaitingSince: new Date(now),
      nextAttemptAt: new Date(now + mayHaveArrivedWaitMs(db, now)),
      leaseOwner: null,
      leaseUntil: null,
      updatedAt: new Date(now),
      errorCode: MAY_HAVE_ARRIVED,
      errorMessage: `Clodura may have this request (${what}). Its webhooks are not known to reach this app, so it is not sent again, which could pay twice: its answer is awaited instead.`,
    })
    .where(and(eq(reveals.id, revealId), eq(reveals.state, "dispatching")))
    .run();
}

/** The note on a reveal whose request Clodura may have had, when no answer came in the wait. */
export const NO_ANSWER_AFTER_MAY_HAVE_ARRIVED =
  "Clodura did not answer in time and may have had the request, but no answer came back. It was not sent again, which could pay twice: try it again if you still need the number (if Clodura found it the first time, that may cost credits again).";
