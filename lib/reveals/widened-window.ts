import type { Db } from "@/db/client";
import { nextTurn } from "@/lib/api/next-turn";
import { getSetting } from "@/lib/settings/settings";
import { answerableQueued, answerQueued, type QueuedAnswer } from "./answer-queued";
import { whileAnsweringCovered } from "./covered-turns";
import { announceFreed } from "./free-attached";
import { reusableAnswer } from "./reusable-answer";

const DAY_MS = 86_400_000;
/** Queued reveals answered per write transaction: other requests wait for one turn (tens of ms), not for all of them. */
export const WIDENED_TURN = 2_000;

/** Where a turn stopped, in the dispatcher's order (next attempt, then rowid): the next turn reads on from there. */
type QueuePlace = { nextAttemptAt: number; rowid: number };
type Covered = QueuedAnswer & QueuePlace;

/**
 * The people the saved freshness window covers who are still queued to be paid for: each one the team has a reusable
 * answer for that is fresh at `now`, with that answer, in the order the dispatcher would send them, after `after`.
 * After a widening these are the people a list sent now would not pay for; otherwise there are none (the ledger
 * answered them when their list was sent).
 */
export function coveredQueued(db: Db, now: number, { after, limit = -1 }: { after?: QueuePlace; limit?: number } = {}): Covered[] {
  const days = getSetting(db, "freshnessDays");
  if (days === 0) return [];
  // The answer a list sent now would be offered: the newest reusable one, given before the queued reveal was made.
  return db.$client
    .prepare(
      `SELECT q.id, q.batch_id AS batchId, answer.id AS answerId, answer.state = 'not_found' AND answer.via_partners = 0 AS cloduraAloneNotFound,
              q.next_attempt_at AS nextAttemptAt, q.rowid
         FROM reveals q
         JOIN reveals answer ON answer.id = (
           SELECT a.id FROM reveals a
            WHERE a.contact_id = q.contact_id AND a.completed_at < q.created_at AND ${reusableAnswer("a", "q.via_partners = 1")}
            ORDER BY a.completed_at DESC LIMIT 1)
        WHERE ${answerableQueued("q")} AND answer.completed_at >= @freshSince AND (q.next_attempt_at, q.rowid) > (@afterAt, @afterRowid)
        ORDER BY q.next_attempt_at, q.rowid
        LIMIT @limit`,
    )
    .all({ freshSince: now - days * DAY_MS, afterAt: after?.nextAttemptAt ?? -1, afterRowid: after?.rowid ?? -1, limit }) as Covered[];
}

/**
 * Answers the covered reveals free (`answerQueued`), a turn of them per write transaction with other requests served
 * between turns, from the front of the queue; the dispatcher claims nothing until the last turn is done
 * (`whileAnsweringCovered`). Each turn reads the window as saved then, so a narrowing saved meanwhile stops it answering
 * what a list sent now would pay for. Returns how many were answered.
 */
export async function answerCoveredInTurns(db: Db, now: number, turnSize = WIDENED_TURN): Promise<number> {
  return whileAnsweringCovered(async () => {
    let answered = 0;
    let after: QueuePlace | undefined;
    for (;;) {
      const turn = db.transaction(
        () => {
          const covered = coveredQueued(db, now, { after, limit: turnSize });
          return { ...answerQueued(db, covered, now), read: covered.length, last: covered.at(-1) };
        },
        { behavior: "immediate" },
      );
      announceFreed(turn.batchIds);
      answered += turn.answered;
      if (turn.read < turnSize || !turn.last) return answered;
      after = { nextAttemptAt: turn.last.nextAttemptAt, rowid: turn.last.rowid };
      await nextTurn();
    }
  });
}
