import type { Db } from "@/db/client";
import { answerableQueued, answerQueued, type QueuedAnswer } from "./answer-queued";
import { reusableAnswer } from "./reusable-answer";

const DAY_MS = 86_400_000;

/**
 * A wider freshness window covers people already queued to be paid for again: each one the team has a reusable answer
 * for that is fresh now is answered from it at no cost (`answerQueued`). Call it in the transaction that saves the
 * setting. Returns the batches it changed and how many it answered.
 */
export function answerQueuedFromWiderWindow(db: Db, window: { beforeDays: number; afterDays: number }, now: number): { batchIds: string[]; answered: number } {
  if (window.afterDays <= window.beforeDays) return { batchIds: [], answered: 0 };
  // The answer a list sent now would be offered: the newest reusable one, given before the queued reveal was made.
  const candidates = db.$client
    .prepare(
      `SELECT q.id, q.batch_id AS batchId, answer.id AS answerId, answer.state = 'not_found' AND answer.via_partners = 0 AS cloduraAloneNotFound
         FROM reveals q
         JOIN reveals answer ON answer.id = (
           SELECT a.id FROM reveals a
            WHERE a.contact_id = q.contact_id AND a.completed_at < q.created_at AND ${reusableAnswer("a", "q.via_partners = 1")}
            ORDER BY a.completed_at DESC LIMIT 1)
        WHERE ${answerableQueued("q")} AND answer.completed_at >= @freshSince`,
    )
    .all({ freshSince: now - window.afterDays * DAY_MS }) as QueuedAnswer[];
  return answerQueued(db, candidates, now);
}
