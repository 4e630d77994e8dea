import type { Db } from "@/db/client";
import { nextTurn } from "@/lib/api/next-turn";
import { answerableQueued, answerQueued, type QueuedAnswer } from "./answer-queued";
import { whileAnsweringCovered } from "./covered-turns";
import { announceFreed } from "./free-attached";
import { reusableAnswer } from "./reusable-answer";

const DAY_MS = 86_400_000;
/** Queued reveals answered per write transaction: other requests wait for one turn (tens of ms), not for all of them. */
export const WIDENED_TURN = 2_000;

/**
 * The people a wider freshness window covers who are already queued to be paid for again: each one the team has a
 * reusable answer for that is fresh now, with that answer, in the order the dispatcher would send them.
 */
export function coveredByWiderWindow(db: Db, window: { beforeDays: number; afterDays: number }, now: number): QueuedAnswer[] {
  if (window.afterDays <= window.beforeDays) return [];
  // The answer a list sent now would be offered: the newest reusable one, given before the queued reveal was made.
  return db.$client
    .prepare(
      `SELECT q.id, q.batch_id AS batchId, answer.id AS answerId, answer.state = 'not_found' AND answer.via_partners = 0 AS cloduraAloneNotFound
         FROM reveals q
         JOIN reveals answer ON answer.id = (
           SELECT a.id FROM reveals a
            WHERE a.contact_id = q.contact_id AND a.completed_at < q.created_at AND ${reusableAnswer("a", "q.via_partners = 1")}
            ORDER BY a.completed_at DESC LIMIT 1)
        WHERE ${answerableQueued("q")} AND answer.completed_at >= @freshSince
        ORDER BY q.next_attempt_at, q.rowid`,
    )
    .all({ freshSince: now - window.afterDays * DAY_MS }) as QueuedAnswer[];
}

/**
 * Answers the covered reveals free (`answerQueued`), a turn of them per write transaction with other requests served
 * between turns, from the front of the queue; the dispatcher claims nothing until the last turn is done
 * (`whileAnsweringCovered`). Returns how many were answered.
 */
export async function answerCoveredInTurns(db: Db, covered: QueuedAnswer[], now: number, turnSize = WIDENED_TURN): Promise<number> {
  return whileAnsweringCovered(async () => {
    let answered = 0;
    for (let start = 0; start < covered.length; start += turnSize) {
      if (start > 0) await nextTurn();
      const turn = db.transaction(() => answerQueued(db, covered.slice(start, start + turnSize), now), { behavior: "immediate" });
      announceFreed(turn.batchIds);
      answered += turn.answered;
    }
    return answered;
  });
}
