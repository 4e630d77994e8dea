import { isAnsweringCoveredReveals } from "./covered-turns";
import type { Db } from "@/db/client";

const NOT_STOPPING = "batch_id NOT IN (SELECT id FROM batches WHERE stopping = 1)";

/**
 * The lease seam: one atomic UPDATE … RETURNING claims the next due reveal, so two processes never take the same one.
 * On PostgreSQL this becomes SELECT … FOR UPDATE SKIP LOCKED. People take turns: the next reveal is the earliest due
 * of whoever has one due and waited longest since their last send (`users.last_sent_at`, set with the claim), so one
 * person's big list does not hold a teammate's small one for hours; each person's own lists go in the order sent. A
 * batch being stopped (`batches.stopping`: its steps are running, or a crash cut them short) sends nothing meanwhile:
 * the stop cancels its queued reveals, or leaves a retry of a request Clodura may have to its webhook. Nor is anything
 * sent in the name of a disabled person (disabling stops their lists; this covers one freed or finished meanwhile).
 */
export function claimNextQueued(db: Db, owner: string, now: number, leaseMs: number): { id: string; attempts: number; errorCode: string | null } | null {
  if (isAnsweringCoveredReveals()) return null;
  const row = db.$client
    .prepare(
      `UPDATE reveals
          SET state = 'dispatching', lease_owner = :owner, lease_until = :leaseUntil, attempts = attempts + 1,
              dispatched_at = :now, updated_at = :now
        WHERE id = (SELECT id FROM reveals
                     WHERE requested_by = (SELECT u.id FROM users AS u
                                            WHERE u.disabled_at IS NULL
                                              AND EXISTS (SELECT 1 FROM reveals AS q
                                                           WHERE q.requested_by = u.id AND q.state = 'queued' AND q.next_attempt_at <= :now
                                                             AND q.${NOT_STOPPING})
                                            ORDER BY u.last_sent_at IS NOT NULL, u.last_sent_at, u.rowid LIMIT 1)
                       AND state = 'queued' AND next_attempt_at <= :now AND ${NOT_STOPPING}
                     ORDER BY next_attempt_at, rowid LIMIT 1)
          AND state = 'queued'
    RETURNING id, attempts, error_code AS errorCode, requested_by AS requestedBy`,
    )
    .get({ owner, leaseUntil: now + leaseMs, now }) as { id: string; attempts: number; errorCode: string | null; requestedBy: string } | undefined;
  if (!row) return null;
  db.$client.prepare("UPDATE users SET last_sent_at = ? WHERE id = ?").run(now, row.requestedBy);
  return { id: row.id, attempts: row.attempts, errorCode: row.errorCode };
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
