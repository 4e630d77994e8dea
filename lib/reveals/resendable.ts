import type { Db } from "@/db/client";

/** Reveals a stop cancelled before they were sent. */
export const STOPPED = "state = 'cancelled' AND error_code = 'stopped'";

/**
 * Failures worth another try: Clodura kept erroring until the retries ran out, or never answered. A request Clodura
 * rejected as invalid (400/422) would only fail again, so it is left as it is.
 */
export const RETRYABLE_FAILURE = "state = 'failed' AND error_code IN ('retries_exhausted', 'no_result')";

/**
 * The retryable failures Clodura had accepted but never answered. If it found a number before going quiet, it may
 * have charged for it without telling us, so another try can cost twice.
 */
export const UNANSWERED_FAILURE = "state = 'failed' AND error_code = 'no_result'";

/** How many of a batch's reveals match one of the conditions above. */
export function countResendable(db: Db, batchId: string, which: typeof STOPPED | typeof RETRYABLE_FAILURE | typeof UNANSWERED_FAILURE): number {
  const row = db.$client.prepare(`SELECT count(*) AS n FROM reveals WHERE batch_id = ? AND ${which}`).get(batchId) as { n: number };
  return row.n;
}
