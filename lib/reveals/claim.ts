import { isAnsweringCoveredReveals } from "./covered-turns";
import type { Db } from "@/db/client";

/** SQL on `reveals`: queued, and to be sent in turn (not of a batch being stopped, nor in a disabled person's name). */
export const SENDABLE = `state = 'queued' AND batch_id NOT IN (SELECT id FROM batches WHERE stopping = 1)
                       AND requested_by NOT IN (SELECT id FROM users WHERE disabled_at IS NOT NULL)`;

/**
 * The lease seam: one atomic UPDATE … RETURNING claims the next due reveal, so two processes never take the same one.
 * On PostgreSQL this becomes SELECT … FOR UPDATE SKIP LOCKED. A batch being stopped (`batches.stopping`: its steps are
 * running, or a crash cut them short) sends nothing meanwhile: the stop cancels its queued reveals, or leaves a retry of
 * a request Clodura may have to its webhook. Nor is anything sent in the name of a disabled person (disabling stops
 * their lists; this covers one freed or finished meanwhile).
 */
export function claimNextQueued(db: Db, owner: string, now: number, leaseMs: number): { id: string; attempts: number; errorCode: string | null } | null {
  if (isAnsweringCoveredReveals()) return null;
  const row = db.$client
    .prepare(
      `UPDATE reveals
          SET state = 'dispatching', lease_owner = ?, lease_until = ?, attempts = attempts + 1,
              dispatched_at = ?, updated_at = ?
        WHERE id = (SELECT id FROM reveals WHERE ${SENDABLE} AND next_attempt_at <= ?
                     ORDER BY next_attempt_at, rowid LIMIT 1)
          AND state = 'queued'
    RETURNING id, attempts, error_code AS errorCode`,
    )
    .get(owner, now + leaseMs, now, now, now) as { id: string; attempts: number; errorCode: string | null } | undefined;
  return row ?? null;
}

/** Claims an awaiting reveal for one track poll by pushing its next poll time forward. */
export function claimDueAwaiting(db: Db, now: number, holdMs: number, limit: number): { id: string }[] {
  return db.$client
    .prepare(
      `UPDATE reveals SET next_attempt_at = ?, updated_at = ?
        WHERE id IN (SELECT id FROM reveals WHERE state = 'awaiting' AND next_attempt_at <= ?
                      ORDER BY next_attempt_at LIMIT ?)
          AND state = 'awaiting'
    RETURNING id`,
    )
    .all(now + holdMs, now, now, limit) as { id: string }[];
}
