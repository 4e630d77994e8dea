import type { Db } from "@/db/client";
import { FOUND_WITHOUT_NUMBER } from "./found-without-number";
import { NOT_TAKEN_BY_CLODURA } from "./may-have-arrived";
import { RAN_OUT_OF_CREDITS } from "./ran-out-of-credits";

const DAY_MS = 86_400_000;

/**
 * A wider freshness window covers people already queued to be paid for again: each one whose team answer was too old
 * when its list was sent, and is fresh now, is answered from it at no cost (with the teammates attached to it), as a
 * list sent now would be. One whose answer was fresh when it was sent was a rep's "reveal again", and stays. A retry
 * Clodura may already have, and a list still being written, are left alone. Call it in the transaction that saves the
 * setting. Returns the batches it changed and how many reveals it answered.
 */
export function answerQueuedFromWiderWindow(db: Db, window: { beforeDays: number; afterDays: number }, now: number): { batchIds: string[]; answered: number } {
  if (window.afterDays <= window.beforeDays) return { batchIds: [], answered: 0 };
  const sqlite = db.$client;
  // The answer a list sent at q.created_at would have been offered (the newest reusable one), if it is fresh now.
  const candidates = sqlite
    .prepare(
      `SELECT q.id, q.batch_id AS batchId, q.created_at AS sentAt, answer.id AS answerId, answer.completed_at AS answeredAt
         FROM reveals q
         JOIN reveals answer ON answer.id = (
           SELECT a.id FROM reveals a
            WHERE a.contact_id = q.contact_id AND a.source_reveal_id IS NULL AND a.state IN ('found', 'not_found')
              AND a.completed_at < q.created_at AND coalesce(a.error_code, '') NOT IN (@ranOut, @foundWithoutNumber)
              AND NOT (q.via_partners = 1 AND a.state = 'not_found' AND a.via_partners = 0)
            ORDER BY a.completed_at DESC LIMIT 1)
        WHERE q.state = 'queued' AND q.source_reveal_id IS NULL AND ${NOT_TAKEN_BY_CLODURA.replace("error_code", "q.error_code")}
          AND q.batch_id NOT IN (SELECT id FROM batches WHERE creating = 1)
          AND answer.completed_at >= @freshSince`,
    )
    .all({ ranOut: RAN_OUT_OF_CREDITS, foundWithoutNumber: FOUND_WITHOUT_NUMBER, freshSince: now - window.afterDays * DAY_MS }) as {
    id: string;
    batchId: string;
    sentAt: number;
    answerId: string;
    answeredAt: number;
  }[];
  const answerFromLedger = sqlite.prepare(
    "UPDATE reveals SET state = 'cached', source_reveal_id = ?, completed_at = ?, updated_at = ?, next_attempt_at = ? WHERE id = ? AND state = 'queued'",
  );
  const moveAttached = sqlite.prepare("UPDATE reveals SET source_reveal_id = ?, completed_at = ?, updated_at = ? WHERE source_reveal_id = ? AND state = 'cached'");
  const batchIds = new Set<string>();
  let answered = 0;
  for (const row of candidates) {
    const wasFreshWhenSent = row.sentAt - row.answeredAt <= window.beforeDays * DAY_MS;
    if (wasFreshWhenSent || answerFromLedger.run(row.answerId, now, now, now, row.id).changes === 0) continue;
    moveAttached.run(row.answerId, now, now, row.id);
    batchIds.add(row.batchId);
    answered += 1;
  }
  return { batchIds: [...batchIds], answered };
}
