import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { RAN_OUT_OF_CREDITS } from "./ran-out-of-credits";

/** Reveals a stop cancelled before they were sent. */
const STOPPED = "(state = 'cancelled' AND error_code = 'stopped')";
/** Reveals held over budget that a manager rejected, or their sender withdrew: never sent. */
const NOT_APPROVED = "(state = 'cancelled' AND error_code IN ('not_approved', 'withdrawn'))";

/** Why a batch's never-sent people were not sent: a stop, a rejection, or both (a running list whose held part was rejected, then stopped). */
export type NeverSent = "stopped" | "not_approved" | "both";

/** Each kind's reveals, as a condition on `reveals`. */
export const NEVER_SENT: Record<NeverSent, string> = { stopped: STOPPED, not_approved: NOT_APPROVED, both: `(${STOPPED} OR ${NOT_APPROVED})` };

/** Which of a batch's never-sent people can be sent again, or null for a batch neither stopped nor declined. */
export function neverSentOf(batch: { stoppedAt: Date | null; approval: string }): NeverSent | null {
  const rejected = batch.approval === "rejected";
  if (batch.stoppedAt) return rejected ? "both" : "stopped";
  return rejected ? "not_approved" : null;
}

const failedWith = (codes: string) => `state = 'failed' AND error_code IN (${codes})`;
/**
 * A row attached to a teammate's reveal that failed that way, and not yet sent again from here: it shows the failure,
 * and nothing else will ever answer it. (One sent again by another is offered by UNANSWERED_WHERE_SENT_AGAIN instead.)
 */
const attachedTo = (codes: string) =>
  `state = 'cached' AND error_code IS NULL AND sent_again_in IS NULL AND source_reveal_id IN (SELECT s.id FROM reveals AS s WHERE s.state = 'failed' AND s.error_code IN (${codes}))`;

/**
 * Failures worth another try: Clodura kept erroring until the retries ran out, or never answered (here, or on the
 * teammate's reveal a row attached to, even if that teammate sent it again). A request Clodura rejected as invalid
 * (400/422) would only fail again, so it is left as it is.
 */
export const RETRYABLE_FAILURE = `((${failedWith("'retries_exhausted', 'no_result'")}) OR (${attachedTo("'retries_exhausted', 'no_result', 'retried'")}))`;

/** Failures Clodura rejected as invalid (400, 422, another 4xx), here or on the teammate's reveal a row attached to: another try would fail the same way. */
export const REJECTED_FAILURE = `((state = 'failed' AND error_code LIKE 'clodura_%')
  OR (state = 'cached' AND error_code IS NULL AND source_reveal_id IN (SELECT s.id FROM reveals AS s WHERE s.state = 'failed' AND s.error_code LIKE 'clodura_%')))`;

/**
 * The retryable failures Clodura had accepted but never answered. If it found a number before going quiet, it may
 * have charged for it without telling us, so another try can cost twice.
 */
export const UNANSWERED_FAILURE = `((${failedWith("'no_result'")}) OR (${attachedTo("'no_result'")}))`;

const cutShort = (table: string) => `${table}.state = 'not_found' AND ${table}.error_code = '${RAN_OUT_OF_CREDITS}'`;
/**
 * Reveals cut short by Clodura's credits (nothing found, nothing charged), this batch's own or a teammate's a row
 * attached to, whose person nobody has sent since. Their rows stay "unfinished", which they were: a later row for the
 * person is what says they were tried again (a request, or one the ledger answered from a reveal that was not cut
 * short), so each is sent again once.
 */
export const UNFINISHED_NOT_RETRIED = `(((${cutShort("reveals")})
    OR (reveals.state = 'cached' AND reveals.error_code IS NULL AND reveals.source_reveal_id IN (SELECT s.id FROM reveals AS s WHERE ${cutShort("s")})))
  AND NOT EXISTS (SELECT 1 FROM reveals AS later WHERE later.contact_id = reveals.contact_id AND later.state <> 'cancelled'
                  AND later.created_at > reveals.created_at
                  AND (later.source_reveal_id IS NULL OR later.source_reveal_id NOT IN (SELECT s.id FROM reveals AS s WHERE ${cutShort("s")}))))`;

/**
 * A manager's row whose person the owner has sent again since from their own list: the owner's row followed it there
 * (failed or cancelled, or marked when it was sent again) and now points at another new list. Offered in one place only,
 * or one stopped list's people went out in two new lists, one from each.
 */
const SENT_AGAIN_FROM_OWNERS_LIST = `EXISTS (SELECT 1 FROM reveals AS f WHERE f.source_reveal_id = reveals.id AND f.batch_id <> reveals.batch_id
  AND (f.state IN ('failed', 'cancelled') OR f.error_code IS NOT NULL) AND f.sent_again_in IS NOT NULL AND f.sent_again_in <> reveals.batch_id)`;

/** A row another sent again whose reveal in their list was sent again from there since: that list's new one answers it. */
const ITS_REVEAL_THERE_SENT_AGAIN = `EXISTS (SELECT 1 FROM reveals AS s WHERE s.id = reveals.source_reveal_id AND s.batch_id = reveals.sent_again_in
  AND s.sent_again_in IS NOT NULL)`;

/**
 * The rows a press read (`json_each`: {id, was}, `was` their sent_again_in then) that none sent again meanwhile, from
 * their list or a linked one; checked in the transaction that marks them, so of two presses at once one sends them.
 */
export const STILL_UNCLAIMED = `SELECT count(*) AS n FROM reveals JOIN json_each(?) AS j ON reveals.id = j.value ->> 'id'
  WHERE reveals.sent_again_in IS j.value ->> 'was' AND NOT ${SENT_AGAIN_FROM_OWNERS_LIST} AND NOT ${ITS_REVEAL_THERE_SENT_AGAIN}`;

/** One of the conditions above, less the people already sent again from another list (`SENT_AGAIN_FROM_OWNERS_LIST`). */
export const stillToSend = (which: string) => `(${which} AND NOT ${SENT_AGAIN_FROM_OWNERS_LIST})`;

/** How many of a batch's reveals match one of the conditions above, and were not sent again from another list. */
export function countResendable(db: Db, batchId: string, which: string): number {
  const row = db.$client.prepare(`SELECT count(*) AS n FROM reveals WHERE batch_id = ? AND ${stillToSend(which)}`).get(batchId) as { n: number };
  return row.n;
}

/**
 * Row `r` was sent again by someone other than its owner (a manager, on an SDR's list): the owner cannot open that
 * list, so the row is attached to the reveal that answers its person there (`followResend`) and shows its answer.
 */
export const sentAgainByAnother = (r: string) => `(${r}.sent_again_in IS NOT NULL AND ${r}.sent_again_in IN (SELECT nb.id FROM batches AS nb WHERE nb.created_by <> ${r}.requested_by))`;

/**
 * Rows sent again by another whose reveal there ended without an answer another try could give (that list was stopped
 * or rejected, or Clodura kept failing) and was not sent again from there: nothing else will answer them, so their
 * owner may send them again, once (their row then points at the owner's own new list).
 */
export const UNANSWERED_WHERE_SENT_AGAIN = `(reveals.sent_again_in IS NOT NULL AND ${sentAgainByAnother("reveals")}
  AND reveals.source_reveal_id IN (SELECT s.id FROM reveals AS s WHERE s.sent_again_in IS NULL
                                     AND (s.state = 'cancelled' OR (s.state = 'failed' AND s.error_code IN ('retries_exhausted', 'no_result')))))`;

/** `sentAgainByAnother` of the row a drizzle query reads from `reveals`, as a 0/1 column for `displayState`. */
export const resentByAnotherColumn = () => sql<number>`${sql.raw(sentAgainByAnother("reveals"))}`;
