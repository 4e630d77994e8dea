import type { Db } from "@/db/client";

/** Reveals a stop cancelled before they were sent. */
export const STOPPED = "(state = 'cancelled' AND error_code = 'stopped')";

/** Reveals held over budget that a manager rejected, or their sender withdrew: never sent. */
export const NOT_APPROVED = "(state = 'cancelled' AND error_code IN ('not_approved', 'withdrawn'))";

/** Either: a running list whose held part was rejected, then stopped. */
export const STOPPED_OR_NOT_APPROVED = `(${STOPPED} OR ${NOT_APPROVED})`;

const failedWith = (codes: string) => `state = 'failed' AND error_code IN (${codes})`;
/**
 * A row attached to a teammate's reveal that failed that way, and not yet sent again from here: it shows the failure,
 * and nothing else will ever answer it.
 */
const attachedTo = (codes: string) =>
  `state = 'cached' AND error_code IS NULL AND source_reveal_id IN (SELECT s.id FROM reveals AS s WHERE s.state = 'failed' AND s.error_code IN (${codes}))`;

/**
 * Failures worth another try: Clodura kept erroring until the retries ran out, or never answered (here, or on the
 * teammate's reveal a row attached to, even if that teammate sent it again). A request Clodura rejected as invalid
 * (400/422) would only fail again, so it is left as it is.
 */
export const RETRYABLE_FAILURE = `((${failedWith("'retries_exhausted', 'no_result'")}) OR (${attachedTo("'retries_exhausted', 'no_result', 'retried'")}))`;

/**
 * The retryable failures Clodura had accepted but never answered. If it found a number before going quiet, it may
 * have charged for it without telling us, so another try can cost twice.
 */
export const UNANSWERED_FAILURE = `((${failedWith("'no_result'")}) OR (${attachedTo("'no_result'")}))`;

/** How many of a batch's reveals match one of the conditions above. */
export function countResendable(db: Db, batchId: string, which: typeof STOPPED | typeof NOT_APPROVED | typeof STOPPED_OR_NOT_APPROVED | typeof RETRYABLE_FAILURE | typeof UNANSWERED_FAILURE): number {
  const row = db.$client.prepare(`SELECT count(*) AS n FROM reveals WHERE batch_id = ? AND ${which}`).get(batchId) as { n: number };
  return row.n;
}
