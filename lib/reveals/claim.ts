import { isAnsweringCoveredReveals } from "./covered-turns";
import type { Db } from "@/db/client";

/**
 * The lease seam: one atomic UPDATE … RETURNING claims the next due reveal, so two processes never take the same one
 * (the caller's immediate transaction holds the choice and the claim together). On PostgreSQL this becomes SELECT …
 * FOR UPDATE SKIP LOCKED. People take turns, and so do each person's lists: the next reveal is the earliest due of the
 * list that waited longest since its last send (`batches.last_sent_at`), of whoever has one due and waited longest
 * (`users.last_sent_at`), both set with the claim. One person's big list does not hold a teammate's small one for
 * hours, nor the same person's next paste. A batch being stopped (`batches.stopping`: its steps are running, or a crash
 * cut them short) sends nothing meanwhile: the stop cancels its queued reveals, or leaves a retry of a request Clodura
 * may have to its webhook. Nor is anything sent in the name of a disabled person (disabling stops their lists; this
 * covers one freed or finished meanwhile).
 */
export function claimNextQueued(db: Db, owner: string, now: number, leaseMs: number): { id: string; attempts: number; errorCode: string | null } | null {
  if (isAnsweringCoveredReveals()) return null;
  const people = db.$client.prepare("SELECT id FROM users WHERE disabled_at IS NULL ORDER BY last_sent_at IS NOT NULL, last_sent_at, rowid").pluck().all() as string[];
  const nextListOf = db.$client.prepare(NEXT_LIST).pluck();
  for (const person of people) {
    const list = nextListOf.get({ person, now }) as string | undefined;
    if (list === undefined) continue;
    const row = db.$client.prepare(CLAIM).get({ person, list, owner, leaseUntil: now + leaseMs, now }) as { id: string; attempts: number; errorCode: string | null } | undefined;
    if (!row) return null;
    db.$client.prepare("UPDATE users SET last_sent_at = ? WHERE id = ?").run(now, person);
    db.$client.prepare("UPDATE batches SET last_sent_at = ? WHERE id = ?").run(now, list);
    return row;
  }
  return null;
}

// One person's lists with a reveal waiting, found by hopping from list to list on the (requested_by, state, batch_id,
// next_attempt_at) index, so a list of 100,000 not yet due (one being written) costs one step, not 100,000.
const NEXT_LIST = `
  WITH RECURSIVE waiting(batch_id) AS (
    SELECT (SELECT min(batch_id) FROM reveals WHERE requested_by = :person AND state = 'queued')
    UNION ALL
    SELECT (SELECT min(batch_id) FROM reveals WHERE requested_by = :person AND state = 'queued' AND batch_id > waiting.batch_id)
      FROM waiting WHERE waiting.batch_id IS NOT NULL
  )
  SELECT b.id FROM waiting JOIN batches AS b ON b.id = waiting.batch_id
   WHERE b.stopping = 0
     AND EXISTS (SELECT 1 FROM reveals AS q
                  WHERE q.requested_by = :person AND q.state = 'queued' AND q.batch_id = b.id AND q.next_attempt_at <= :now)
   ORDER BY b.last_sent_at IS NOT NULL, b.last_sent_at, b.rowid LIMIT 1`;

const CLAIM = `
  UPDATE reveals
     SET state = 'dispatching', lease_owner = :owner, lease_until = :leaseUntil, attempts = attempts + 1,
         dispatched_at = :now, updated_at = :now
   WHERE id = (SELECT id FROM reveals
                WHERE requested_by = :person AND state = 'queued' AND batch_id = :list AND next_attempt_at <= :now
                ORDER BY next_attempt_at, rowid LIMIT 1)
     AND state = 'queued'
  RETURNING id, attempts, error_code AS errorCode`;

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
