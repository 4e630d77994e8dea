import type { Db } from "@/db/client";
import { freePartnerListsOf } from "./free-attached";
import { FOUND_WITHOUT_NUMBER } from "./found-without-number";
import { NOT_TAKEN_BY_CLODURA } from "./may-have-arrived";
import { RAN_OUT_OF_CREDITS } from "./ran-out-of-credits";

const DAY_MS = 86_400_000;

/**
 * A wider freshness window covers people already queued to be paid for again: each one the team has a reusable answer
 * for that is fresh now is answered from it at no cost, with the teammates attached to it, as a list sent now would be
 * (a list asking partners is not answered by a Clodura-alone "not found": it gets a reveal of its own, as when such a
 * reveal ends). A rep's "reveal again", a retry Clodura may already have, and a list still being written are left
 * alone. Call it in the transaction that saves the setting. Returns the batches it changed and how many it answered.
 */
export function answerQueuedFromWiderWindow(db: Db, window: { beforeDays: number; afterDays: number }, now: number): { batchIds: string[]; answered: number } {
  if (window.afterDays <= window.beforeDays) return { batchIds: [], answered: 0 };
  const sqlite = db.$client;
  // The answer a list sent now would be offered: the newest reusable one, given before the queued reveal was made.
  const candidates = sqlite
    .prepare(
      `SELECT q.id, q.batch_id AS batchId, answer.id AS answerId, answer.state = 'not_found' AND answer.via_partners = 0 AS cloduraAloneNotFound
         FROM reveals q
         JOIN reveals answer ON answer.id = (
           SELECT a.id FROM reveals a
            WHERE a.contact_id = q.contact_id AND a.source_reveal_id IS NULL AND a.state IN ('found', 'not_found')
              AND a.completed_at < q.created_at AND coalesce(a.error_code, '') NOT IN (@ranOut, @foundWithoutNumber)
              AND NOT (q.via_partners = 1 AND a.state = 'not_found' AND a.via_partners = 0)
            ORDER BY a.completed_at DESC LIMIT 1)
        WHERE q.state = 'queued' AND q.source_reveal_id IS NULL AND q.reveal_again = 0 AND ${NOT_TAKEN_BY_CLODURA.replace("error_code", "q.error_code")}
          AND q.batch_id NOT IN (SELECT id FROM batches WHERE creating = 1)
          AND answer.completed_at >= @freshSince`,
    )
    .all({ ranOut: RAN_OUT_OF_CREDITS, foundWithoutNumber: FOUND_WITHOUT_NUMBER, freshSince: now - window.afterDays * DAY_MS }) as {
    id: string;
    batchId: string;
    answerId: string;
    cloduraAloneNotFound: number;
  }[];
  const answerFromLedger = sqlite.prepare(
    `UPDATE reveals SET state = 'cached', source_reveal_id = ?, completed_at = ?, updated_at = ?, next_attempt_at = ?, error_code = NULL, error_message = NULL
      WHERE id = ? AND state = 'queued'`,
  );
  const moveAttached = sqlite.prepare(
    `UPDATE reveals SET source_reveal_id = ?, completed_at = ?, updated_at = ?
      WHERE source_reveal_id = ? AND state = 'cached' AND NOT (? AND via_partners = 1) RETURNING batch_id AS batchId`,
  );
  const batchIds = new Set<string>();
  let answered = 0;
  for (const row of candidates) {
    if (answerFromLedger.run(row.answerId, now, now, now, row.id).changes === 0) continue;
    batchIds.add(row.batchId);
    answered += 1;
    for (const moved of moveAttached.all(row.answerId, now, now, row.id, row.cloduraAloneNotFound) as { batchId: string }[]) batchIds.add(moved.batchId);
    if (row.cloduraAloneNotFound) for (const freed of freePartnerListsOf(db, row.id, now)) batchIds.add(freed);
  }
  return { batchIds: [...batchIds], answered };
}
